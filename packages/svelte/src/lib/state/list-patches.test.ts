import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addPerson,
  History,
  linkParent,
  removePerson,
  unlinkParent,
  updatePerson,
  type Command,
  type KringDocument,
} from '@kring/core';
import { syntheticFamily } from '@kring/examples/synthetic';
import { applySentPatches, compactPatches, type Patch } from './list-patches.js';

/** The edits of `commands` on `doc`, one history step each: the documents before and after, and the patches. */
function steps(doc: KringDocument, commands: readonly Command[]) {
  const history = new History(doc);
  const out: { from: KringDocument; to: KringDocument; patches: Patch[] }[] = [];
  history.onChange((to, info) => out.push({ from: out.at(-1)?.to ?? doc, to, patches: [...info.patches] }));
  for (const command of commands) history.execute(command);
  if (commands.length > 0) history.undo();
  return out;
}

/** What reaches the worker: a structured clone, as postMessage makes it. */
const posted = <T>(value: T): T => structuredClone(value);

describe('list patches', () => {
  it('a delete sends neither the persons nor the parent links that stay, only which of them stay', () => {
    const doc = syntheticFamily(300, 3);
    const parents = new Set(doc.parentChild.map((l) => l.parent));
    const leaf = doc.parentChild.find((l) => !parents.has(l.child) && l.child !== doc.focus)!.child;
    const [step] = steps(doc, [removePerson(leaf)]);
    const sent = compactPatches(step!.from, step!.patches);
    expect(sent.map((p) => p.op)).toEqual(['list', 'list']);
    for (const p of sent) if (p.op === 'list') expect(p.items).toEqual([]);
    const worker = posted(doc);
    expect(applySentPatches(worker, posted(sent))).toEqual(step!.to);
  });

  it('a collection replaced after another patch of it in the same step is sent in full', () => {
    const doc = syntheticFamily(20, 3);
    const renamed = { ...doc.persons[0]!, name: 'Renamed' };
    const patches = [
      { op: 'replace' as const, path: ['persons', 0], value: renamed },
      { op: 'replace' as const, path: ['persons'], value: [doc.persons[1]!, renamed] },
    ];
    expect(compactPatches(doc, patches)).toEqual(patches);
    expect(applySentPatches(posted(doc), compactPatches(doc, patches)).persons).toEqual([
      doc.persons[1],
      renamed,
    ]);
  });

  it('random edits and their undo: the copy in the worker, patched step by step, equals the document', () => {
    const edit = fc.oneof(
      fc.record({ type: fc.constant('add' as const), pick: fc.nat() }),
      fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ type: fc.constant('rename' as const), pick: fc.nat() }),
      fc.record({ type: fc.constant('unlink' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const doc = syntheticFamily(60, 9);
        const commands: Command[] = [];
        let n = 0;
        for (const e of edits) {
          const person = doc.persons[e.pick % doc.persons.length]!.id;
          const link = doc.parentChild[e.pick % doc.parentChild.length]!;
          n++;
          if (e.type === 'add') commands.push(addPerson({ id: `new-${n}`, name: `New ${n}`, gender: 'man' }));
          else if (e.type === 'delete') commands.push(removePerson(person));
          else if (e.type === 'rename') commands.push(updatePerson(person, { name: `Renamed ${n}` }));
          else commands.push(unlinkParent(link.id), linkParent({ ...link, id: `relinked-${n}` }));
        }
        let worker = posted(doc);
        for (const step of steps(doc, commands)) {
          worker = applySentPatches(worker, posted(compactPatches(step.from, step.patches)));
          expect(worker).toEqual(step.to);
        }
      }),
      { numRuns: 60, seed: 20261205 },
    );
  });
});
