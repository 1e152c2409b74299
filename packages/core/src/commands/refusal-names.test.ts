import { describe, expect, it } from 'vitest';

import { t } from '../i18n/translate.js';
import type { KringDocument } from '../model/types.js';
import { applyCommand } from './apply-command.js';
import type { Command } from './command.js';
import { addEmotional } from './emotional.js';
import { addHouseholdMember, removeHouseholdMember } from './households.js';
import { nameOf } from './lookup.js';
import { linkParent } from './parent-child.js';
import { addPartnership } from './partnerships.js';
import { removePerson, updatePerson } from './persons.js';
import { addTeamMember } from './plan.js';
import { validFamily } from './test-support/valid-family.js';
import { addTie } from './ties.js';
import { unpinNode } from './layout.js';

/** The family with names that differ from the ids: "Sophia Jansen" for `sophia`, and so on. */
function namedFamily(): KringDocument {
  const doc = validFamily();
  const named = (id: string) => `${id.charAt(0).toUpperCase()}${id.slice(1)} Jansen`;
  return {
    ...doc,
    persons: doc.persons.map((p) => ({ ...p, name: named(p.id) })),
    plan: { goal: '', actionTeam: ['mum'], invitees: [], actions: [] },
  };
}

const doc = namedFamily();

function refusal(command: Command): { en: string; nl: string } {
  const result = applyCommand(doc, command);
  if (result.ok) throw new Error(`not refused: ${command.type}`);
  const { key, params } = result.reason;
  return { en: t('en', key, params), nl: t('nl', key, params) };
}

describe('refusals name people, never ids', () => {
  const cases: [string, Command, string[], string[]][] = [
    ['removing the focus', removePerson('sophia'), ['Sophia Jansen'], ['sophia']],
    ['a line to oneself', addTie({ id: 'tx', from: 'noah', to: 'noah' }), ['Noah Jansen'], ['noah']],
    [
      'a relationship with oneself',
      addPartnership({ id: 'px', a: 'tom', b: 'tom', type: 'marriage', events: [] }),
      ['Tom Jansen'],
      ['tom'],
    ],
    [
      'an emotional line to oneself',
      addEmotional({ id: 'ex1', a: 'lisa', b: 'lisa', kind: 'close' }),
      ['Lisa Jansen'],
      ['lisa'],
    ],
    [
      'a third biological parent',
      linkParent({ id: 'lx', parent: 'gp1', child: 'sophia', kind: 'biological' }),
      ['Sophia Jansen'],
      ['sophia'],
    ],
    [
      'a parent cycle',
      linkParent({ id: 'lx', parent: 'baby', child: 'gp1', kind: 'biological' }),
      ['Baby Jansen', 'Gp1 Jansen'],
      ['baby', 'gp1'],
    ],
    [
      'a parent outside the relationship',
      linkParent({ id: 'lx', parent: 'ex', child: 'fk', kind: 'biological', partnership: 'pm' }),
      ['Ex Jansen', 'Dad Jansen & Mum Jansen'],
      ['ex', 'pm'],
    ],
    ['a household member twice', addHouseholdMember('h-now', 'noah'), ['Noah Jansen'], ['noah']],
    ['a household member who is not one', removeHouseholdMember('h-now', 'dad'), ['Dad Jansen'], ['dad']],
    ['a team member twice', addTeamMember('mum'), ['Mum Jansen'], ['mum']],
    ['an organisation where a person is needed', addTeamMember('school'), ['School'], ['school']],
    [
      'a needed person who is no longer a live birth',
      updatePerson('noah', { birthStatus: 'miscarriage' }),
      ['Noah Jansen'],
      ['noah'],
    ],
    ['unpinning what is not pinned', unpinNode('genogram', 'tom'), ['Tom Jansen'], ['tom']],
  ];

  it.each(cases)('%s', (_what, command, names, ids) => {
    for (const text of Object.values(refusal(command))) {
      for (const name of names) expect(text).toContain(name);
      // An id shows only as part of a name ("Tom Jansen" holds "Tom", never the id "tom" on its own).
      for (const id of ids) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
    }
  });

  it('keeps the id of something that is not there out of the text', () => {
    const result = applyCommand(doc, removePerson('ghost'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.key).toBe('commands.notFound');
    expect(t('en', result.reason.key, result.reason.params)).not.toContain('ghost');
  });

  it('names an unnamed person with a question mark', () => {
    const unnamed = { ...doc, persons: doc.persons.map((p) => (p.id === 'tom' ? { ...p, name: ' ' } : p)) };
    expect(nameOf(unnamed, 'tom')).toBe('?');
    expect(nameOf(unnamed, 'pm')).toBe('Dad Jansen & Mum Jansen');
    expect(nameOf(unnamed, 'h-now')).toBe('?');
  });
});
