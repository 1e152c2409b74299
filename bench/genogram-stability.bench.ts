/**
 * How many symbols a small edit moves in the genogram (issue 16: a social worker keeps their mental map):
 * the seeded synthetic family of 200 persons (seed 42), one edit at a time applied with core's commands (what
 * the editor sends), counting the symbols drawn before and after whose position changed by more than one
 * drawing unit (a symbol is 40 wide). Not a time: the "median" is that count (one sample, the layout is
 * deterministic). packages/genogram/src/stability.test.ts holds the edits that must move nothing; the
 * structural ones here (a child, a partner, a deletion) still move much of the family, see
 * docs/architecture.md ("A stable genogram under small edits").
 */
import {
  addEmotional,
  addPartnership,
  addPerson,
  applyCommand,
  linkParent,
  removePerson,
  type Command,
  type KringDocument,
} from '../packages/core/src/index.js';
import { syntheticFamily } from '../packages/examples/src/synthetic/index.js';
import { renderGenogram } from '../packages/genogram/src/index.js';

type Render = (
  doc: KringDocument,
  options: { locale: 'nl' },
) => { nodes: { id: string; x: number; y: number }[] };

interface Edit {
  name: string;
  commands: (doc: KringDocument) => Command[];
  /** The count with the genogram of e31dff7 (before session 4's stability work). */
  before: number;
}

/** A couple with children near the middle of the family, a childless child, two persons in other rows. */
function actors(doc: KringDocument) {
  const parents = new Set(doc.parentChild.map((l) => l.parent));
  const leaf = doc.parentChild.map((l) => l.child).find((c) => !parents.has(c))!;
  const withChildren = doc.partnerships.filter((p) => doc.parentChild.some((l) => l.partnership === p.id));
  const union = withChildren[Math.floor(withChildren.length / 2)]!;
  const ids = doc.persons.map((p) => p.id);
  return { leaf, union, a: ids[Math.floor(ids.length / 3)]!, b: ids[Math.floor((2 * ids.length) / 3)]! };
}

export const EDITS: Edit[] = [
  {
    name: 'an interaction line',
    before: 108,
    commands: (doc) => {
      const { a, b } = actors(doc);
      return [addEmotional({ id: 'bench-e', a, b, kind: 'conflict' })];
    },
  },
  {
    name: 'a child of a couple',
    before: 200,
    commands: (doc) => {
      const { union } = actors(doc);
      return [
        addPerson({ id: 'bench-c', name: 'Nieuw kind', gender: 'woman', birth: '2020' }),
        linkParent({
          id: 'bench-c1',
          parent: union.a,
          child: 'bench-c',
          kind: 'biological',
          partnership: union.id,
        }),
        linkParent({
          id: 'bench-c2',
          parent: union.b,
          child: 'bench-c',
          kind: 'biological',
          partnership: union.id,
        }),
      ];
    },
  },
  {
    name: 'a partner of a childless child',
    before: 172,
    commands: (doc) => [
      addPerson({ id: 'bench-p', name: 'Nieuwe partner', gender: 'man' }),
      addPartnership({ id: 'bench-pp', a: actors(doc).leaf, b: 'bench-p', type: 'marriage', events: [] }),
    ],
  },
  {
    name: 'deleting a childless child',
    before: 168,
    commands: (doc) => [removePerson(actors(doc).leaf)],
  },
];

function apply(doc: KringDocument, commands: Command[]): KringDocument {
  let next = doc;
  for (const command of commands) {
    const result = applyCommand(next, command);
    if (!result.ok) throw new Error(`${command.type} refused: ${JSON.stringify(result.reason)}`);
    next = result.document;
  }
  return next;
}

/** Symbols drawn before and after `edit` that moved by more than one unit. */
export function movedBy(doc: KringDocument, edit: Edit, render: Render = renderGenogram): number {
  const before = new Map(render(doc, { locale: 'nl' }).nodes.map((n) => [n.id, n]));
  let moved = 0;
  for (const n of render(apply(doc, edit.commands(doc)), { locale: 'nl' }).nodes) {
    const m = before.get(n.id);
    if (m && (Math.abs(m.x - n.x) > 1 || Math.abs(m.y - n.y) > 1)) moved++;
  }
  return moved;
}

let family: KringDocument | undefined;

export const cases = EDITS.map((edit) => ({
  name: `symbols moved by ${edit.name}, synthetic family of 200`,
  unit: 'symbols',
  samples: 1,
  before: edit.before,
  measure: () => movedBy((family ??= syntheticFamily(200, 42)), edit),
}));
