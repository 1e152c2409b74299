import { describe, expect, it } from 'vitest';

import { addPerson, removePerson, updatePerson } from './persons.js';
import { addOrganisation, removeOrganisation, updateOrganisation } from './organisations.js';
import { applied, errorsOf, expectRefused, validFamily } from './test-support/expect-command.js';
import { moveNode } from './layout.js';
import { addMultipleBirth } from './multiple-births.js';
import { addTeamMember, addAction } from './plan.js';
import { addEmotional } from './emotional.js';

const doc = validFamily();

describe('person commands', () => {
  it('the family fixture is valid', () => {
    expect(errorsOf(doc)).toEqual([]);
  });

  it('adds a person', () => {
    const next = applied(doc, addPerson({ id: 'anna', name: 'Anna', gender: 'woman', birth: '1990' }));
    expect(next.persons.at(-1)).toEqual({ id: 'anna', name: 'Anna', gender: 'woman', birth: '1990' });
    expect(next.persons).toHaveLength(doc.persons.length + 1);
  });

  it('refuses bad new persons', () => {
    expectRefused(doc, addPerson({ id: 'dad', name: 'x', gender: 'man' }), 'commands.duplicateId');
    expectRefused(doc, addPerson({ id: 'school', name: 'x', gender: 'man' }), 'commands.duplicateId');
    expectRefused(doc, addPerson({ id: 'l3', name: 'x', gender: 'man' }), 'commands.duplicateId');
    expectRefused(doc, addPerson({ id: '', name: 'x', gender: 'man' }), 'commands.emptyId');
    expectRefused(doc, addPerson({ id: '__proto__', name: 'x', gender: 'man' }), 'commands.forbiddenId');
    expectRefused(
      doc,
      addPerson({ id: 'y', name: 'x', gender: 'man', birth: '1990-13' }),
      'commands.badDate',
    );
    expectRefused(
      doc,
      addPerson({ id: 'y', name: 'x', gender: 'man', birth: '1990', death: '1989' }),
      'commands.deathBeforeBirth',
    );
    expectRefused(
      doc,
      addPerson({ id: 'y', name: 'x', gender: 'man', death: '1989', lifeStatus: 'alive' }),
      'commands.deathButAlive',
    );
  });

  it('updates fields and clears optional ones with null', () => {
    const withBirth = applied(doc, updatePerson('tom', { name: 'Tom', birth: '2001-04' }));
    expect(withBirth.persons.find((p) => p.id === 'tom')).toEqual({
      id: 'tom',
      name: 'Tom',
      gender: 'unknown',
      birth: '2001-04',
    });
    const cleared = applied(withBirth, updatePerson('tom', { birth: null }));
    expect(cleared.persons.find((p) => p.id === 'tom')).toEqual({
      id: 'tom',
      name: 'Tom',
      gender: 'unknown',
    });
  });

  it('refuses updates that break an invariant', () => {
    expectRefused(doc, updatePerson('nobody', { name: 'x' }), 'commands.notFound');
    expectRefused(doc, updatePerson('tom', { birth: 'soon' }), 'commands.badDate');
    expectRefused(doc, updatePerson('tom', { birth: '2000', death: '1999' }), 'commands.deathBeforeBirth');
    // dad is a partner and parent; sophia the focus; fr a tie end; baby a household member
    for (const id of ['dad', 'sophia', 'fr', 'baby'])
      expectRefused(doc, updatePerson(id, { birthStatus: 'stillbirth' }), 'commands.stillNeededAsLiveBirth');
  });

  it('lets a person who plays no live-birth role become a pregnancy', () => {
    const next = applied(doc, updatePerson('lisa', { birthStatus: 'pregnancy' }));
    expect(next.persons.find((p) => p.id === 'lisa')?.birthStatus).toBe('pregnancy');
  });

  it('removes a person and everything that points at them in one step', () => {
    let d = applied(doc, moveNode('genogram', 'mum', { x: 1, y: 2 }));
    d = applied(d, addTeamMember('mum'));
    d = applied(d, addTeamMember('dad'));
    d = applied(d, addAction({ id: 'a1', text: 'Bellen', owners: ['mum', 'dad'], status: 'agreed' }));
    d = applied(d, addEmotional({ id: 'e1', a: 'mum', b: 'tom', kind: 'close' }));
    d = applied(d, addMultipleBirth({ id: 'mb', members: ['fk', 'fr', 'mum'], zygosity: 'unknown' }));
    const next = applied(d, removePerson('mum'));
    expect(next.persons.some((p) => p.id === 'mum')).toBe(false);
    expect(next.partnerships.map((p) => p.id)).toEqual(['pg', 'pe', 'pn']);
    // links of mum go; children of the removed partnership pm keep dad's link without `partnership`
    expect(next.parentChild.filter((l) => l.child === 'sophia')).toEqual([
      { id: 'l3', parent: 'dad', child: 'sophia', kind: 'biological' },
    ]);
    expect(next.parentChild.some((l) => l.parent === 'mum')).toBe(false);
    expect(next.multipleBirths).toEqual([{ id: 'mb', members: ['fk', 'fr'], zygosity: 'unknown' }]);
    expect(next.households.find((h) => h.id === 'h-old')?.members).toEqual(['sophia', 'dad']);
    expect(next.emotional).toEqual([]);
    expect(next.ties.some((t) => t.from === 'mum' || t.to === 'mum')).toBe(false);
    expect(next.plan?.actionTeam).toEqual(['dad']);
    expect(next.plan?.actions[0]?.owners).toEqual(['dad']);
    expect(next.layouts.genogram?.positions).toEqual({});
  });

  it('drops multiple births and households that become too small', () => {
    let d = applied(doc, addMultipleBirth({ id: 'mb', members: ['fk', 'fr'], zygosity: 'dizygotic' }));
    d = applied(d, removePerson('fr'));
    expect(d.multipleBirths).toEqual([]);
    const lonely = applied(doc, removePerson('nm'));
    expect(lonely.parentChild.some((l) => l.parent === 'nm')).toBe(false);
  });

  it('refuses to remove the focus or an unknown person', () => {
    expectRefused(doc, removePerson('sophia'), 'commands.removeFocus');
    expectRefused(doc, removePerson('school'), 'commands.notFound');
  });
});

describe('organisation commands', () => {
  it('adds, updates and removes an organisation with its ties', () => {
    const added = applied(doc, addOrganisation({ id: 'bso', name: 'BSO', category: 'childcare' }));
    expect(added.organisations.at(-1)?.id).toBe('bso');
    const updated = applied(added, updateOrganisation('bso', { name: 'BSO De Boom', notes: 'na school' }));
    expect(updated.organisations.at(-1)).toEqual({
      id: 'bso',
      name: 'BSO De Boom',
      category: 'childcare',
      notes: 'na school',
    });
    const removed = applied(doc, removeOrganisation('gpo'));
    expect(removed.ties.map((t) => t.id)).toEqual(['t1', 't2', 't3', 't5', 't7', 't8', 't9']);
  });
  it('refuses duplicates and unknown ids', () => {
    expectRefused(doc, addOrganisation({ id: 'mum', name: 'x', category: 'other' }), 'commands.duplicateId');
    expectRefused(doc, updateOrganisation('mum', { name: 'x' }), 'commands.notFound');
    expectRefused(doc, removeOrganisation('mum'), 'commands.notFound');
  });
});
