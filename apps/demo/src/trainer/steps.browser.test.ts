import { readDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { describe, expect, test } from 'vitest';
import { stepText } from './step-text.js';
import { shownAfter, trainerSteps } from './steps.js';

function doc(partial: Partial<KringDocument>): KringDocument {
  return {
    format: 'kring',
    version: 2,
    focus: 'f',
    options: { symbols: 'mcgoldrick', deathMark: 'x', rings: 3, sectors: 'default' },
    persons: [],
    organisations: [],
    partnerships: [],
    parentChild: [],
    multipleBirths: [],
    households: [],
    emotional: [],
    ties: [],
    plan: null,
    snapshots: [],
    layouts: {},
    ...partial,
  };
}
const person = (id: string, name = id) => ({ id, name, gender: 'unknown' as const });

/** A focus living with an aunt; the aunt's parents (grandparents) and the focus's mother; a school and a friend. */
const family = doc({
  persons: [
    person('friend'),
    person('grandma'),
    person('mother'),
    person('f', 'Noor Verhoeven'),
    person('aunt', 'Marieke'),
    person('grandpa'),
    person('loner'),
  ],
  organisations: [{ id: 'school', name: 'School', category: 'school' }],
  partnerships: [{ id: 'gp', a: 'grandpa', b: 'grandma', type: 'marriage', events: [] }],
  parentChild: [
    { id: 'pc1', parent: 'grandma', child: 'mother', kind: 'biological', partnership: 'gp' },
    { id: 'pc2', parent: 'grandpa', child: 'mother', kind: 'biological', partnership: 'gp' },
    { id: 'pc3', parent: 'grandma', child: 'aunt', kind: 'biological', partnership: 'gp' },
    { id: 'pc4', parent: 'grandpa', child: 'aunt', kind: 'biological', partnership: 'gp' },
    { id: 'pc5', parent: 'mother', child: 'f', kind: 'biological' },
  ],
  households: [{ id: 'h', members: ['f', 'aunt'], current: true }],
  emotional: [{ id: 'e', a: 'f', b: 'mother', kind: 'close' }],
  ties: [
    { id: 't-school', from: 'f', to: 'school', ring: 3 },
    { id: 't-friend', from: 'f', to: 'friend', ring: 1 },
    { id: 't-aunt', from: 'f', to: 'aunt', ring: 1 },
    { id: 't-free', from: 'f', to: 'grandma' },
  ],
  plan: { goal: 'Noor woont veilig.', actionTeam: ['aunt', 'grandma'], invitees: [], actions: [] },
});

describe('trainerSteps', () => {
  const steps = trainerSteps(family);

  test('focus, household, family by generation, ties inner ring first, others, plan', () => {
    expect(steps.map((s) => `${s.kind}:${'subject' in s ? s.subject : ''}`)).toEqual([
      'focus:f',
      'household:aunt',
      'family:grandma', // generation -2, document order before grandpa
      'family:grandpa',
      'family:mother', // generation -1
      'tie:friend', // ring 1, first in the document
      'tie:aunt', // ring 1, already shown: the tie alone
      'tie:school', // ring 3
      'tie:grandma', // no ring: last
      'other:loner',
      'plan:f',
    ]);
  });

  test('relations appear as soon as all their ends are shown', () => {
    const byKind = Object.fromEntries(
      steps.map((s) => [`${s.kind}:${'subject' in s ? s.subject : ''}`, s.reveal]),
    );
    expect(byKind['household:aunt']).toEqual(['aunt', 'h']);
    expect(byKind['family:grandma']).toEqual(['grandma', 'pc3']);
    expect(byKind['family:grandpa']).toEqual(['grandpa', 'gp', 'pc4']);
    expect(byKind['family:mother']).toEqual(['mother', 'pc1', 'pc2', 'pc5', 'e']);
    expect(byKind['tie:friend']).toEqual(['friend', 't-friend']);
    expect(byKind['tie:aunt']).toEqual(['t-aunt']);
    expect(byKind['plan:f']).toEqual([]);
  });

  test('every entity and relation is revealed exactly once', () => {
    const all = steps.flatMap((s) => s.reveal);
    expect(new Set(all).size).toBe(all.length);
    const expected = [
      ...family.persons,
      ...family.organisations,
      ...family.partnerships,
      ...family.parentChild,
      ...family.households,
      ...family.emotional,
      ...family.ties,
    ].map((x) => x.id);
    expect([...all].sort()).toEqual([...expected].sort());
    expect(shownAfter(steps, steps.length - 1).size).toBe(expected.length);
  });

  test('shownAfter accumulates the reveals up to a step', () => {
    expect([...shownAfter(steps, 0)]).toEqual(['f']);
    expect([...shownAfter(steps, 1)]).toEqual(['f', 'aunt', 'h']);
    expect(shownAfter(steps, -1).size).toBe(0);
  });

  test('a document without plan has no plan step; a missing focus gives no steps', () => {
    expect(trainerSteps(doc({ persons: [person('f')] })).map((s) => s.kind)).toEqual(['focus']);
    expect(trainerSteps(doc({ focus: 'nobody', persons: [person('f')] }))).toEqual([]);
  });

  test('the example cases step through every person and tie', () => {
    for (const example of EXAMPLES) {
      const read = readDocument(example.document);
      if (!read.ok) throw new Error(`${example.slug} does not read`);
      const d = read.document;
      const s = trainerSteps(d);
      const revealed = shownAfter(s, s.length - 1);
      for (const p of d.persons) expect(revealed.has(p.id), `${example.slug} ${p.id}`).toBe(true);
      for (const tie of d.ties) expect(revealed.has(tie.id), `${example.slug} ${tie.id}`).toBe(true);
      expect(s[0]?.kind).toBe('focus');
      expect(s.at(-1)?.kind).toBe(d.plan ? 'plan' : s.at(-1)?.kind);
    }
  });
});

describe('stepText', () => {
  const steps = trainerSteps(family);
  test('tells the story in Dutch and English, with names or initials', () => {
    expect(stepText(steps[0]!, family, 'nl')).toBe('Om Noor Verhoeven draait deze kaart.');
    expect(stepText(steps[0]!, family, 'en', true)).toBe('N.V. is the person this map is about.');
    expect(stepText(steps[2]!, family, 'en')).toBe('grandma — family, two or more generations up.');
    expect(stepText(steps[6]!, family, 'nl')).toBe('Marieke — band met Noor Verhoeven, ring 1.');
    expect(stepText(steps[8]!, family, 'en')).toBe('grandma — tie with Noor Verhoeven.');
    expect(stepText(steps.at(-1)!, family, 'en')).toBe(
      'The plan: Noor woont veilig. Action team: Marieke, grandma',
    );
    expect(stepText(steps.at(-1)!, family, 'nl', true)).toBe(
      'Het toekomstplan is gemaakt. Actieteam: M., g.',
    );
  });
});
