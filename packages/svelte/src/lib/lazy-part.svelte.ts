/**
 * A part of the editor that its first picture does not need (lazy-parts.ts), loaded as a chunk of its own beside the element's
 * module (same origin: the strict CSP holds). `current` is the component once it is there (reactive), so the
 * editor draws a quiet placeholder until then; reading it starts the load. In the single-file build the
 * import is static (build/element-build.ts) and `current` is there a microtask later.
 */
export interface LazyPart<C> {
  /** The component, or `undefined` while it loads. Reading it starts loading. */
  readonly current: C | undefined;
  /** Loads the part (once); resolves with it. A failed load may be tried again. */
  load(): Promise<C>;
}

export function lazyPart<C>(importer: () => Promise<{ default: C }>): LazyPart<C> {
  let current = $state.raw<C | undefined>();
  let loading: Promise<C> | undefined;
  const load = (): Promise<C> =>
    (loading ??= importer().then(
      (module) => (current = module.default),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return {
    get current() {
      if (!loading) void load();
      return current;
    },
    load,
  };
}
