import { networkStateOf } from '@kring/core';
import { describe, expect, it } from 'vitest';
import { pseudonymisedDocument } from './pseudonymised-document.js';
import { family } from './test-fixtures.js';

describe('pseudonymisedDocument (what the panels show in initials mode)', () => {
  const doc = family();
  doc.persons[1] = {
    ...doc.persons[1]!,
    notes: 'Belt elke week met Cor',
    occupation: 'verpleegkundige',
    location: 'Tilburg',
    conditions: [{ key: 'c1', label: 'astma van Anna', since: '2001' }],
  };
  doc.households = [{ id: 'h-1', members: ['p-tilda', 'p-anna'], current: true, label: 'Lindelaan 14' }];
  doc.plan = {
    goal: 'Tilda woont veilig bij Anna en Bram.',
    question: 'Hoe blijft Tilda in contact met Cor?',
    agreements: 'Anna belt Bram elke zondag.',
    meetingDate: '2024-05-01',
    actionTeam: ['p-anna', 'p-bram', 'p-cor'],
    invitees: [],
    actions: [
      { id: 'a-1', text: 'Opa Cor haalt Tilda op', owners: ['p-cor'], due: '2024-06', status: 'agreed' },
    ],
  };
  const shown = pseudonymisedDocument(doc);

  it('has no title, notes, places, occupations or household labels, and initials for names', () => {
    expect(shown.title).toBeUndefined();
    expect(shown.persons.map((p) => p.name)).toEqual(['T.', 'A.', 'B.', 'C.']);
    expect(shown.organisations[0]!.name).toBe('D.R.');
    expect(shown.persons[1]).not.toHaveProperty('notes');
    expect(shown.persons[1]).not.toHaveProperty('occupation');
    expect(shown.persons[1]).not.toHaveProperty('location');
    expect(shown.households[0]).toEqual({ id: 'h-1', members: ['p-tilda', 'p-anna'], current: true });
  });

  it('replaces names inside the goal, action texts and condition labels; keeps ids and dates for editing', () => {
    expect(shown.plan!.goal).toBe('T. woont veilig bij A. en B..');
    expect(shown.plan!.actions[0]).toEqual({
      id: 'a-1',
      text: 'Opa C. haalt T. op',
      owners: ['p-cor'],
      due: '2024-06',
      status: 'agreed',
    });
    expect(shown.plan!.meetingDate).toBe('2024-05-01');
    expect(shown.plan!.question).toBe('Hoe blijft T. in contact met C.?');
    expect(shown.plan).not.toHaveProperty('agreements');
    expect(shown.persons[1]!.conditions).toEqual([{ key: 'c1', label: 'astma van A.', since: '2001' }]);
    expect(shown.persons.map((p) => p.id)).toEqual(doc.persons.map((p) => p.id));
  });

  it('pseudonymises every snapshot by the same rule, keeping ids and dates', () => {
    const before = {
      ...family(),
      persons: [
        ...family().persons,
        { id: 'p-gerda', name: 'Gerda Smit', gender: 'woman' as const, notes: 'Buurvrouw van Tilda' },
      ],
    };
    const state = networkStateOf(before);
    const withSnapshot = {
      ...doc,
      snapshots: [{ id: 's-1', label: 'Intake bij Tilda', date: '2024-01-10', state }],
    };
    const [snapshot] = pseudonymisedDocument(withSnapshot).snapshots;
    expect(snapshot!.id).toBe('s-1');
    expect(snapshot!.date).toBe('2024-01-10');
    expect(snapshot!.label).toBe('Intake bij T.');
    expect(snapshot!.state.persons.map((p) => p.name)).toEqual(['T.', 'A.', 'B.', 'C.', 'G.S.']);
    expect(snapshot!.state.persons[4]).not.toHaveProperty('notes');
    expect(snapshot!.state.organisations[0]!.name).toBe('D.R.');
    expect(snapshot!.state.persons.map((p) => p.id)).toEqual(state.persons.map((p) => p.id));
    // The document itself keeps every name.
    expect(withSnapshot.snapshots[0]!.state.persons[4]!.name).toBe('Gerda Smit');
  });

  it('never changes the document', () => {
    expect(doc.title).toBe('Familie De Vries');
    expect(doc.plan!.goal).toBe('Tilda woont veilig bij Anna en Bram.');
  });
});
