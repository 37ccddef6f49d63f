/** Inline SVG paths (24×24), so the player needs no icon font or image request. */
const PATHS = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zm8 0h4v14h-4z',
  previous: 'M6 6h2v12H6zm3.5 6 8.5 6V6z',
  next: 'M16 6h2v12h-2zM6 18l8.5-6L6 6z',
  download: 'M5 20h14v-2H5zm7-3 6-6h-4V4h-4v7H6z',
  back: 'M12 5V1L7 6l5 5V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z',
  forward: 'M12 5V1l5 5-5 5V7a6 6 0 1 0 6 6h2a8 8 0 1 1-8-8z',
  close: 'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z',
  retry: 'M17.65 6.35A7.95 7.95 0 0 0 12 4a8 8 0 1 0 7.74 10h-2.08A6 6 0 1 1 12 6c1.66 0 3.14.69 4.22 1.78L13 11h7V4z',
} as const;

export type IconName = keyof typeof PATHS;

/** Builds a decorative SVG icon (hidden from screen readers: the button has the label), with an optional number in it ("10"). */
export function createIcon(name: IconName, figure?: string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', PATHS[name]);
  svg.append(path);
  if (figure) {
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    for (const [name, value] of Object.entries({ x: '12', y: '16', 'font-size': '7', 'text-anchor': 'middle' })) text.setAttribute(name, value);
    text.textContent = figure;
    svg.append(text);
  }
  return svg;
}

/** Replaces a button's icon when it changes (play ↔ pause). */
export function swapIcon(button: HTMLElement, name: IconName): void {
  if (button.dataset.icon === name) return;
  button.dataset.icon = name;
  button.querySelector('svg')?.remove();
  button.prepend(createIcon(name));
}
