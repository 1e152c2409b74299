/**
 * The speaker view in a second window (for the trainer's own screen while the first window is on the
 * projector): the step now, its speaker note and the step after it. Opened from the page (same origin, no
 * URL loaded, nothing fetched); its content is built with text nodes only, so no user text becomes markup.
 * Keys pressed in it step the lesson as in the first window.
 */
export interface SpeakerContent {
  lang: string;
  title: string;
  counter: string;
  nowLabel: string;
  now: string;
  notesLabel: string;
  note: string;
  nextLabel: string;
  next: string;
}

const STYLE = `body{font-family:system-ui,'Segoe UI',Roboto,Arial,sans-serif;margin:1.5rem;color:#1b1f24;background:#fff;font-size:20px;line-height:1.45}
h1{font-size:1.1rem;margin:0 0 .5rem}h2{font-size:1rem;margin:1rem 0 .25rem;color:#4a5260}
.counter{font-weight:700;font-size:1.3rem}.now{font-size:1.4rem;font-weight:600}
.note{font-size:1.6rem;white-space:pre-line;border-left:6px solid #0b5cad;padding-left:.75rem}`;

/** Opens (or reuses) the speaker window; undefined when the browser refuses a new window. */
export function openSpeakerWindow(onkey: (event: KeyboardEvent) => void): Window | undefined {
  const win = window.open('', 'kring-speaker', 'popup,width=760,height=620');
  if (!win) return undefined;
  const doc = win.document;
  doc.head.replaceChildren();
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  const style = doc.createElement('style');
  style.textContent = STYLE;
  doc.head.append(meta, style);
  win.addEventListener('keydown', onkey);
  return win;
}

/** Writes the current step into the speaker window. */
export function showInSpeakerWindow(win: Window, content: SpeakerContent): void {
  const doc = win.document;
  doc.documentElement.lang = content.lang;
  doc.title = content.title;
  const el = (tag: string, text: string, className?: string) => {
    const node = doc.createElement(tag);
    node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const main = doc.createElement('main');
  main.append(
    el('h1', content.title),
    el('p', content.counter, 'counter'),
    el('h2', content.nowLabel),
    el('p', content.now, 'now'),
    el('h2', content.notesLabel),
    el('p', content.note, 'note'),
    el('h2', content.nextLabel),
    el('p', content.next),
  );
  doc.body.replaceChildren(main);
}
