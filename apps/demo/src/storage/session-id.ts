/**
 * An id for this browsing session (the tab, across reloads): kept in sessionStorage, so it survives a
 * reload or a crashed-and-restored tab but not closing the tab. The trash is emptied by the next session.
 */
const KEY = 'kring.demo.session';

export function sessionId(storage: Storage | undefined = globalThis.sessionStorage): string {
  try {
    const existing = storage?.getItem(KEY);
    if (existing) return existing;
    const fresh = crypto.randomUUID();
    storage?.setItem(KEY, fresh);
    return fresh;
  } catch {
    return crypto.randomUUID();
  }
}
