/**
 * JSX typings of `<kring-editor>` for React 19. Add once, in any file of the app:
 *
 *   import type {} from '@kring/svelte/react';
 *
 * React 19 sets the element's properties (so `document` takes an object) and listens to its events through
 * `on` + the event's name: `onkringchange`, `onkringselectionchange`, `onkringready`, `onkringerror`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { KringEditorElement, KringEditorEventMap } from '../dist/element.js';

type Listener<K extends keyof KringEditorEventMap> = (event: KringEditorEventMap[K]) => void;

/** The JSX props of `<kring-editor>`. */
export interface KringEditorJsxProps extends DetailedHTMLProps<
  HTMLAttributes<KringEditorElement>,
  KringEditorElement
> {
  document?: KringEditorElement['document'];
  view?: KringEditorElement['view'];
  locale?: KringEditorElement['locale'];
  readonly?: boolean;
  pseudonymise?: boolean;
  messages?: KringEditorElement['messages'];
  panels?: boolean;
  idTag?: KringEditorElement['idTag'];
  onkringchange?: Listener<'kringchange'>;
  onkringselectionchange?: Listener<'kringselectionchange'>;
  onkringready?: Listener<'kringready'>;
  onkringerror?: Listener<'kringerror'>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'kring-editor': KringEditorJsxProps;
    }
  }
}
