/**
 * The player's CSS, inside its shadow root: the host page's styles cannot reach in, and
 * these cannot leak out. Colours are custom properties a site may override on the element:
 * `tts-player { --tts-accent: #b00; }`.
 */
export const PLAYER_CSS = `
:host { all: initial; display: block; contain: content;
  --accent: var(--tts-accent, #0b57d0); --muted: var(--tts-muted, #59636e); --bg: var(--tts-background, #fff); --line: var(--tts-border, #d0d7de); --mark: var(--tts-highlight, #fff1b8); --word: var(--tts-word-highlight, #ffd34d); }
:host([hidden]) { display: none; }
/* Containment would make the fixed mini-player sit inside the host element: lifted while it shows. */
:host([data-mini]) { contain: none; }
* { box-sizing: border-box; }
/* Font and colour are set here, not on :host: a host page rule such as "* { color: red !important }"
   matches the host element and would be inherited; it cannot match elements inside the shadow root. */
.player, .mini { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--tts-text, #1f2328);
  background: var(--bg); border: 1px solid var(--line); border-radius: 12px; padding: 12px 14px; max-width: 720px; }
.row { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.title { font-weight: 600; margin: 0 0 8px; font-size: 15px; }
button, select, a { font: inherit; color: inherit; }
button, select, a.download { border: 1px solid var(--line); background: var(--bg); border-radius: 999px; min-height: 36px; padding: 0 12px; cursor: pointer; display: inline-flex; align-items: center; justify-content: center; gap: 4px; text-decoration: none; }
button:disabled { opacity: .45; cursor: default; }
button:focus-visible, select:focus-visible, a:focus-visible, input:focus-visible, .transcript:focus-visible, .sentence:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
svg { width: 20px; height: 20px; fill: currentColor; }
svg text { font: 700 7px system-ui, sans-serif; }
.play { width: 44px; height: 44px; padding: 0; background: var(--accent); border-color: var(--accent); color: #fff; }
.play svg { width: 26px; height: 26px; }
.skip, a.download { width: 36px; padding: 0; }
.seek { flex: 1 1 160px; min-width: 120px; accent-color: var(--accent); height: 24px; }
.time { font-variant-numeric: tabular-nums; color: var(--muted); font-size: 14px; white-space: nowrap; }
.voices { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 10px; }
.voice { font-size: 14px; min-height: 32px; }
.voice[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.status { display: flex; align-items: center; gap: 8px; min-height: 0; margin-top: 6px; font-size: 14px; color: var(--muted); }
.status:empty, .status .message:empty { display: none; }
.status[data-phase="failed"] { color: #b3261e; }
.generation { flex: 0 1 160px; height: 6px; accent-color: var(--accent); }
.retry { min-height: 30px; font-size: 14px; }
.transcript { margin-top: 10px; max-height: 220px; overflow-y: auto; border-top: 1px solid var(--line); padding: 8px 2px 0; scroll-behavior: smooth; }
.transcript p { margin: 0 0 8px; }
.sentence { cursor: pointer; border-radius: 4px; transition: background-color .15s; }
.sentence:hover { text-decoration: underline; text-decoration-color: var(--line); }
.sentence.current { background: var(--mark); box-shadow: 0 0 0 2px var(--mark); }
.word { border-radius: 3px; transition: background-color .1s; }
.word:hover { text-decoration: underline; }
.word.current { background: var(--word); box-shadow: 0 0 0 1px var(--word); }
.up-next { display: flex; align-items: center; gap: 8px 12px; flex-wrap: wrap; margin-top: 8px; }
.next-article { max-width: 100%; }
.next-title { display: inline-block; max-width: 36ch; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 600; }
.auto-next-label { display: inline-flex; align-items: center; gap: 4px; font-size: 14px; color: var(--muted); cursor: pointer; }
.resume { margin-top: 8px; }
.mini { position: fixed; left: 8px; right: 8px; bottom: 8px; margin: 0 auto; z-index: 2147483000; display: flex; align-items: center; gap: 6px; padding: 6px 10px; box-shadow: 0 4px 16px rgba(0, 0, 0, .2); }
.mini .play { width: 40px; height: 40px; }
.mini-title { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 600; }
[hidden] { display: none !important; }
@media (prefers-reduced-motion: reduce) { .transcript { scroll-behavior: auto; } .sentence, .word { transition: none; } }
`;
