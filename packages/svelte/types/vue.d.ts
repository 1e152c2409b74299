/**
 * Template typings of `<kring-editor>` for Vue 3 (vue-tsc, Volar). Add once, in any file of the app:
 *
 *   import type {} from '@kring/svelte/vue';
 *
 * Vue sets the element's properties (`:document.prop` for the document object) and listens to its events
 * with `@kringchange`, `@kringselectionchange`, `@kringready`, `@kringerror`; `$event` is the event with its
 * typed `detail`. Tell Vue's compiler that the tag is a custom element (`isCustomElement`), see
 * docs/embedding.md.
 */
import type { HTMLAttributes } from 'vue';
import type { KringEditorElement, KringEditorEventMap } from '../dist/element.js';

type Listener<K extends keyof KringEditorEventMap> = (event: KringEditorEventMap[K]) => void;

/** The props and events of `<kring-editor>` in a Vue template. */
export interface KringEditorVueProps extends HTMLAttributes {
  document?: KringEditorElement['document'];
  view?: KringEditorElement['view'];
  locale?: KringEditorElement['locale'];
  readonly?: boolean;
  pseudonymise?: boolean;
  messages?: KringEditorElement['messages'];
  panels?: boolean;
  idTag?: KringEditorElement['idTag'];
  onKringchange?: Listener<'kringchange'>;
  onKringselectionchange?: Listener<'kringselectionchange'>;
  onKringready?: Listener<'kringready'>;
  onKringerror?: Listener<'kringerror'>;
}

declare module 'vue' {
  interface GlobalComponents {
    'kring-editor': new () => { $props: KringEditorVueProps };
  }
}
