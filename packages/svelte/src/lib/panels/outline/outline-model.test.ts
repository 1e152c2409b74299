import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addPerson,
  applyCommand,
  linkParent,
  removePerson,
  setFocus,
  updatePerson,
  type Command,
  type KringDocument,
} from '@kring/core';
import { syntheticFamily } from '@kring/examples/synthetic';
import { translator } from '../controls/translator.js';
import { outlineModel } from './outline-model.js';

const en = translator('en');
const nl = translator('nl');
const model = (doc: KringDocument, tr = en) => outlineModel(doc, tr, tr === en ? 'en' : 'nl');
const apply = (doc: KringDocument, command: Command) => {
  const r = applyCommand(doc, command);
  return r.ok ? r.document : doc;
};
/** The model built afresh: a structured clone holds no object of the document the items were made for. */
const fresh = (doc: KringDocument, tr = en) => model(structuredClone(doc), tr);

describe('the outline model', () => {
  it('reuses the items of persons an edit left alone, and only those', () => {
    const doc = syntheticFamily(200, 4);
    const before = model(doc).generations.flatMap((g) => g.items);
    const id = doc.persons[10]!.id;
    const after = model(apply(doc, updatePerson(id, { name: 'Renamed' }))).generations.flatMap(
      (g) => g.items,
    );
    const byId = new Map(before.map((item) => [item.ids[0], item]));
    for (const item of after) {
      if (item.ids[0] === id) expect(item.text).toBe('Renamed');
      else expect(item).toBe(byId.get(item.ids[0]));
    }
  });

  it('random edits, focus and language changes: the same outline as one built afresh', () => {
    const edit = fc.oneof(
      fc.record({ type: fc.constant('add' as const), pick: fc.nat() }),
      fc.record({ type: fc.constant('rename' as const), pick: fc.nat(), name: fc.string({ maxLength: 6 }) }),
      fc.record({
        type: fc.constant('birth' as const),
        pick: fc.nat(),
        year: fc.integer({ min: 1900, max: 2020 }),
      }),
      fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ type: fc.constant('focus' as const), pick: fc.nat() }),
      fc.record({ type: fc.constant('reference' as const), year: fc.integer({ min: 2000, max: 2040 }) }),
      fc.record({ type: fc.constant('locale' as const) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let doc = syntheticFamily(40, 8);
        let tr = en;
        model(doc, tr);
        edits.forEach((e, n) => {
          const ids = doc.persons.map((p) => p.id);
          const pick = (k: number) => ids[k % ids.length]!;
          if (e.type === 'add') {
            doc = apply(doc, addPerson({ id: `n${n}`, name: `N${n}`, gender: 'man', birth: '2001' }));
            doc = apply(
              doc,
              linkParent({ id: `n-pc${n}`, parent: pick(e.pick), child: `n${n}`, kind: 'biological' }),
            );
          } else if (e.type === 'rename') doc = apply(doc, updatePerson(pick(e.pick), { name: e.name }));
          else if (e.type === 'birth')
            doc = apply(doc, updatePerson(pick(e.pick), { birth: String(e.year) }));
          else if (e.type === 'delete') doc = apply(doc, removePerson(pick(e.pick)));
          else if (e.type === 'focus') doc = apply(doc, setFocus(pick(e.pick)));
          else if (e.type === 'reference') doc = { ...doc, referenceDate: `${e.year}-06-01` };
          else tr = tr === en ? nl : en;
          expect(model(doc, tr)).toEqual(fresh(doc, tr));
        });
      }),
      { numRuns: 30, seed: 20261205 },
    );
  });
});
