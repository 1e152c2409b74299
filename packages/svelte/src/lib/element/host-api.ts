/**
 * `el.api`, `el.ready` and `kringready` of `<kring-editor>`: a stable API object from the moment the element
 * upgrades, which forwards to the editor once it has started, and a Promise of it for host code that runs
 * later than `kringready` (a second module script, a framework's effect). Before the editor has started,
 * `select()` and `fit()` are remembered and the methods that answer throw an `InvalidStateError` that says
 * to wait for `el.ready` (forwarding-api.ts). A move within one task keeps the editor. An element taken out
 * of the page loses its editor (in the microtask after `disconnectedCallback`): from then until it is
 * connected again and the next editor has started, `el.api` is as before the start — `select()` and `fit()`
 * remembered for the next editor, the methods that answer throwing an `InvalidStateError` that says the
 * element is out of the page — except `getDocument()`, which answers the document with every edit (until
 * the host sets another), and `el.ready` is a new Promise, resolved (with the same `api`) when the next
 * editor starts and `kringready` fires again.
 *
 * When `kringready` fires: when the editor has started and is interactive. Where the editor's code and the
 * words of its locale are at hand (the single file `dist/kring-editor.js`), that is in the microtask right
 * after `connectedCallback`: a listener added in the same task as the element is connected (or upgraded: the
 * script that imports the element module) hears it, and every later microtask of the host (`await` after
 * `document.body.append(el)`) finds the editor started. In the code-split build (`@kring/svelte/element`)
 * the editor (with Svelte) and the words of its locale are chunks of their own: the element shows the map's
 * first picture while they load, and `kringready` fires once the editor has taken its place. A listener
 * added in the same task still hears it; `el.ready` resolves then.
 */
import type { KringEditorApi } from '../state/api.js';
import { forwardingApi } from './forwarding-api.js';

export interface HostApi {
  readonly api: KringEditorApi;
  readonly ready: Promise<KringEditorApi>;
  /**
   * The editor has started with `started` as its API: when it is a new one, forwards `api` to it, resolves
   * `ready` and fires `kringready`.
   */
  started(started: KringEditorApi): void;
  /** The element left the page and its editor goes (called before it is destroyed). */
  stopped(): void;
  /** The host set another document while the element has no editor. */
  documentReplaced(): void;
}

/** Installs `api` and `ready` on `element` and returns what starts them. */
export function attachHostApi(element: HTMLElement): HostApi {
  const forwarding = forwardingApi('<kring-editor>', (method) =>
    element.isConnected
      ? `the editor has not started yet (its code or words are loading); await el.ready before calling api.${method}()`
      : `the element is not in the page, and its editor runs only while it is: connect it and await el.ready before calling api.${method}()`,
  );
  const { api } = forwarding;
  Object.defineProperty(element, 'api', {
    value: api,
    enumerable: true,
    configurable: false,
    writable: false,
  });
  Object.defineProperty(element, 'ready', {
    get: () => forwarding.ready,
    enumerable: true,
    configurable: false,
  });
  return {
    api,
    get ready() {
      return forwarding.ready;
    },
    stopped: () => forwarding.detach(true),
    documentReplaced: () => forwarding.forgetDocument(),
    started(next) {
      if (!element.isConnected || !forwarding.forwardTo(next)) return;
      element.dispatchEvent(
        new CustomEvent('kringready', { detail: { api }, bubbles: true, composed: true }),
      );
    },
  };
}
