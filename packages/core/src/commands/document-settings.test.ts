import { describe, expect, it } from 'vitest';
import { setFocus, setOptions, setReferenceDate, setTitle } from './document-settings.js';
import { moveNode, unpinNode } from './layout.js';
import {
  addAction,
  addTeamMember,
  clearGoal,
  removeAction,
  removePlan,
  removeTeamMember,
  setGoal,
  setMeetingDate,
  updateAction,
} from './plan.js';
import { addPerson, updatePerson } from './persons.js';
import { applyCommand } from './apply-command.js';
import type { Command } from './command.js';
import { applied, expectRefused, validFamily } from './test-support/expect-command.js';

const doc = validFamily();
const pregnant = applied(doc, updatePerson('lisa', { birthStatus: 'pregnancy' }));

describe('plan commands', () => {
  it('creates the plan on first use and edits it', () => {
    let d = applied(doc, setMeetingDate('2022-04-01'));
    expect(d.plan).toEqual({
      goal: '',
      meetingDate: '2022-04-01',
      actionTeam: [],
      invitees: [],
      actions: [],
    });
    d = applied(d, setGoal('Sophia woont veilig thuis'));
    d = applied(d, addTeamMember('mum'));
    d = applied(d, addTeamMember('noah'));
    d = applied(
      d,
      addAction({ id: 'a1', text: 'Oppas regelen', owners: ['mum'], status: 'proposed', due: '2022-05' }),
    );
    d = applied(d, updateAction('a1', { status: 'agreed', due: null, support: 'practical' }));
    expect(d.plan?.actions).toEqual([
      { id: 'a1', text: 'Oppas regelen', owners: ['mum'], status: 'agreed', support: 'practical' },
    ]);
    d = applied(d, removeTeamMember('mum'));
    d = applied(d, setMeetingDate(null));
    d = applied(d, clearGoal());
    expect(d.plan).toEqual({ goal: '', actionTeam: ['noah'], invitees: [], actions: d.plan!.actions });
    d = applied(d, removeAction('a1'));
    expect(d.plan?.actions).toEqual([]);
    d = applied(d, removePlan());
    expect(d.plan).toBeNull();
  });
  it('refuses bad plan edits', () => {
    expectRefused(doc, clearGoal(), 'commands.noPlan');
    expectRefused(doc, removePlan(), 'commands.noPlan');
    expectRefused(doc, setMeetingDate(null), 'commands.noPlan');
    expectRefused(doc, removeTeamMember('mum'), 'commands.noPlan');
    expectRefused(doc, setMeetingDate('april'), 'commands.badDate');
    expectRefused(doc, addTeamMember('school'), 'commands.notAPerson');
    expectRefused(pregnant, addTeamMember('lisa'), 'commands.notLiveBirth');
    const d = applied(doc, addTeamMember('mum'));
    expectRefused(d, addTeamMember('mum'), 'commands.duplicateMember');
    expectRefused(d, removeTeamMember('dad'), 'commands.notAMember');
    const a = { id: 'a1', text: 'x', owners: ['mum'], status: 'proposed' as const };
    expectRefused(d, addAction({ ...a, id: 'mum' }), 'commands.duplicateId');
    // Owners may be persons or organisations (format version 2), nothing else.
    expect(applied(d, addAction({ ...a, owners: ['mum', 'gpo'] })).plan?.actions[0]?.owners).toEqual([
      'mum',
      'gpo',
    ]);
    expectRefused(d, addAction({ ...a, owners: ['pm'] }), 'commands.notAPersonOrOrganisation');
    expectRefused(d, addAction({ ...a, owners: ['nobody'] }), 'commands.notFound');
    expectRefused(d, addAction({ ...a, owners: ['mum', 'mum'] }), 'commands.duplicateMember');
    expectRefused(d, addAction({ ...a, due: 'later' }), 'commands.badDate');
    expectRefused(d, updateAction('a9', { text: 'y' }), 'commands.notFound');
    expectRefused(d, removeAction('a9'), 'commands.notFound');
    // action ids share the document's id space
    const withAction = applied(d, addAction(a));
    expectRefused(withAction, addPerson({ id: 'a1', name: 'x', gender: 'man' }), 'commands.duplicateId');
  });
});

