/** The imperative API the editor hands to `onready`, and the change details it reports. */
import type { Command, Highlight, Id, KringDocument } from '@kring/core';
import type { ApplyResult } from './verbs.js';
import type { SvgOptions } from '@kring/scene';

/**
 * The editor's imperative API: handed to `onready`, in `kringready`'s detail, as `el.api` and `el.ready`,
 * and as `api` of what `mount()` returns. Its methods work once the editor has started; before (`el.api` of an
 * element whose editor is still loading, `mount().api` before `ready`), `select()` and `fit()` are remembered
 * and run when it starts, and the methods that answer throw a `DOMException` named `InvalidStateError`. The
 * same holds while `<kring-editor>` is out of the page and after `mount()`'s `destroy()`, except that
 * `getDocument()` then answers the last document with every edit.
 *
 * @example
 * ```ts
 * const api = await document.querySelector('kring-editor')!.ready;
 * api.fit();
 * const svg = api.exportSvg({ pseudonymise: true, fit: 'a4-landscape' });
 * ```
 */
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
   * The current view as a standalone SVG document (the scene SVG writer): `{ pseudonymise, hideHealth, legend,
   * title, fit }` and the other SvgOptions; `locale` and `pseudonymise` default to the editor's, `hideHealth`
   * (condition labels neutral) to false. The SVG holds no document unless `embedDocument` is given, and never
   * with `pseudonymise` or `hideHealth` (SvgExportError). While the insight tab greys people out on the map,
   * the SVG does too and its legend says what stays in full colour (`highlight: undefined` leaves it out). An
   * insight block is plain data the host passes: `insight: insightBlock(doc, locale)` from `@kring/core`
   * (with initials: of `documentForText(doc, { locale, pseudonymise: true })` from `@kring/scene`).
   */
  exportSvg(options?: Partial<SvgOptions>): string;
  /** The current document. */
  getDocument(): KringDocument;
  /**
   * What the insight tab greys out on the map now: its highlight choice (core's `Highlight`), the person of
   * its "what if" and what stays in full colour in words; undefined while nothing is greyed out.
   */
  getHighlight(): { highlight?: Highlight; whatIf: Id | null; label: string } | undefined;
  /**
   * Applies core's plain-data commands (`addPerson(…)`, `addTie(…)`, … or a list of them) as one undo step,
   * e.g. people from the host's own client register. All or nothing: when core refuses one, nothing
   * changes and the refusal comes back — `{ ok: false, reason, message }`, the message in the editor's
   * language — never thrown. Read-only editors refuse every command.
   */
  apply(commands: Command | readonly Command[]): ApplyResult;
}
