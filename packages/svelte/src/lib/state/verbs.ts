/**
 * The editor's verbs: every action of the toolbar, the context menu, the keymap, the canvas gestures,
 * the tray and the imperative API is one verb with one shape (ProseMirror's commands):
 *
 * - `canRun(host, …args)` answers "can this run now?" without side effects — buttons and menu items take
 *   their enabled state (or whether they are offered at all) from it;
 * - `run(host, …args)` does it as one undo step and announces what happened (or, when core refuses, why —
 *   naming the people, in the user's language). It returns whether the document or view changed.
 *
 * Verbs see the editor only through `VerbHost` (EditorState implements it), so they are plain TypeScript,
 * tested in node against a host over core's History. Edits stay plain-data core commands with stable ids.
 */
import {
  addTie,
  altersOfFocus,
  documentIndex,
  eraseFromSnapshots,
  homeOf,
  type Command,
  type Id,
  type IdMaker,
  type KringDocument,
  type MessageParams,
  type Point,
  type View,
} from '@kring/core';
import type { Scene } from '@kring/scene';
import { fitBounds, MIN_ZOOM, minZoomFor, zoomAt, ZOOM_STEP, type Viewport } from '../canvas/viewport.js';
import { ringAndSectorAt, type RingSector } from '../interaction/ring-sector.js';
import { openingFit } from './readable-view.js';
import {
  addEntity,
  addRelative,
  connect,
  moveNodes as moveIntent,
  placeInCell as placeInCellCommands,
  removeNodes,
  unpin,
  type Intent,
  type RelativeKind,
} from './intents.js';
import {
  dryRun,
  linkEmotional as emotionalIntent,
  linkHousehold as householdIntent,
  linkMultipleBirth as multipleBirthIntent,
  linkParentChild as parentChildIntent,
  linkPartners as partnersIntent,
  linkSiblings as siblingsIntent,
  linkTie as tieIntent,
  placeCloseFamily as closeFamilyIntent,
} from './link-intents.js';
import type { EditorMessage, EditorMessageKey } from '../messages.js';

export type Tool = 'pointer' | 'select' | 'connect' | 'place-person' | 'place-organisation';

/** What verbs read and call on the editor. */
export interface VerbHost {
  readonly doc: KringDocument;
  view: View;
  readonly selection: readonly Id[];
  /** After Space: focusing another symbol keeps the selection (see toggleInSelection). */
  selectionHeld: boolean;
  readonly readonly: boolean;
  readonly scene: Scene;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  tool: Tool;
  viewport: Viewport;
  readonly size: { width: number; height: number };
  readonly locale: string;
  t(key: EditorMessageKey, params?: MessageParams): string;
  nameOf(id: Id): string;
  announce(message: string): void;
  /** Makes new ids over the current document with this client's tag (core's idMaker; several editors, one map). */
  newIds(): IdMaker;
  /** Runs an intent as one undo step; on refusal announces why and returns false. */
  run(intent: Intent): boolean;
  /** Like run, but joins the open arrow-key gesture (see EditorState.nudge). */
  nudge(intent: Intent): boolean;
  select(ids: readonly Id[]): void;
  undo(): boolean;
  redo(): boolean;
  endNudge(): void;
  /** Keyboard move mode (see pickUp): whether the selection is picked up. */
  readonly moving: boolean;
  /** Picks up the selection: later moves gather in one undo step until endMove. */
  beginMove(): boolean;
  /** Drops (`keep`) or puts back the picked-up selection. */
  endMove(keep: boolean): void;
  /**
   * Asks whether to erase `ids` (about to be deleted) from every snapshot too (right to erasure); the answer
   * runs deleteSelection again with it. Without this, a delete leaves the snapshots as they are.
   */
  askErase?(ids: readonly Id[]): void;
}

export interface Verb<A extends unknown[] = []> {
  canRun(host: VerbHost, ...args: A): boolean;
  run(host: VerbHost, ...args: A): boolean;
}

const editable = (h: VerbHost) => !h.readonly;
const isPerson = (doc: KringDocument, id: Id) => doc.persons.some((p) => p.id === id);

