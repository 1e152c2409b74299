/**
 * `el.api`, `el.ready` and `kringready` of `<kring-editor>`: a stable API object from the moment the element
 * upgrades, which forwards to the editor once it has started, and a Promise of it for host code that runs
 * later than `kringready` (a second module script, a framework's effect). Before the editor has started,
 * `select()` and `fit()` are remembered and the methods that answer throw an `InvalidStateError` that says
 * to wait for `el.ready` (forwarding-api.ts). After the element is moved (disconnected and
 * connected again) the same object forwards to the new editor.
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
}

/** Installs `api` and `ready` on `element` and returns what starts them. */
export function attachHostApi(element: HTMLElement): HostApi {
  const { api, ready, forwardTo } = forwardingApi('<kring-editor>', 'el.ready');
  for (const [name, value] of Object.entries({ api, ready }))
    Object.defineProperty(element, name, { value, enumerable: true, configurable: false, writable: false });
  return {
    api,
    ready,
    started(next) {
      if (!element.isConnected || !forwardTo(next)) return;
      element.dispatchEvent(
        new CustomEvent('kringready', { detail: { api }, bubbles: true, composed: true }),
      );
    },
  };
}
