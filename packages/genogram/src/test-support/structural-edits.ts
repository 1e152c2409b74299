/**
 * Structural edits of a genogram (a child, a partner, a parent, a sibling, a deletion) as core's commands
 * (what the editor sends), and the count of symbols such an edit moves: shared by stability.test.ts and
 * `pnpm bench genogram-stability` so both apply the same edits to the same persons.
 */
import {
  addPartnership,
  addPerson,
  applyCommand,
  linkParent,
  moveNode,
  removePerson,
  type Command,
  type KringDocument,
  type Partnership,
} from '@kring/core';
import { renderGenogram } from '../index.js';

export interface StructuralEdit {
  name: string;
  commands: (doc: KringDocument) => Command[];
}

/**
 * The persons the edits touch, chosen from the document alone: a couple with children near the middle of the
 * partnerships, a childless child (the last in document order that is drawn as someone's child), and a person
 * with no parents in the map (a partner who married in).
 */
export function editActors(doc: KringDocument): { union: Partnership; leaf: string; orphan: string } {
  const parents = new Set(doc.parentChild.map((l) => l.parent));
  const children = new Set(doc.parentChild.map((l) => l.child));
  const withChildren = doc.partnerships.filter((p) => doc.parentChild.some((l) => l.partnership === p.id));
  const union = withChildren[Math.floor(withChildren.length / 2)]!;
  const leaves = doc.parentChild.map((l) => l.child).filter((c) => !parents.has(c));
  const leaf = leaves[Math.floor(leaves.length / 2)]!;
  const inLaws = doc.partnerships.flatMap((p) => [p.a, p.b]).filter((id) => !children.has(id));
  const orphan = inLaws[Math.floor(inLaws.length / 2)]!;
  return { union, leaf, orphan };
}

function childOf(id: string, union: Partnership): Command[] {
  return [
    addPerson({ id, name: 'Nieuw kind', gender: 'woman', birth: '2024' }),
    linkParent({ id: `${id}-1`, parent: union.a, child: id, kind: 'biological', partnership: union.id }),
    linkParent({ id: `${id}-2`, parent: union.b, child: id, kind: 'biological', partnership: union.id }),
  ];
}

export const STRUCTURAL_EDITS: StructuralEdit[] = [
  {
    name: 'add a child',
    commands: (doc) => childOf('edit-c', editActors(doc).union),
  },
  {
    name: 'add a partner',
    commands: (doc) => [
      addPerson({ id: 'edit-p', name: 'Nieuwe partner', gender: 'man' }),
      addPartnership({ id: 'edit-pp', a: editActors(doc).leaf, b: 'edit-p', type: 'marriage', events: [] }),
    ],
  },
  {
    name: 'add a parent',
    commands: (doc) => [
      addPerson({ id: 'edit-m', name: 'Nieuwe ouder', gender: 'woman' }),
      linkParent({ id: 'edit-m1', parent: 'edit-m', child: editActors(doc).orphan, kind: 'biological' }),
    ],
  },
  {
    name: 'delete a person',
    commands: (doc) => [removePerson(editActors(doc).leaf)],
  },
  {
    name: 'add a sibling',
    commands: (doc) => {
      const leaf = editActors(doc).leaf;
      const link = doc.parentChild.find((l) => l.child === leaf && l.partnership !== undefined);
      const union = doc.partnerships.find((p) => p.id === link?.partnership);
      if (union) return childOf('edit-s', union);
      const parent = doc.parentChild.find((l) => l.child === leaf)!.parent;
      return [
        addPerson({ id: 'edit-s', name: 'Nieuw kind', gender: 'man', birth: '2024' }),
        linkParent({ id: 'edit-s-1', parent, child: 'edit-s', kind: 'biological' }),
      ];
    },
  },
];

/**
 * The add the editor bench times (bench/editor-scale.ts): a child of the parent of the middle parent-child
 * link, linked to that parent alone.
 */
export const EDITOR_BENCH_ADD: StructuralEdit = {
  name: "the editor bench's add",
  commands: (doc) => {
    const parent = doc.parentChild[Math.floor(doc.parentChild.length / 2)]!.parent;
    return [
      addPerson({ id: 'bench-p', name: 'Bench 0', gender: 'woman', birth: '2020' }),
      linkParent({ id: 'bench-pc', parent, child: 'bench-p', kind: 'biological' }),
    ];
  },
};

/** `doc` with `commands` applied; throws when one is refused. */
export function applyAll(doc: KringDocument, commands: Command[]): KringDocument {
  let next = doc;
  for (const command of commands) {
    const result = applyCommand(next, command);
    if (!result.ok) throw new Error(`${command.type} refused: ${JSON.stringify(result.reason)}`);
    next = result.document;
  }
  return next;
}

/**
 * Symbols drawn before and after `edit` whose position changed by more than one drawing unit (`moved`), and
 * those of them whose x changed (`movedX`: the x placement's share; the rest only went up or down).
 */
export function movedBy(
  doc: KringDocument,
  edit: StructuralEdit,
): { moved: number; movedX: number; drawn: number } {
  const before = new Map(renderGenogram(doc, { locale: 'nl' }).nodes.map((n) => [n.id, n]));
  let moved = 0;
  let movedX = 0;
  for (const n of renderGenogram(applyAll(doc, edit.commands(doc)), { locale: 'nl' }).nodes) {
    const m = before.get(n.id);
    if (!m) continue;
    const dx = Math.abs(m.x - n.x) > 1;
    if (dx || Math.abs(m.y - n.y) > 1) moved++;
    if (dx) movedX++;
  }
  return { moved, movedX, drawn: before.size };
}

/**
 * `doc` with one person dragged by hand, as the editor bench does before its timed edits: a person a third
 * into the document (not the edits' couple) pinned 200 units right of where the genogram draws them.
 */
export function withDraggedPerson(doc: KringDocument): KringDocument {
  const { union } = editActors(doc);
  const nodes = renderGenogram(doc, { locale: 'nl' }).nodes;
  const ids = new Set(nodes.map((n) => n.id));
  const mover = doc.persons.find(
    (p, i) => i >= doc.persons.length / 3 && p.id !== union.a && p.id !== union.b && ids.has(p.id),
  )!;
  const node = nodes.find((n) => n.id === mover.id)!;
  const centre = { x: node.x + node.width / 2 + 200, y: node.y + node.height / 2 };
  return applyAll(doc, [moveNode('genogram', mover.id, centre)]);
}
