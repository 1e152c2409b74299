import { describe, expect, it } from 'vitest';
import { addMultipleBirth, removeMultipleBirth, updateMultipleBirth } from './multiple-births.js';
import { linkParent, unlinkParent, updateParentLink } from './parent-child.js';
import { addPerson, updatePerson } from './persons.js';
import { applied, expectRefused, validFamily } from './test-support/expect-command.js';

const doc = validFamily();

describe('parent-child commands', () => {
  it('links a parent', () => {
    const next = applied(
      doc,
      linkParent({ id: 'l20', parent: 'ex', child: 'fk', kind: 'foster', from: '2015' }),
    );
    expect(next.parentChild.at(-1)).toEqual({
      id: 'l20',
      parent: 'ex',
      child: 'fk',
      kind: 'foster',
      from: '2015',
    });
  });

  it('refuses links that break an invariant', () => {
    const l = { id: 'l20', parent: 'ex', child: 'fk', kind: 'biological' as const };
    expectRefused(doc, linkParent({ ...l, id: 'l1' }), 'commands.duplicateId');
    expectRefused(doc, linkParent({ ...l, child: 'ex' }), 'commands.selfLink');
    expectRefused(doc, linkParent({ ...l, parent: 'school' }), 'commands.notAPerson');
    expectRefused(doc, linkParent({ ...l, child: 'ghost' }), 'commands.notFound');
    expectRefused(doc, linkParent({ ...l, child: 'sophia' }), 'commands.thirdBiologicalParent');
    expectRefused(doc, linkParent({ ...l, parent: 'baby', child: 'gp1' }), 'commands.parentCycle');
    expectRefused(
      doc,
      linkParent({ ...l, parent: 'sophia', child: 'dad', kind: 'adoptive' }),
      'commands.parentCycle',
    );
    expectRefused(doc, linkParent({ ...l, partnership: 'ghost' }), 'commands.notAPartnership');
    expectRefused(doc, linkParent({ ...l, partnership: 'pg' }), 'commands.parentNotInPartnership');
    expectRefused(doc, linkParent({ ...l, from: 'once' }), 'commands.badDate');
    const pregnant = applied(
      doc,
      addPerson({ id: 'unborn', name: '?', gender: 'unknown', birthStatus: 'pregnancy' }),
    );
    expectRefused(pregnant, linkParent({ ...l, parent: 'unborn' }), 'commands.notLiveBirth');
  });

  it('allows step links into a cycle and a donor outside the couple', () => {
    applied(doc, linkParent({ id: 'l20', parent: 'baby', child: 'gp1', kind: 'step' }));
    applied(doc, linkParent({ id: 'l20', parent: 'fr', child: 'fk', kind: 'donor', partnership: 'pm' }));
  });

  it('updates a link with the same checks, ignoring the link itself', () => {
    const next = applied(
      doc,
      updateParentLink('l4', { kind: 'biological', from: '2000', partnership: null }),
    );
    expect(next.parentChild[3]).toEqual({
      id: 'l4',
      parent: 'mum',
      child: 'sophia',
      kind: 'biological',
      from: '2000',
    });
    const step = applied(doc, linkParent({ id: 'l20', parent: 'fr', child: 'sophia', kind: 'step' }));
    expectRefused(step, updateParentLink('l20', { kind: 'biological' }), 'commands.thirdBiologicalParent');
    applied(doc, updateParentLink('l10', { kind: 'biological' }));
    expectRefused(doc, updateParentLink('l12', { parent: 'baby', child: 'gp1' }), 'commands.parentCycle');
    expectRefused(doc, updateParentLink('nope', { kind: 'step' }), 'commands.notFound');
  });

  it('unlinks a parent', () => {
    const next = applied(doc, unlinkParent('l11'));
    expect(next.parentChild.some((l) => l.id === 'l11')).toBe(false);
    expectRefused(doc, unlinkParent('l11x'), 'commands.notFound');
  });
});

describe('multiple births keep the same biological parents', () => {
  const twins = applied(
    applied(
      applied(doc, addPerson({ id: 'kid', name: 'Kid', gender: 'man' })),
      linkParent({ id: 'lk1', parent: 'dad', child: 'kid', kind: 'biological' }),
    ),
    linkParent({ id: 'lk2', parent: 'ex', child: 'kid', kind: 'biological' }),
  );
  it('adds, updates and removes a group', () => {
    let d = applied(twins, addMultipleBirth({ id: 'mb', members: ['lisa', 'kid'], zygosity: 'dizygotic' }));
    d = applied(d, updateMultipleBirth('mb', { zygosity: 'monozygotic' }));
    expect(d.multipleBirths).toEqual([{ id: 'mb', members: ['lisa', 'kid'], zygosity: 'monozygotic' }]);
    d = applied(d, removeMultipleBirth('mb'));
    expect(d.multipleBirths).toEqual([]);
  });
  it('refuses groups and links that would differ', () => {
    expectRefused(
      twins,
      addMultipleBirth({ id: 'mb', members: ['lisa'], zygosity: 'unknown' }),
      'commands.multipleBirthTooSmall',
    );
    expectRefused(
      twins,
      addMultipleBirth({ id: 'mb', members: ['lisa', 'lisa'], zygosity: 'unknown' }),
      'commands.duplicateMember',
    );
    expectRefused(
      twins,
      addMultipleBirth({ id: 'mb', members: ['lisa', 'ghost'], zygosity: 'unknown' }),
      'commands.notFound',
    );
    expectRefused(
      twins,
      addMultipleBirth({ id: 'mb', members: ['lisa', 'tom'], zygosity: 'unknown' }),
      'commands.twinParentsDiffer',
    );
    const d = applied(twins, addMultipleBirth({ id: 'mb', members: ['lisa', 'kid'], zygosity: 'dizygotic' }));
    expectRefused(d, unlinkParent('lk2'), 'commands.twinParentsDiffer');
    expectRefused(d, updateParentLink('lk2', { kind: 'adoptive' }), 'commands.twinParentsDiffer');
    expectRefused(
      d,
      updateMultipleBirth('mb', { members: ['lisa', 'kid', 'tom'] }),
      'commands.twinParentsDiffer',
    );
    expectRefused(d, updateMultipleBirth('nope', { members: [] }), 'commands.notFound');
    // a member who is not a live birth may still be a twin (a stillborn twin)
    applied(d, updatePerson('kid', { birthStatus: 'stillbirth' }));
  });
});
