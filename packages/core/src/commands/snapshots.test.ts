import { describe, expect, it } from 'vitest';
import { syntheticNetwork } from '@kring/examples/synthetic';
import type { KringDocument } from '../model/types.js';
import { readDocument } from '../read/read-document.js';
import { writeDocument } from '../write/write-document.js';
import { applyCommand } from './apply-command.js';
import { setFocus, setOptions } from './document-settings.js';
import { addPerson, removePerson } from './persons.js';
import { addAction, addTeamMember } from './plan.js';
import { snapshotDocument } from '../compare/network-state.js';
import { eraseFromSnapshots, removeSnapshot, takeSnapshot, updateSnapshot } from './snapshots.js';
import { addTie, updateTie } from './ties.js';
import { applied, errorsOf, expectRefused, validFamily } from './test-support/expect-command.js';

const doc = validFamily();
const intake = takeSnapshot({ id: 't0', label: 'Intake', date: '2026-01-15' });

describe('snapshot commands', () => {
  it('take a full copy of the collections and the plan, as one undoable step', () => {
    const withPlan = applied(doc, addTeamMember('mum'));
    const next = applied(withPlan, intake);
    expect(next.snapshots).toHaveLength(1);
    const [snapshot] = next.snapshots;
    expect(snapshot).toMatchObject({ id: 't0', label: 'Intake', date: '2026-01-15' });
    expect(snapshot!.state).toEqual({
      persons: withPlan.persons,
      organisations: withPlan.organisations,
      partnerships: withPlan.partnerships,
      parentChild: withPlan.parentChild,
      multipleBirths: withPlan.multipleBirths,
      households: withPlan.households,
      emotional: withPlan.emotional,
      ties: withPlan.ties,
      plan: withPlan.plan,
    });
    // The live map goes on; the snapshot keeps the network as it was.
    const later = applied(next, removePerson('fr'));
    expect(later.snapshots[0]!.state.persons.map((p) => p.id)).toContain('fr');
    expect(later.persons.map((p) => p.id)).not.toContain('fr');
  });

  it('a snapshot written and read back is the same snapshot', () => {
    const next = applied(applied(doc, intake), removePerson('fr'));
    const read = readDocument(writeDocument(next));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.document.snapshots).toEqual(next.snapshots);
  });

  it('refuse a snapshot id that is empty, forbidden or taken, a bad date, or fields a snapshot has not', () => {
    const once = applied(doc, intake);
    expectRefused(once, takeSnapshot({ id: 't0', label: 'Again', date: '2026' }), 'commands.duplicateId');
    expectRefused(doc, takeSnapshot({ id: '', label: 'x', date: '2026' }), 'commands.emptyId');
    expectRefused(doc, takeSnapshot({ id: '__proto__', label: 'x', date: '2026' }), 'commands.forbiddenId');
    expectRefused(doc, takeSnapshot({ id: 's', label: 'x', date: '15-01-2026' }), 'commands.badDate');
    const withState = { type: 'snapshot.take', snapshot: { id: 's', label: 'x', date: '2026', state: {} } };
    expect(applyCommand(doc, withState as never)).toMatchObject({
      ok: false,
      reason: { key: 'commands.unexpectedField' },
      path: ['snapshot', 'state'],
    });
    expectRefused(doc, { type: 'snapshot.take' } as never, 'commands.missingValue');
  });

  it('change the label and the date; neither can be cleared', () => {
    const once = applied(doc, intake);
    const renamed = applied(once, updateSnapshot('t0', { label: 'Intake (T0)' }));
    expect(renamed.snapshots[0]).toMatchObject({ label: 'Intake (T0)', date: '2026-01-15' });
    const redated = applied(renamed, updateSnapshot('t0', { date: '~2026-01' }));
    expect(redated.snapshots[0]).toMatchObject({ label: 'Intake (T0)', date: '~2026-01' });
    expect(redated.snapshots[0]!.state).toBe(once.snapshots[0]!.state);
    expectRefused(once, updateSnapshot('nope', { label: 'x' }), 'commands.notFound');
    expectRefused(once, updateSnapshot('t0', { date: '2026-02-30x' }), 'commands.badDate');
    expectRefused(once, updateSnapshot('t0', { label: null } as never), 'commands.wrongValue');
    expectRefused(once, updateSnapshot('t0', { id: 'x' } as never), 'commands.unexpectedField');
  });

  it('delete a snapshot', () => {
    const two = applied(
      applied(doc, intake),
      takeSnapshot({ id: 't1', label: 'Na netwerkberaad', date: '2026-03' }),
    );
    const one = applied(two, removeSnapshot('t0'));
    expect(one.snapshots.map((s) => s.id)).toEqual(['t1']);
    expectRefused(one, removeSnapshot('t0'), 'commands.notFound');
  });
});

