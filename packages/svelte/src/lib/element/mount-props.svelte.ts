/** Reactive props for `mount()`: a `$state` proxy that `update()` changes in place. */
import type { ComponentProps } from 'svelte';
import type KringEditor from '../KringEditor.svelte';

export type EditorProps = ComponentProps<typeof KringEditor>;

export function reactiveProps(initial: EditorProps): EditorProps {
  const props = $state({ ...initial });
  return props;
}
