/** The imperative API the editor hands to `onready`, and the change details it reports. */
import type { Id, KringDocument } from '@kring/core';
import type { SvgOptions } from '@kring/scene';

export interface KringEditorApi {
  /** Undo the last step; false when there was nothing to undo (or read-only). */
  undo(): boolean;
  /** Redo the last undone step; false when there was nothing to redo (or read-only). */
  redo(): boolean;
  /** Zoom and pan so the whole drawing fits the canvas. */
  fit(): void;
  /** Replace the selection (ids of persons, organisations, households). */
  select(ids: Id[]): void;
  /**
   * The current view as a standalone SVG document (the scene SVG writer): `{ pseudonymise, legend, title, fit }`
   * and the other SvgOptions; `locale` and `pseudonymise` default to the editor's.
   */
  exportSvg(options?: Partial<SvgOptions>): string;
  /** The current document. */
  getDocument(): KringDocument;
}
