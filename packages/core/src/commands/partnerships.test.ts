import { describe, expect, it } from 'vitest';
import {
  addPartnership,
  addPartnershipEvent,
  movePartnershipEvent,
  removePartnership,
  removePartnershipEvent,
  updatePartnership,
  updatePartnershipEvent,
} from './partnerships.js';
import { updatePerson } from './persons.js';
import { applied, expectRefused, validFamily } from './test-support/expect-command.js';

const doc = validFamily();
const events = (d: typeof doc, id: string) => d.partnerships.find((p) => p.id === id)?.events;

describe('partnership commands', () => {
  it('adds a partnership', () => {
    const next = applied(
      doc,
      addPartnership({
        id: 'p2',
        a: 'ex',
        b: 'fr',
        type: 'dating',
        events: [{ kind: 'started', date: '2010' }],
      }),
    );
    expect(next.partnerships.at(-1)?.id).toBe('p2');
  });

  it('refuses bad partnerships', () => {
    const p = { id: 'p2', a: 'ex', b: 'fr', type: 'dating' as const, events: [] };
    expectRefused(doc, addPartnership({ ...p, id: 'pm' }), 'commands.duplicateId');
    expectRefused(doc, addPartnership({ ...p, b: 'ex' }), 'commands.selfLink');
    expectRefused(doc, addPartnership({ ...p, b: 'school' }), 'commands.notAPerson');
    expectRefused(doc, addPartnership({ ...p, b: 'ghost' }), 'commands.notFound');
    expectRefused(
      doc,
      addPartnership({ ...p, events: [{ kind: 'divorced' }] }),
      'commands.eventNeedsMarriage',
    );
    const pregnant = applied(doc, updatePerson('lisa', { birthStatus: 'pregnancy' }));
    expectRefused(pregnant, addPartnership({ ...p, b: 'lisa' }), 'commands.notLiveBirth');
  });

  it('updates type and consanguinity', () => {
    const next = applied(doc, updatePartnership('pe', { type: 'marriage', consanguineous: true }));
    expect(next.partnerships[1]).toEqual({
      id: 'pe',
      a: 'ex',
      b: 'dad',
      type: 'marriage',
      events: [],
      consanguineous: true,
    });
    expectRefused(doc, updatePartnership('l1', { type: 'marriage' }), 'commands.notFound');
  });

  it('removes a partnership and clears the children’s partnership field', () => {
    const next = applied(doc, removePartnership('pe'));
    expect(next.partnerships.map((p) => p.id)).toEqual(['pg', 'pm', 'pn']);
    expect(next.parentChild.filter((l) => l.child === 'lisa')).toEqual([
      { id: 'l7', parent: 'dad', child: 'lisa', kind: 'biological' },
      { id: 'l8', parent: 'ex', child: 'lisa', kind: 'biological' },
    ]);
    expectRefused(doc, removePartnership('nope'), 'commands.notFound');
  });
});

describe('partnership event commands', () => {
  it('adds, updates, moves and removes events', () => {
    let d = applied(doc, addPartnershipEvent('pm', { kind: 'started', date: '1995' }, 0));
    expect(events(d, 'pm')).toEqual([
      { kind: 'started', date: '1995' },
      { kind: 'married', date: '2000' },
    ]);
    d = applied(d, addPartnershipEvent('pm', { kind: 'separated', date: '2010' }));
    d = applied(d, addPartnershipEvent('pm', { kind: 'divorced', date: '2012' }));
    d = applied(d, updatePartnershipEvent('pm', 3, { kind: 'divorced', date: '2013-05' }));
    expect(events(d, 'pm')?.at(-1)).toEqual({ kind: 'divorced', date: '2013-05' });
    d = applied(d, removePartnershipEvent('pm', 2));
    expect(events(d, 'pm')?.map((e) => e.kind)).toEqual(['started', 'married', 'divorced']);
    const undated = applied(doc, addPartnershipEvent('pn', { kind: 'started' }));
    const withCohab = applied(undated, addPartnershipEvent('pn', { kind: 'cohabiting' }));
    const moved = applied(withCohab, movePartnershipEvent('pn', 1, 0));
    expect(events(moved, 'pn')?.map((e) => e.kind)).toEqual(['cohabiting', 'started']);
  });

  it('refuses event orders that break invariant 4', () => {
    expectRefused(doc, addPartnershipEvent('pn', { kind: 'separated' }), 'commands.eventNeedsStart');
    expectRefused(doc, addPartnershipEvent('pn', { kind: 'divorced' }), 'commands.eventNeedsMarriage');
    expectRefused(
      doc,
      addPartnershipEvent('pm', { kind: 'reconciled' }),
      'commands.reconcileNeedsSeparation',
    );
    expectRefused(
      doc,
      addPartnershipEvent('pm', { kind: 'separated', date: '1999' }),
      'commands.eventsOutOfOrder',
    );
    expectRefused(
      doc,
      addPartnershipEvent('pm', { kind: 'separated', date: '1999-02-30' }),
      'commands.badDate',
    );
    const d = applied(doc, addPartnershipEvent('pm', { kind: 'divorced', date: '2005' }));
    expectRefused(d, removePartnershipEvent('pm', 0), 'commands.eventNeedsMarriage');
    expectRefused(d, movePartnershipEvent('pm', 1, 0), 'commands.eventNeedsMarriage');
    expectRefused(
      d,
      updatePartnershipEvent('pm', 0, { kind: 'started', date: '2000' }),
      'commands.eventNeedsMarriage',
    );
  });

  it('refuses bad indices and unknown partnerships', () => {
    expectRefused(doc, addPartnershipEvent('pm', { kind: 'started' }, 5), 'commands.badIndex');
    expectRefused(doc, updatePartnershipEvent('pm', 1, { kind: 'started' }), 'commands.badIndex');
    expectRefused(doc, removePartnershipEvent('pm', -1), 'commands.badIndex');
    expectRefused(doc, movePartnershipEvent('pm', 0, 1), 'commands.badIndex');
    expectRefused(doc, addPartnershipEvent('l1', { kind: 'started' }), 'commands.notFound');
  });
});