/** "Anna", "Anna en Bram", "Anna, Bram en Cor" in the host's language. */
export function namesList(host: VerbHost, ids: readonly Id[]): string {
  const names = ids.map((id) => host.nameOf(id));
  try {
    return new Intl.ListFormat(host.locale, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

function announceAdded(host: VerbHost, intent: Intent) {
  host.announce(host.t('ui.announce.added', { name: host.nameOf(intent.select![0]!) }));
}

// ——— view and history ———

export const undo: Verb = { canRun: (h) => editable(h) && h.canUndo, run: (h) => h.undo() };
export const redo: Verb = { canRun: (h) => editable(h) && h.canRedo, run: (h) => h.redo() };

function zoomBy(h: VerbHost, factor: number): boolean {
  const { width, height } = h.size;
  h.viewport = zoomAt(h.viewport, factor, width / 2, height / 2, minZoomFor(h.scene.bounds, width, height));
  h.announce(h.t('ui.announce.zoom', { percent: Math.round(h.viewport.k * 100) }));
  return true;
}
export const zoomIn: Verb = { canRun: () => true, run: (h) => zoomBy(h, ZOOM_STEP) };
export const zoomOut: Verb = { canRun: () => true, run: (h) => zoomBy(h, 1 / ZOOM_STEP) };

/**
 * Shows the whole drawing, however large (`whole`, the default: the "Fit" button and key). The automatic fit
 * when a map opens or the view changes passes `false`: a picture whose names would be too small when fitted
 * whole (a genealogy of thousands of persons; a family on a phone) opens around the focus person at the least
 * readable zoom (readable-view.ts).
 */
export const fit: Verb<[whole?: boolean]> = {
  canRun: (h) => h.size.width > 0 && h.size.height > 0,
  run: (h, whole = true) => {
    if (!fit.canRun(h)) return false;
    const { width, height } = h.size;
    const least = whole ? minZoomFor(h.scene.bounds, width, height) : MIN_ZOOM;
    h.viewport = whole
      ? fitBounds(h.scene.bounds, width, height, 24, 2, least)
      : openingFit(h.scene, h.doc.focus, width, height, least);
    return true;
  },
};

export const setView: Verb<[view: View]> = {
  canRun: (h, view) => h.view !== view,
  run: (h, view) => {
    if (h.view === view) return false;
    h.endNudge();
    h.view = view;
    h.tool = 'pointer';
    h.announce(h.t('ui.announce.view', { view: h.t(`view.${view}` as EditorMessageKey) }));
    return true;
  },
};

export const selectAll: Verb = {
  canRun: (h) => h.scene.nodes.length > 0,
  run: (h) => {
    h.select(h.scene.nodes.map((n) => n.id));
    return true;
  },
};

export const clearSelection: Verb = {
  canRun: (h) => h.selection.length > 0,
  run: (h) => {
    if (h.selection.length === 0) return false;
    h.select([]);
    h.announce(h.t('ui.announce.selectionCleared'));
    return true;
  },
};

export const select: Verb<[ids: readonly Id[]]> = {
  canRun: () => true,
  run: (h, ids) => {
    h.select(ids);
    const names = namesList(h, h.selection);
    h.announce(names ? h.t('ui.announce.selected', { names }) : h.t('ui.announce.selectionCleared'));
    return true;
  },
};

/**
 * Space on a focused symbol: the first press holds the selection (the symbol focus selected stays selected,
 * and moving the focus no longer replaces the selection); later presses add or remove the focused symbol.
 */
export const toggleInSelection: Verb<[id: Id]> = {
  canRun: () => true,
  run: (h, id) => {
    if (!h.selectionHeld) {
      h.selectionHeld = true;
      if (!h.selection.includes(id)) h.select([...h.selection, id]);
    } else h.select(h.selection.includes(id) ? h.selection.filter((s) => s !== id) : [...h.selection, id]);
    h.selectionHeld = h.selection.length > 0;
    const names = namesList(h, h.selection);
    h.announce(names ? h.t('ui.announce.selected', { names }) : h.t('ui.announce.selectionCleared'));
    return true;
  },
};

/** Turns a tool on, or off when it is on (`on`: always on, e.g. placing after each press of the button). */
export const toggleTool: Verb<[tool: Tool, on?: boolean]> = {
  canRun: (h, tool) => tool === 'pointer' || tool === 'select' || editable(h),
  run: (h, tool, on = false) => {
    h.tool = h.tool === tool && !on ? 'pointer' : tool;
    if (h.tool === 'place-person' || h.tool === 'place-organisation') h.announce(h.t('ui.toolbar.placeHint'));
    return true;
  },
};

// ——— adding, moving, removing ———

/** A new person or organisation, placed by the layout (`at` undefined) or at a drawing point (pinned). */
export const addEntityVerb: Verb<[kind: 'person' | 'organisation', at?: Point]> = {
  canRun: (h, kind) => editable(h) && (kind === 'person' || h.view !== 'genogram'),
  run: (h, kind, at) => {
    if (!addEntityVerb.canRun(h, kind)) return false;
    const cell = at && h.view === 'sociogram' ? cellAt(h, at) : undefined;
    const point = at ? { x: Math.round(at.x), y: Math.round(at.y) } : undefined;
    const intent = addEntity(h.doc, h.newIds(), h.view, kind, h.t, point, cell);
    if (!h.run(intent)) return false;
    announceAdded(h, intent);
    return true;
  },
};

/** Genogram: a new relative of the one selected person. */
export const addRelativeVerb: Verb<[relation: RelativeKind]> = {
  canRun: (h) =>
    editable(h) && h.view === 'genogram' && h.selection.length === 1 && isPerson(h.doc, h.selection[0]!),
  run: (h, relation) => {
    if (!addRelativeVerb.canRun(h, relation)) return false;
    const intent = addRelative(h.doc, h.newIds(), h.selection[0]!, relation, h.t);
    if (!h.run(intent)) return false;
    announceAdded(h, intent);
    return true;
  },
};

/** The persons and organisations among `ids` that some snapshot holds (the focus never: it stays). */
export function inSnapshots(doc: KringDocument, ids: readonly Id[]): Id[] {
  return ids.filter(
    (id) =>
      id !== doc.focus &&
      doc.snapshots.some(
        (s) => s.state.persons.some((p) => p.id === id) || s.state.organisations.some((o) => o.id === id),
      ),
  );
}

/**
 * Deletes the selection (not the focus). When a deleted person or organisation is in a snapshot and the host
 * can ask, it asks first (`erase` undefined); `erase: true` then erases them from every snapshot in the same
 * undo step, `false` keeps the snapshots as they were.
 */
export const deleteSelection: Verb<[erase?: boolean]> = {
  canRun: (h) => editable(h) && h.selection.some((id) => id !== h.doc.focus),
  run: (h, erase) => {
    if (!editable(h) || h.selection.length === 0) return false;
    const intent = removeNodes(h.doc, h.selection);
    if (intent.commands.length === 0) {
      if (h.selection.includes(h.doc.focus))
        h.announce(
          h.t('ui.announce.refused', {
            reason: h.t('commands.removeFocus', { name: h.nameOf(h.doc.focus) }),
          }),
        );
      return false;
    }
    const kept = h.selection.filter((id) => id === h.doc.focus);
    const removed = h.selection.filter((id) => id !== h.doc.focus);
    const held = inSnapshots(h.doc, removed);
    if (erase === undefined && held.length > 0 && h.askErase) {
      h.askErase(held);
      return false;
    }
    const names = namesList(h, removed);
    const commands = erase
      ? [...intent.commands, ...held.map((id) => eraseFromSnapshots(id))]
      : intent.commands;
    if (!h.run({ ...intent, commands, select: kept })) return false;
    h.announce(
      h.t(erase && held.length > 0 ? 'ui.announce.removedAndErased' : 'ui.announce.removed', { names }),
    );
    return true;
  },
};

/** Arrow keys: moves the selected symbols by (dx, dy) drawing units; repeated moves are one undo step. */
export const moveSelection: Verb<[dx: number, dy: number]> = {
  canRun: (h) => editable(h) && h.selection.length > 0,
  run: (h, dx, dy) => {
    if (!editable(h)) return false;
    const byId = new Map(h.scene.nodes.map((n) => [n.id, n]));
    const moves = h.selection.flatMap((id) => {
      const n = byId.get(id);
      return n ? [{ id, to: { x: n.x + n.width / 2 + dx, y: n.y + n.height / 2 + dy } }] : [];
    });
    if (moves.length === 0 || !h.nudge(moveIntent(h.view, moves))) return false;
    h.announce(
      h.t('ui.announce.moved', {
        names: namesList(
          h,
          moves.map((m) => m.id),
        ),
      }),
    );
    return true;
  },
};

/**
 * Keyboard move mode, G: picks up the selection. Then the arrow keys move it (moveSelection; Shift: small
 * steps), Enter drops it (dropMove: one undo step for the whole move) and Escape puts it back (cancelMove).
 */
export const pickUp: Verb = {
  canRun: (h) => editable(h) && !h.moving && h.selection.length > 0,
  run: (h) => {
    if (!pickUp.canRun(h) || !h.beginMove()) return false;
    h.announce(h.t('ui.announce.pickedUp', { names: namesList(h, h.selection) }));
    return true;
  },
};

export const dropMove: Verb = {
  canRun: (h) => h.moving,
  run: (h) => {
    if (!h.moving) return false;
    h.endMove(true);
    h.announce(h.t('ui.announce.dropped', { names: namesList(h, h.selection) }));
    return true;
  },
};

export const cancelMove: Verb = {
  canRun: (h) => h.moving,
  run: (h) => {
    if (!h.moving) return false;
    h.endMove(false);
    h.announce(h.t('ui.announce.moveCancelled', { names: namesList(h, h.selection) }));
    return true;
  },
};

const cellAt = (h: VerbHost, at: Point) =>
  h.view === 'sociogram' ? ringAndSectorAt(h.scene, h.doc, at.x, at.y) : undefined;

/** A drag's release: pins the symbols at their new centres; in the sociogram also sets ring and sector. */
export const moveNodes: Verb<[moves: readonly { id: Id; to: Point }[]]> = {
  canRun: (h, moves) => editable(h) && moves.length > 0,
  run: (h, moves) => {
    if (!moveNodes.canRun(h, moves)) return false;
    const intent = moveIntent(h.view, moves);
    const single = moves.length === 1 && h.view === 'sociogram' ? moves[0] : undefined;
    const newId = h.newIds();
    if (h.view === 'sociogram')
      for (const m of moves) {
        const cell = cellAt(h, m.to);
        if (cell) intent.commands.unshift(...placeInCellCommands(h.doc, newId, m.id, cell));
      }
    const cell = single ? cellAt(h, single.to) : undefined;
    if (!h.run(intent)) return false;
    const names = namesList(
      h,
      moves.map((m) => m.id),
    );
    h.announce(
      cell
        ? h.t('ui.announce.placed', {
            name: names,
            ring: cell.ring,
            sector: h.t(`sector.${cell.sector}` as EditorMessageKey),
          })
        : h.t('ui.announce.moved', { names }),
    );
    return true;
  },
};

export const unpinSelection: Verb = {
  canRun: (h) => editable(h) && h.selection.length > 0,
  run: (h) => {
    if (!unpinSelection.canRun(h)) return false;
    const intent = unpin(h.doc, h.view, h.selection);
    if (intent.commands.length > 0 && !h.run(intent)) return false;
    h.announce(h.t('ui.announce.relayout'));
    return true;
  },
};

export const relayoutAll: Verb = {
  canRun: editable,
  run: (h) => {
    if (!editable(h)) return false;
    const intent = unpin(h.doc, h.view);
    if (intent.commands.length > 0 && !h.run(intent)) return false;
    h.announce(h.t('ui.announce.relayout'));
    return true;
  },
};

// ——— links between what is already there ———

/** The names the link menu and announcements use: "Fatima en Karim zijn partners". */
export type LinkKind = 'partners' | 'parent' | 'siblings' | 'household' | 'twins' | 'emotional' | 'tie';

function linkIntent(h: VerbHost, kind: LinkKind, ids: readonly Id[]): Intent | null {
  switch (kind) {
    case 'partners':
      return partnersIntent(h.doc, h.newIds(), ids);
    case 'parent':
      return ids.length === 2 ? parentChildIntent(h.doc, h.newIds(), ids[0]!, ids[1]!) : null;
    case 'siblings':
      return siblingsIntent(h.doc, h.newIds(), ids, h.t);
    case 'household':
      return householdIntent(h.doc, h.newIds(), ids);
    case 'twins':
      return multipleBirthIntent(h.doc, h.newIds(), ids);
    case 'emotional':
      return emotionalIntent(h.doc, h.newIds(), ids);
    case 'tie':
      return tieIntent(h.doc, h.newIds(), ids);
  }
}

/** The label of a link for `ids` ("Fatima is ouder van Samira"). */
export function linkLabel(h: VerbHost, kind: LinkKind, ids: readonly Id[]): string {
  const [a = '', b = ''] = ids.map((id) => h.nameOf(id));
  return h.t(`ui.link.${kind}` as EditorMessageKey, { a, b, names: namesList(h, ids) });
}

/**
 * A link between persons (or organisations, for a tie) already on the map, as one undo step; the new
 * relation is selected, so the inspector shows it. For `parent`, `ids` is [parent, child].
 */
export const link: Verb<[kind: LinkKind, ids: readonly Id[]]> = {
  canRun: (h, kind, ids) => {
    if (!editable(h)) return false;
    const intent = linkIntent(h, kind, ids);
    return intent !== null && dryRun(h.doc, intent.commands).ok;
  },
  run: (h, kind, ids) => {
    if (!editable(h)) return false;
    const intent = linkIntent(h, kind, ids);
    if (!intent) {
      h.announce(
        h.t('ui.announce.refused', { reason: h.t('ui.link.notApplicable', { names: namesList(h, ids) }) }),
      );
      return false;
    }
    if (!h.run(intent)) return false;
    putAwayLinkTool(h);
    h.announce(h.t('ui.announce.linked', { what: linkLabel(h, kind, ids) }));
    return true;
  },
};

/**
 * The link tool draws one link, as drawing tools in diagram editors do: once a link is made (the relation
 * chosen in the genogram, the tie drawn in the ecogram and sociogram) the pointer is back. A refused or
 * cancelled link leaves the tool on.
 */
function putAwayLinkTool(h: VerbHost): void {
  if (h.tool === 'connect') h.tool = 'pointer';
}

/** A link the menus offer: the verb's arguments and its label. */
export interface LinkChoice {
  kind: LinkKind;
  ids: Id[];
  label: string;
}

/**
 * The links that make sense for `ids` (default: the selection), each runnable now: two persons →
 * partners, each as the parent of the other, siblings, living together, twins, an interaction line, a
 * tie; more persons → siblings, living together, a multiple birth; a person and an organisation → a tie.
 */
export function linkChoices(h: VerbHost, ids: readonly Id[] = h.selection): LinkChoice[] {
  if (h.readonly || ids.length < 2) return [];
  const persons = ids.every((id) => isPerson(h.doc, id));
  const candidates: [LinkKind, Id[]][] = [];
  if (persons && ids.length === 2) {
    const [a, b] = ids as [Id, Id];
    candidates.push(
      ['partners', [a, b]],
      ['parent', [a, b]],
      ['parent', [b, a]],
      ['siblings', [a, b]],
      ['household', [a, b]],
      ['twins', [a, b]],
      ['emotional', [a, b]],
    );
  } else if (persons) candidates.push(['siblings', [...ids]], ['household', [...ids]], ['twins', [...ids]]);
  if (ids.length === 2) candidates.push(['tie', [...ids]]);
  return candidates
    .filter(([kind, args]) => link.canRun(h, kind, args))
    .map(([kind, args]) => ({ kind, ids: args, label: linkLabel(h, kind, args) }));
}

// ——— the network: placing people of the document in the ecogram and sociogram ———

/** Persons and organisations of the document that the current view does not draw (the tray). */
export function notInView(h: VerbHost): Id[] {
  const drawn = new Set(h.scene.nodes.map((n) => n.id));
  if (h.view === 'genogram')
    // Persons known only through ties (the network), not drawn in the family.
    return h.doc.persons.filter((p) => !drawn.has(p.id) && p.birthStatus === undefined).map((p) => p.id);
  const home = homeOf(h.doc);
  const alters = new Set(altersOfFocus(h.doc).map((a) => a.id));
  const persons = documentIndex(h.doc).persons;
  const live = (id: Id) => {
    const p = persons.get(id);
    return p === undefined || p.birthStatus === undefined || p.birthStatus === 'live_birth';
  };
  const isPet = (id: Id) => persons.get(id)?.pet === true;
  return [...h.doc.persons.map((p) => p.id), ...h.doc.organisations.map((o) => o.id)].filter(
    (id) => !home.has(id) && !alters.has(id) && !drawn.has(id) && live(id) && !isPet(id),
  );
}

/**
 * Ecogram and sociogram: puts someone of the document into the network with a tie to the focus, in
 * `cell` (sociogram ring and sector) when given; pinned at `at` when given.
 */
export const placeInView: Verb<[id: Id, cell?: Partial<RingSector>, at?: Point]> = {
  canRun: (h, id) => editable(h) && h.view !== 'genogram' && notInView(h).includes(id),
  run: (h, id, cell, at) => {
    if (!placeInView.canRun(h, id)) return false;
    const tie = { id: h.newIds()('tie'), from: h.doc.focus, to: id };
    const intent: Intent = {
      commands: [
        addTie({
          ...tie,
          ...(cell?.ring !== undefined ? { ring: cell.ring } : {}),
          ...(cell?.sector !== undefined ? { sector: cell.sector } : {}),
        }),
      ],
      select: [id],
    };
    if (at) intent.commands.push(...moveIntent(h.view, [{ id, to: at }]).commands);
    if (!h.run(intent)) return false;
    h.announce(
      cell?.ring !== undefined && cell.sector !== undefined
        ? h.t('ui.announce.placed', {
            name: h.nameOf(id),
            ring: cell.ring,
            sector: h.t(`sector.${cell.sector}` as EditorMessageKey),
          })
        : h.t('ui.announce.added', { name: h.nameOf(id) }),
    );
    return true;
  },
};

/** Ecogram and sociogram: ties from the focus to everyone at home and the close family not yet in the network. */
export const placeCloseFamily: Verb = {
  canRun: (h) =>
    editable(h) && h.view !== 'genogram' && closeFamilyIntent(h.doc, h.newIds(), alterIds(h)) !== null,
  run: (h) => {
    if (!editable(h) || h.view === 'genogram') return false;
    const intent = closeFamilyIntent(h.doc, h.newIds(), alterIds(h));
    if (!intent || !h.run(intent)) return false;
    h.announce(h.t('ui.announce.familyPlaced', { count: intent.commands.length }));
    return true;
  },
};
const alterIds = (h: VerbHost) => new Set(altersOfFocus(h.doc).map((a) => a.id));

/** A tie between two symbols (the connect gesture in the ecogram and sociogram; the toolbar's tie form). */
export const connectVerb: Verb<[from: Id, to: Id]> = {
  canRun: (h, from, to) =>
    editable(h) && from !== to && dryRun(h.doc, connect(h.newIds(), from, to).commands).ok,
  run: (h, from, to) => {
    if (!editable(h) || from === to) return false;
    if (!h.run(connect(h.newIds(), from, to))) return false;
    putAwayLinkTool(h);
    h.announce(h.t('ui.announce.tieAdded', { a: h.nameOf(from), b: h.nameOf(to) }));
    return true;
  },
};

// ——— the imperative API ———

/** The result of `api.apply`: the refusal is returned (in the user's language), never thrown. */
export type ApplyResult = { ok: true } | { ok: false; reason: EditorMessage; message: string };

/** Core's plain-data commands (one or a list) as one undo step. */
export function applyCommands(h: VerbHost, commands: Command | readonly Command[]): ApplyResult {
  const list = Array.isArray(commands) ? (commands as readonly Command[]) : [commands as Command];
  if (h.readonly) {
    const reason: EditorMessage = { key: 'ui.readonly' };
    return { ok: false, reason, message: h.t(reason.key) };
  }
  const check = dryRun(h.doc, list);
  if (!check.ok)
    return { ok: false, reason: check.reason, message: h.t(check.reason.key, check.reason.params) };
  h.run({ commands: [...list] });
  return { ok: true };
}
