import { describe, expect, it } from 'vitest';
import type { KringDocument } from '../model/types.js';
import { applyCommand } from './apply-command.js';
import { setContact } from './contact.js';
import { removeOrganisation } from './organisations.js';
import { removePerson } from './persons.js';
import {
  addAction,
  addInvitee,
  removeInvitee,
  setAgreements,
  setEvaluationDate,
  setGoal,
  setInviteeStatus,
  setQuestion,
  updateAction,
} from './plan.js';
import { applied, expectRefused, validFamily } from './test-support/expect-command.js';

const doc = validFamily();

/** `doc` with a plan (goal only). */
const withPlan = (): KringDocument => applied(doc, setGoal('Sophia gaat weer naar school'));

describe('plan commands of format version 2', () => {
  it('sets and clears the central question, creating the plan when there is none', () => {
    const next = applied(doc, setQuestion('Hoe krijgt Sophia rust?'));
    expect(next.plan).toEqual({
      goal: '',
      question: 'Hoe krijgt Sophia rust?',
      actionTeam: [],
      invitees: [],
      actions: [],
    });
    expect(applied(next, setQuestion(null)).plan).not.toHaveProperty('question');
    expectRefused(doc, setQuestion(null), 'commands.noPlan');
  });

  it('sets and clears the evaluation date, refusing what is not a partial date', () => {
    const next = applied(withPlan(), setEvaluationDate('~2026-09'));
    expect(next.plan?.evaluationDate).toBe('~2026-09');
    expect(applied(next, setEvaluationDate(null)).plan).not.toHaveProperty('evaluationDate');
    expectRefused(withPlan(), setEvaluationDate('2026-13'), 'commands.badDate');
    expectRefused(doc, setEvaluationDate(null), 'commands.noPlan');
  });

  it('sets and clears the agreements', () => {
    const next = applied(withPlan(), setAgreements('Elke maandag bellen.\nGeen geld lenen.'));
    expect(next.plan?.agreements).toBe('Elke maandag bellen.\nGeen geld lenen.');
    expect(applied(next, setAgreements(null)).plan).not.toHaveProperty('agreements');
    expectRefused(doc, setAgreements(null), 'commands.noPlan');
  });

  it('invites persons and organisations once each, sets their status and removes them', () => {
    let next = applied(doc, addInvitee('mum'));
    next = applied(next, addInvitee('school', 'confirmed'));
    expect(next.plan?.invitees).toEqual([
      { id: 'mum', status: 'invited' },
      { id: 'school', status: 'confirmed' },
    ]);
    next = applied(next, setInviteeStatus('mum', 'attended'));
    expect(next.plan?.invitees[0]).toEqual({ id: 'mum', status: 'attended' });
    expectRefused(next, addInvitee('mum'), 'commands.duplicateMember');
    expectRefused(next, addInvitee('nobody'), 'commands.notFound');
    expectRefused(next, addInvitee('pm'), 'commands.notAPersonOrOrganisation');
    expectRefused(next, setInviteeStatus('dad', 'declined'), 'commands.notAMember');
    expectRefused(doc, setInviteeStatus('dad', 'declined'), 'commands.noPlan');
    expectRefused(next, removeInvitee('dad'), 'commands.notAMember');
    next = applied(next, removeInvitee('mum'));
    expect(next.plan?.invitees).toEqual([{ id: 'school', status: 'confirmed' }]);
  });

  it('refuses an invitee status outside the format, and an invitee without a status', () => {
    const plan = applied(doc, addInvitee('mum'));
    const bad = applyCommand(plan, { ...setInviteeStatus('mum', 'invited'), status: 'maybe' } as never);
    expect(bad.ok ? 'applied' : bad.reason.key).toBe('commands.wrongValue');
    const incomplete = applyCommand(doc, { type: 'plan.invitee.add', invitee: { id: 'mum' } } as never);
    expect(incomplete.ok ? 'applied' : incomplete.reason.key).toBe('commands.missingValue');
  });

  it('removing an invited person or organisation takes them off the invitees, and undo brings them back', () => {
    let next = applied(doc, addInvitee('fr'));
    next = applied(next, addInvitee('gpo'));
    expect(applied(next, removePerson('fr')).plan?.invitees).toEqual([{ id: 'gpo', status: 'invited' }]);
    expect(applied(next, removeOrganisation('gpo')).plan?.invitees).toEqual([
      { id: 'fr', status: 'invited' },
    ]);
  });

  it('action owners may be organisations, outside the action team, each at most once', () => {
    let next = applied(
      doc,
      addAction({ id: 'a1', text: 'Huiswerkhulp regelen', owners: ['school', 'fr'], status: 'agreed' }),
    );
    expect(next.plan?.actions[0]?.owners).toEqual(['school', 'fr']);
    expect(next.plan?.actionTeam).toEqual([]);
    next = applied(next, updateAction('a1', { owners: ['gpo'] }));
    expect(next.plan?.actions[0]?.owners).toEqual(['gpo']);
    expectRefused(next, updateAction('a1', { owners: ['gpo', 'gpo'] }), 'commands.duplicateMember');
    expectRefused(next, updateAction('a1', { owners: ['h-now'] }), 'commands.notAPersonOrOrganisation');
    expect(applied(next, removeOrganisation('gpo')).plan?.actions[0]?.owners).toEqual([]);
  });
});

describe('person.contact.set', () => {
  it('sets a contact, leaving blank fields out, and clears it', () => {
    let next = applied(doc, setContact('mum', { phone: '06 1234 5678', email: ' ', note: 'na 17 uur' }));
    expect(next.persons.find((p) => p.id === 'mum')?.contact).toEqual({
      phone: '06 1234 5678',
      note: 'na 17 uur',
    });
    next = applied(next, setContact('mum', { email: 'mam@example.org' }));
    expect(next.persons.find((p) => p.id === 'mum')?.contact).toEqual({ email: 'mam@example.org' });
    next = applied(next, setContact('mum', { phone: '' }));
    expect(next.persons.find((p) => p.id === 'mum')).not.toHaveProperty('contact');
    expectRefused(next, setContact('mum', null), 'commands.noContact');
  });

  it('refuses organisations, unknown ids and contacts of the wrong shape', () => {
    expectRefused(doc, setContact('school', { phone: '1' }), 'commands.notAPerson');
    expectRefused(doc, setContact('nobody', { phone: '1' }), 'commands.notFound');
    const bad = applyCommand(doc, { ...setContact('mum', null), contact: { phone: 6 } } as never);
    expect(bad.ok ? 'applied' : bad.reason.key).toBe('commands.wrongValue');
  });
});
