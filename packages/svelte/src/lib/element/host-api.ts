/**
 * `el.api`, `el.ready` and `kringready` of `<kring-editor>`: a stable API object from the moment the element
 * upgrades, which forwards to the editor once it has started, and a Promise of it for host code that runs
 * later than `kringready` (a second module script, a framework's effect). Calls made before the editor has
 * started throw an error that says to wait for `el.ready`. After the element is moved (disconnected and
 * connected again) the same object forwards to the new editor.
 *
 * When `kringready` fires: in the microtask right after `connectedCallback`, the one after the microtask in
 * which Svelte mounts the editor. So a listener added in the same task as the element is connected (or
 * upgraded: the script that imports the element module) hears it, and every later microtask of the host
 * (`await` after `document.body.append(el)`) finds the editor started. In the code-split build
 * (`@kring/svelte/element`) the words of the editor's locale are a chunk of their own
 * (locale-tables.ts): while they load, the editor has not started, and `kringready` fires in the microtask
 * after it starts. A listener added in the same task still hears it; `el.ready` resolves then.
 */
import type { KringEditorApi } from '../state/api.js';
import { forwardingApi } from './forwarding-api.js';

export interface HostApi {
  readonly api: KringEditorApi;
  readonly ready: Promise<KringEditorApi>;
  /**
   * Called from `connectedCallback` (after Svelte's own), and again when the editor starts later (after
   * its locale has loaded): in the next microtask, asks `started()` for the editor's API and, when it is a
   * new one, forwards `api` to it, resolves `ready` and fires `kringready`.
   */
  connected(started: () => KringEditorApi | undefined): void;
}

/** Installs `api` and `ready` on `element` and returns what starts them. */
export function attachHostApi(element: HTMLElement): HostApi {
  const { api, ready, forwardTo } = forwardingApi('<kring-editor>', 'el.ready');
  for (const [name, value] of Object.entries({ api, ready }))
    Object.defineProperty(element, name, { value, enumerable: true, configurable: false, writable: false });
  return {
    api,
    ready,
    connected(started) {
      queueMicrotask(() => {
        if (!element.isConnected) return;
        const next = started();
        if (!next || !forwardTo(next)) return;
        element.dispatchEvent(
          new CustomEvent('kringready', { detail: { api }, bubbles: true, composed: true }),
        );
      });
    },
  };
}