describe('document settings commands', () => {
  it('sets and clears title and reference date', () => {
    let d = applied(doc, setTitle('Netwerk van Sophia'));
    d = applied(d, setReferenceDate('2022-03-01'));
    expect([d.title, d.referenceDate]).toEqual(['Netwerk van Sophia', '2022-03-01']);
    d = applied(d, setTitle(null));
    d = applied(d, setReferenceDate(null));
    expect(d).toEqual(doc);
    expectRefused(doc, setReferenceDate('2022-02-30'), 'commands.badDate');
  });
  it('moves the focus to a live-born person', () => {
    expect(applied(doc, setFocus('tom')).focus).toBe('tom');
    expectRefused(doc, setFocus('school'), 'commands.notAPerson');
    expectRefused(pregnant, setFocus('lisa'), 'commands.notLiveBirth');
  });
  it('sets options and repairs rings and sectors that no longer fit', () => {
    let d = applied(doc, setOptions({ rings: 4, symbols: 'nsgc' }));
    d = applied(d, updatePerson('tom', { name: 'Tom' }));
    const ties = d.ties.map((t) => (t.id === 't3' ? { ...t, ring: 4 } : t));
    d = { ...d, ties };
    const back = applied(d, setOptions({ rings: 3, sectors: 'lensink' }));
    expect(back.options).toEqual({ symbols: 'nsgc', deathMark: 'x', rings: 3, sectors: 'lensink' });
    expect(back.ties.find((t) => t.id === 't3')?.ring).toBe(3);
    expect(back.ties.find((t) => t.id === 't1')).toEqual({ id: 't1', from: 'sophia', to: 'fr', ring: 1 });
    expectRefused(doc, setOptions({ rings: 5 as never }), 'commands.badOption');
    expectRefused(doc, setOptions({ sectors: 'mine' as never }), 'commands.badOption');
  });
});

describe('layout commands', () => {
  it('pins and unpins nodes per view', () => {
    let d = applied(doc, moveNode('sociogram', 'gpo', { x: 10, y: -5 }));
    d = applied(d, moveNode('sociogram', 'gpo', { x: 12, y: -5 }));
    expect(d.layouts.sociogram?.positions).toEqual({ gpo: { x: 12, y: -5 } });
    d = applied(d, unpinNode('sociogram', 'gpo'));
    expect(d.layouts.sociogram?.positions).toEqual({});
  });
  it('refuses unknown ids, views and points', () => {
    expectRefused(doc, moveNode('genogram', 'ghost', { x: 0, y: 0 }), 'commands.notFound');
    expectRefused(doc, moveNode('map' as never, 'mum', { x: 0, y: 0 }), 'commands.badView');
    expectRefused(doc, moveNode('genogram', 'mum', { x: Number.NaN, y: 0 }), 'commands.badPosition');
    expectRefused(doc, unpinNode('genogram', 'mum'), 'commands.notPinned');
    expectRefused(doc, unpinNode('x' as never, 'mum'), 'commands.badView');
  });
});

describe('applyCommand', () => {
  it('refuses unknown command types without throwing', () => {
    const result = applyCommand(doc, { type: 'person.explode' } as unknown as Command);
    expect(result).toEqual({
      ok: false,
      reason: { key: 'commands.unknownCommand', params: { type: 'person.explode' } },
      path: ['type'],
    });
    expect(applyCommand(doc, null as unknown as Command).ok).toBe(false);
  });
  it('leaves the input document untouched and shares what did not change', () => {
    const result = applyCommand(doc, setTitle('x'));
    expect(doc.title).toBeUndefined();
    expect(result.ok && result.document.persons).toBe(doc.persons);
  });
});
