/**
 * The renderer of each view (document → scene), loaded on first use: in the element's build each view is
 * its own chunk (a dynamic import), so a page that shows the genogram never loads the sociogram's code.
 * `loadedRenderer` answers synchronously once a view's module is here; `loadRenderer` fetches it.
 *
 * Each view module also renders in `phases` (a generator that pauses between the steps of its work), which
 * the main thread uses where no Worker can be created (layout-scheduler.ts).
 */
import type { KringDocument, View } from '@kring/core';
import type { RenderOptions, Renderer, Scene } from '@kring/scene';

export interface ViewModule {
  render: Renderer;
  phases(doc: KringDocument, options: RenderOptions): Generator<void, Scene>;
}

export type ViewLoaders = Record<View, () => Promise<ViewModule>>;

/** The views' chunks. The paths are literal so that bundlers split them off. */
export const VIEW_LOADERS: ViewLoaders = {
  genogram: () => import('./views/genogram.js'),
  ecogram: () => import('./views/ecogram.js'),
  sociogram: () => import('./views/sociogram.js'),
};

/** Loads views once each and remembers them (one registry per editor; the modules are shared anyway). */
export class ViewRegistry {
  readonly #loaders: ViewLoaders;
  readonly #loaded = new Map<View, ViewModule>();
  readonly #pending = new Map<View, Promise<ViewModule>>();

  constructor(loaders: ViewLoaders = VIEW_LOADERS) {
    this.#loaders = loaders;
  }

  /** The view's module if it is loaded. */
  loaded(view: View): ViewModule | undefined {
    return this.#loaded.get(view) ?? SHARED.get(this.#loaders === VIEW_LOADERS ? view : ('' as View));
  }

  /** Loads the view's module (once; a failed load is tried again on the next call). */
  load(view: View): Promise<ViewModule> {
    const here = this.loaded(view);
    if (here) return Promise.resolve(here);
    let pending = this.#pending.get(view);
    if (!pending) {
      pending = this.#loaders[view]().then(
        (module) => {
          this.#loaded.set(view, module);
          if (this.#loaders === VIEW_LOADERS) SHARED.set(view, module);
          this.#pending.delete(view);
          return module;
        },
        (error: unknown) => {
          this.#pending.delete(view);
          throw error;
        },
      );
      this.#pending.set(view, pending);
    }
    return pending;
  }
}

/** The default loaders' modules, shared by every editor on the page (a second editor draws at once). */
const SHARED = new Map<View, ViewModule>();

/** Loads every view (tests that want the editor to draw synchronously from the start). */
export async function preloadViews(): Promise<void> {
  const registry = new ViewRegistry();
  await Promise.all((['genogram', 'ecogram', 'sociogram'] as const).map((v) => registry.load(v)));
}
