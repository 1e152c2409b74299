/**
 * Reactive props for `mount()`: one `$state.raw` per prop of the editor behind a getter, changed in place
 * by `update()`. Raw, not `$state`: a deep proxy would wrap the host's document, so that the editor could
 * no longer tell its own document from a new one, and every read of it would go through the proxy.
 */
import type { ComponentProps } from 'svelte';
import type KringEditor from '../KringEditor.svelte';

export type EditorProps = ComponentProps<typeof KringEditor>;

/** Every prop of the editor (the type makes a new prop show up here). */
const PROP_NAMES: Record<keyof EditorProps, true> = {
  document: true,
  initialDocument: true,
  view: true,
  locale: true,
  readonly: true,
  pseudonymise: true,
  messages: true,
  panels: true,
  panelsOpen: true,
  panel: true,
  idTag: true,
  onchange: true,
  onselectionchange: true,
  onready: true,
  onerror: true,
};

/**
 * The props the element binds (`document`, `view`): called with the editor's own change of them. A prop
 * with a setter is bound for Svelte, so the editor's assignment reaches the host.
 */
export type BoundProps = { [K in 'document' | 'view']?: (value: EditorProps[K]) => void };

export interface MountProps {
  /** What the editor gets: a getter per prop, and a setter for each prop in `bound` (`mount()` binds none). */
  props: EditorProps;
  /** Changes some props in place; names the editor does not know are ignored. */
  update(next: Partial<EditorProps>): void;
}

export function reactiveProps(initial: EditorProps, bound: BoundProps = {}): MountProps {
  const props = {} as EditorProps;
  const setters: Partial<Record<string, (value: unknown) => void>> = {};
  for (const name of Object.keys(PROP_NAMES) as (keyof EditorProps)[]) {
    let value = $state.raw<unknown>(initial[name]);
    const tell = (bound as Record<string, ((value: unknown) => void) | undefined>)[name];
    Object.defineProperty(props, name, {
      get: () => value,
      ...(tell && {
        set: (next: unknown) => {
          value = next;
          tell(next);
        },
      }),
      enumerable: true,
    });
    setters[name] = (next) => (value = next);
  }
  return {
    props,
    update(next) {
      for (const [name, value] of Object.entries(Object(next)))
        if (Object.prototype.hasOwnProperty.call(PROP_NAMES, name)) setters[name]?.(value);
    },
  };
}