describe('erasing from every snapshot (right to erasure)', () => {
  /** mum: a parent, in a past household, tied to the focus and to noah (two home members), on the plan. */
  function withHistory(): KringDocument {
    let next = applied(doc, addTeamMember('mum'));
    next = applied(
      next,
      addAction({ id: 'a1', text: 'Boodschappen', owners: ['mum', 'dad'], status: 'proposed' }),
    );
    next = { ...next, plan: { ...next.plan!, invitees: [{ id: 'mum', status: 'invited' }] } };
    next = applied(next, takeSnapshot({ id: 't0', label: 'Intake', date: '2026-01' }));
    next = applied(next, removePerson('mum'));
    next = applied(next, takeSnapshot({ id: 't1', label: 'Evaluatie', date: '2026-06' }));
    return next;
  }

  it('removes the person and everything pointing at them from each snapshot that holds them', () => {
    const before = withHistory();
    const after = applied(before, eraseFromSnapshots('mum'));
    const state = after.snapshots[0]!.state;
    expect(state.persons.map((p) => p.id)).not.toContain('mum');
    expect(state.ties.some((t) => t.from === 'mum' || t.to === 'mum')).toBe(false);
    expect(state.parentChild.some((l) => l.parent === 'mum' || l.child === 'mum')).toBe(false);
    expect(state.partnerships.some((p) => p.a === 'mum' || p.b === 'mum')).toBe(false);
    expect(state.households.flatMap((h) => h.members)).not.toContain('mum');
    expect(state.plan!.actionTeam).not.toContain('mum');
    expect(state.plan!.actions[0]!.owners).toEqual(['dad']);
    expect(state.plan!.invitees.map((i) => i.id)).not.toContain('mum');
    // Children of the removed partnership keep their other parent's link, without the partnership.
    expect(state.parentChild.find((l) => l.id === 'l3')).toEqual({
      id: 'l3',
      parent: 'dad',
      child: 'sophia',
      kind: 'biological',
    });
    // A snapshot without mum is left as it was, and so is the live map.
    expect(after.snapshots[1]).toBe(before.snapshots[1]);
    expect(after.persons).toBe(before.persons);
    expect(JSON.stringify(after.snapshots)).not.toContain('"mum"');
  });

  it('erases an organisation too, and refuses the focus and someone no snapshot holds', () => {
    const before = withHistory();
    const after = applied(before, eraseFromSnapshots('gpo'));
    for (const s of after.snapshots) {
      expect(s.state.organisations.map((o) => o.id)).toEqual(['school']);
      expect(s.state.ties.some((t) => t.to === 'gpo')).toBe(false);
    }
    expectRefused(before, eraseFromSnapshots('sophia'), 'commands.eraseFocus');
    expectRefused(before, eraseFromSnapshots('nobody'), 'commands.notInSnapshots');
    expectRefused(doc, eraseFromSnapshots('mum'), 'commands.notInSnapshots');
  });
});

describe('snapshots and the document’s options and focus', () => {
  it('fewer rings or another sector preset repair the ties inside every snapshot too', () => {
    let next = applied(doc, setOptions({ rings: 4 }));
    next = applied(next, updateTie('t2', { ring: 4 }));
    next = applied(next, intake);
    const three = applied(next, setOptions({ rings: 3, sectors: 'lensink' }));
    const ties = three.snapshots[0]!.state.ties;
    expect(ties.find((t) => t.id === 't2')!.ring).toBe(3);
    expect(ties.find((t) => t.id === 't1')!.sector).toBeUndefined();
    expect(errorsOf(three)).toEqual([]);
  });

  it('the focus moves only to a person who is a live birth in every snapshot', () => {
    let next = applied(doc, addPerson({ id: 'new', name: 'Nieuw', gender: 'woman' }));
    next = applied(next, addTie({ id: 'tn', from: 'sophia', to: 'new' }));
    expect(applied(next, setFocus('new')).focus).toBe('new');
    const snapshotBefore = applied(
      applied(doc, intake),
      addPerson({ id: 'new', name: 'Nieuw', gender: 'woman' }),
    );
    expectRefused(snapshotBefore, setFocus('new'), 'commands.focusNotInSnapshot');
    expect(applied(snapshotBefore, setFocus('mum')).focus).toBe('mum');
  });

  it('snapshotDocument reads a snapshot as a document of its own, with the document’s focus and options', () => {
    const next = applied(applied(doc, intake), removePerson('fr'));
    const then = snapshotDocument(next, next.snapshots[0]!);
    expect(then.persons.map((p) => p.id)).toContain('fr');
    expect(then.focus).toBe(next.focus);
    expect(then.snapshots).toEqual([]);
    expect(errorsOf(then)).toEqual([]);
  });
});

describe('file size', () => {
  it('three snapshots of a 200-person network make the written file about five times as large, and read back', () => {
    let next = syntheticNetwork(200, 7);
    const bare = writeDocument(next).length;
    for (const [id, label] of [
      ['t0', 'Intake'],
      ['t1', 'Na netwerkberaad'],
      ['t2', 'Evaluatie'],
    ] as const)
      next = applied(next, takeSnapshot({ id, label, date: '2026-01-01' }));
    const text = writeDocument(next);
    // Measured: 104,968 → 525,447 bytes (5.0×; the copies are indented deeper than the live collections).
    expect(text.length / bare).toBeGreaterThan(4);
    expect(text.length / bare).toBeLessThan(5.5);
    const read = readDocument(text);
    expect(read.ok && read.document.snapshots.length).toBe(3);
  });
});
