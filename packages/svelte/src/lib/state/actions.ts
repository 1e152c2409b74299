/**
 * The editor's verbs, shared by the toolbar, the keyboard and the imperative API: each runs intents on the
 * state and announces what happened in the live region.
 */
import type { Id, MessageKey, View } from '@kring/core';
import { fitBounds, zoomAt, ZOOM_STEP } from '../canvas/viewport.js';
import type { EditorState } from './editor-state.svelte.js';
import { addEntity, addRelative, moveNodes, removeNodes, unpin, type Relation } from './intents.js';

export function zoomBy(editor: EditorState, factor: number): void {
  const { width, height } = editor.size;
  editor.viewport = zoomAt(editor.viewport, factor, width / 2, height / 2);
  editor.announce(editor.t('ui.announce.zoom', { percent: Math.round(editor.viewport.k * 100) }));
}

export const zoomIn = (editor: EditorState) => zoomBy(editor, ZOOM_STEP);
export const zoomOut = (editor: EditorState) => zoomBy(editor, 1 / ZOOM_STEP);

export function fit(editor: EditorState): void {
  const { width, height } = editor.size;
  if (width > 0 && height > 0) editor.viewport = fitBounds(editor.scene.bounds, width, height);
}

/** Adds a person or organisation without a position: the layout places it. */
export function addUnplaced(editor: EditorState, kind: 'person' | 'organisation'): void {
  const intent = addEntity(editor.doc, editor.view, kind, editor.t);
  if (editor.run(intent))
    editor.announce(editor.t('ui.announce.added', { name: editor.nameOf(intent.select![0]!) }));
}

/** Genogram: a relative of the single selected person. */
export function addRelativeOfSelection(editor: EditorState, relation: Relation): void {
  const [id] = editor.selection;
  if (editor.selection.length !== 1 || id === undefined || !editor.doc.persons.some((p) => p.id === id))
    return;
  const intent = addRelative(editor.doc, id, relation, editor.t);
  if (editor.run(intent))
    editor.announce(editor.t('ui.announce.added', { name: editor.nameOf(intent.select![0]!) }));
}

export function deleteSelection(editor: EditorState): void {
  const names = editor.selection.filter((id) => id !== editor.doc.focus).map((id) => editor.nameOf(id));
  const intent = removeNodes(editor.doc, editor.selection);
  if (intent.commands.length === 0) {
    if (editor.selection.includes(editor.doc.focus))
      editor.announce(
        editor.t('ui.announce.refused', {
          reason: editor.t('commands.removeFocus', { name: editor.nameOf(editor.doc.focus) }),
        }),
      );
    return;
  }
  const kept = editor.selection.filter((id) => id === editor.doc.focus);
  if (editor.run({ ...intent, select: kept }))
    editor.announce(editor.t('ui.announce.removed', { names: names.join(', ') }));
}

/**
 * Moves the selected nodes by (dx, dy) drawing units: pins them at their new centres. Repeated moves of
 * one selection are one undo step (see EditorState.nudge).
 */
export function moveSelection(editor: EditorState, dx: number, dy: number): void {
  const byId = new Map(editor.scene.nodes.map((n) => [n.id, n]));
  const moves = editor.selection.flatMap((id) => {
    const n = byId.get(id);
    return n ? [{ id, to: { x: n.x + n.width / 2 + dx, y: n.y + n.height / 2 + dy } }] : [];
  });
  if (moves.length === 0) return;
  if (editor.nudge(moveNodes(editor.view, moves)))
    editor.announce(
      editor.t('ui.announce.moved', { names: moves.map((m) => editor.nameOf(m.id)).join(', ') }),
    );
}

/** Clears every pinned position of the current view (one undo step). */
export function relayoutAll(editor: EditorState): void {
  const intent = unpin(editor.doc, editor.view);
  if (intent.commands.length === 0 || editor.run(intent)) editor.announce(editor.t('ui.announce.relayout'));
}

/** Unpins the selected nodes: the layout places them again around the pinned ones. */
export function unpinSelection(editor: EditorState): void {
  const intent = unpin(editor.doc, editor.view, editor.selection);
  if (intent.commands.length === 0 || editor.run(intent)) editor.announce(editor.t('ui.announce.relayout'));
}

export function setView(editor: EditorState, view: View): void {
  if (editor.view === view) return;
  editor.endNudge();
  editor.view = view;
  editor.tool = 'pointer';
  editor.announce(editor.t('ui.announce.view', { view: editor.t(`view.${view}` as MessageKey) }));
}

export function selectAll(editor: EditorState): void {
  editor.select(editor.scene.nodes.map((n) => n.id));
}

export function selectIds(editor: EditorState, ids: readonly Id[]): void {
  editor.select(ids);
}
