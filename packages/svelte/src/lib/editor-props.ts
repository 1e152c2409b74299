/**
 * The props of the `<KringEditor>` Svelte component (`ComponentProps<typeof KringEditor>`), written out here
 * so that Svelte hosts can name them and the published typings show them; `mount()`'s options
 * (`KringEditorOptions`, element-types.ts) are derived from them. docs/embedding.md, "Props".
 */
import type { Id, KringDocument, Locale, View } from '@kring/core';
import type { KringErrorDetail } from './element/document-input.js';
import type { EditorMessages } from './messages.js';
import type { KringEditorApi } from './state/api.js';
import type { ChangeDetail } from './state/editor-state.svelte.js';

/**
 * The props of `<KringEditor>`. All are optional: without any, the editor starts with one unnamed person in
 * the genogram, in Dutch, editable, with its side panels open.
 *
 * @example
 * ```svelte
 * <script lang="ts">
 *   import { KringEditor, type KringEditorProps } from '@kring/svelte';
 *   let { document = $bindable() }: { document: KringEditorProps['document'] } = $props();
 * </script>
 *
 * <KringEditor bind:document locale="nl" onchange={(doc) => save(doc)} />
 * ```
 */
export interface KringEditorProps {
  /**
   * The document, controlled: the editor shows it, and after each edit calls `onchange` with the new
   * document (a Svelte host with `bind:document` also gets it assigned here; `mount()` binds nothing). Passing a different document object replaces the one shown
   * and clears undo history. Whatever is passed (also JSON text) goes through core's `readDocument`:
   * missing optional parts get their defaults; a value the reader refuses (or `undefined` after a
   * document) is not drawn: the editor shows the reader's problems and calls `onerror`.
   */
  document?: KringDocument;
  /**
   * The document to start with when `document` is not given (uncontrolled), read like `document`.
   * Default: one unnamed person.
   */
  initialDocument?: KringDocument;
  /** Which drawing to show: `genogram` (default), `ecogram` or `sociogram`. Bindable: follows the view buttons. */
  view?: View;
  /** Language of every string: `nl` (default) or `en`; switchable at run time. */
  locale?: Locale;
  /** Display only: no editing affordances; selecting, zooming, panning and the outline still work. */
  readonly?: boolean;
  /**
   * Show initials instead of names (e.g. when sharing a screen): in the drawing, the outline, the
   * inspector, the plan and the live region. The document keeps the names; `exportSvg()` follows this
   * unless its options say otherwise. A name typed in the inspector replaces the name.
   */
  pseudonymise?: boolean;
  /** Replace single catalogue strings, e.g. `{ 'ui.toolbar.addPerson': 'Nieuw' }`. */
  messages?: EditorMessages;
  /** Show the inspector, legend and outline beside the drawing (default true). */
  panels?: boolean;
  /**
   * Which tab of the side panel shows: `map` (details: inspector, legend, outline; default), `plan` (the plan
   * workspace, which widens the panel and keeps the owners of actions in full colour on the map) or
   * `insight`, or `snapshots` (momentopnamen: take, compare; compared with now, the map shows what changed).
   * Bindable: follows the tabs.
   */
  panel?: 'map' | 'plan' | 'insight' | 'snapshots';
  /**
   * Whether the side panel is open (default true). Bindable: the panel's hide/show button changes it, and
   * the editor opens it when something is to be edited there (Enter on a symbol, a new person or link).
   */
  panelsOpen?: boolean;
  /**
   * This editor's part of every id it creates, `<prefix>-<idTag>-<n>` (`person-k7q2m-3`): give each client
   * its own when several people edit one map and their edits are merged (e.g. the CRDT's client id, a Yjs
   * `clientID` as text or an Automerge actor id). 1 to 32 lower-case letters `a`–`z` and digits `0`–`9`.
   * Default: five random ones per editor. A change applies to the ids made from then on; the document's ids
   * stay. A value that is not such a tag is not used: the editor keeps the tag it had and logs why
   * (`console.error`); `mount()` throws a `RangeError` instead.
   */
  idTag?: string;
  /** After every change of the document: the new document, its immer patches and what caused it. */
  onchange?: (document: KringDocument, detail: ChangeDetail) => void;
  /** After every change of the selection: the selected ids. */
  onselectionchange?: (ids: Id[]) => void;
  /** Once, after the editor is mounted: the imperative API (undo, redo, fit, select, exportSvg). */
  onready?: (api: KringEditorApi) => void;
  /** When `document` (or `initialDocument`) is refused by the reader: its problems and the previous document. */
  onerror?: (detail: KringErrorDetail) => void;
}
