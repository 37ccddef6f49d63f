/**
 * Creates an element with attributes and children: the one DOM-building helper the
 * components share (no framework on the host page, and none in the bundle).
 * @example createElement('button', { type: 'button', 'aria-label': 'Phát' }, '▶')
 */
export function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Sets text only when it changed, so frequent renders do not disturb screen readers. */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** Sets an attribute only when it changed. */
export function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** A rendered part of the player: its root element and how it shows a state. */
export interface Component<S> {
  element: HTMLElement;
  render(state: S): void;
}
