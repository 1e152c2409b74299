/**
 * The document a panel that lists the whole map (the outline) shows. At genealogy scale building such a list
 * costs more than the frame that shows an edit, so it must not delay the drawing: while a map whose drawing
 * is laid out off the main thread waits for its new scene (`editor.pending`), the panel keeps the document
 * it showed, and it catches up after the frame in which the drawing shows the edit (another edit meanwhile
 * makes it wait again). Maps drawn synchronously update it at once, in the same frame as the drawing.
 *
 * Made during a component's initialisation (it owns two effects, ended with the component).
 */
import type { KringDocument } from '@kring/core';
import type { EditorState } from './editor-state.svelte.js';

export class LaggingDocument {
  /** The document kept while the drawing catches up; null: none (`current` follows the source). */
  #held: KringDocument | null = $state.raw(null);
  /** The value `current` had last: what the panel shows when an edit begins. */
  #shown: KringDocument | null = null;
  readonly #source: () => KringDocument;

  /** The document to show now. */
  readonly current: KringDocument = $derived.by(() => (this.#shown = this.#held ?? this.#source()));

  constructor(editor: EditorState, source: () => KringDocument) {
    this.#source = source;
    $effect(() =>
      editor.history.onChange(() => {
        if (this.#held === null && this.#shown !== null && editor.drawnOffMainThread)
          this.#held = this.#shown;
      }),
    );
    $effect(() => {
      if (this.#held === null || editor.pending) return;
      // The drawing shows the edit: catch up after that frame has been painted.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(() => (this.#held = null), 0);
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    });
  }
}
