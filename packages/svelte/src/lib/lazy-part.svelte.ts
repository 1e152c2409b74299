/**
 * A part of the editor that its first picture does not need (lazy-parts.ts), loaded as a chunk of its own
 * beside the element's module (same origin: the strict CSP holds) — in the script-tag file too, from its
 * folder `kring-editor/`. `current` is the component once it is there (reactive), so the editor draws a
 * quiet placeholder until then; reading it starts the load. `failed` says the load failed, for the editor
 * to say so (PartFailed.svelte) and offer to try again.
 */
export interface LazyPart<C> {
  /** The component, or `undefined` while it loads. Reading it starts loading. */
  readonly current: C | undefined;
  /**
   * Whether the last load failed (its file could not be fetched: offline, or a host that did not serve the
   * folder of parts beside the script-tag file). Reactive; a new load (`load()`) clears it.
   */
  readonly failed: boolean;
  /** Loads the part (once); resolves with it. A failed load may be tried again. */
  load(): Promise<C>;
}

export function lazyPart<C>(importer: () => Promise<{ default: C }>): LazyPart<C> {
  let current = $state.raw<C | undefined>();
  let failed = $state(false);
  let loading: Promise<C> | undefined;
  const load = (): Promise<C> => {
    if (!loading && failed) failed = false;
    return (loading ??= importer().then(
      (module) => (current = module.default),
      (error: unknown) => {
        loading = undefined;
        failed = true;
        // For the host's developer: the file that was not there (the user sees PartFailed.svelte).
        console.error('kring-editor: a part of the editor could not be loaded', error);
        throw error;
      },
    ));
  };
  return {
    get current() {
      // Not again after a failure: reading it in a template would retry on every update.
      if (!loading && !failed) load().catch(() => {});
      return current;
    },
    get failed() {
      return failed;
    },
    load,
  };
}
