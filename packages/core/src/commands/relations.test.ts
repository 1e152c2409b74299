import { describe, expect, it } from 'vitest';
import { addEmotional, removeEmotional, updateEmotional } from './emotional.js';
import {
  addHousehold,
  addHouseholdMember,
  removeHousehold,
  removeHouseholdMember,
  updateHousehold,
} from './households.js';
import { updatePerson } from './persons.js';
import {
  addSupportItem,
  addTie,
  removeSupportItem,
  removeTie,
  updateSupportItem,
  updateTie,
} from './ties.js';
import { applied, expectRefused, validFamily } from './test-support/expect-command.js';

const doc = validFamily();
const pregnant = applied(doc, updatePerson('lisa', { birthStatus: 'pregnancy' }));

describe('household commands', () => {
  it('adds, updates, removes households and members', () => {
    let d = applied(doc, addHousehold({ id: 'h2', members: ['gp1', 'gp2'], label: 'Opa en oma' }));
    d = applied(d, updateHousehold('h2', { current: true, label: null }));
    expect(d.households.at(-1)).toEqual({ id: 'h2', members: ['gp1', 'gp2'], current: true });
    d = applied(d, addHouseholdMember('h2', 'tom'));
    d = applied(d, removeHouseholdMember('h2', 'gp1'));
    expect(d.households.at(-1)?.members).toEqual(['gp2', 'tom']);
    d = applied(d, removeHousehold('h2'));
    expect(d.households.map((h) => h.id)).toEqual(['h-old', 'h-now']);
  });
  it('removes a household with its last member', () => {
    let d = applied(doc, addHousehold({ id: 'h2', members: ['gp1'] }));
    d = applied(d, removeHouseholdMember('h2', 'gp1'));
    expect(d.households.map((h) => h.id)).toEqual(['h-old', 'h-now']);
  });
  it('refuses bad members', () => {
    expectRefused(doc, addHousehold({ id: 'h2', members: ['gp1', 'gp1'] }), 'commands.duplicateMember');
    expectRefused(doc, addHousehold({ id: 'h2', members: ['school'] }), 'commands.notAPerson');
    expectRefused(pregnant, addHousehold({ id: 'h2', members: ['lisa'] }), 'commands.notLiveBirth');
    expectRefused(pregnant, addHouseholdMember('h-now', 'lisa'), 'commands.notLiveBirth');
    expectRefused(doc, addHouseholdMember('h-now', 'noah'), 'commands.duplicateMember');
    expectRefused(doc, addHouseholdMember('nope', 'noah'), 'commands.notFound');
    expectRefused(doc, removeHouseholdMember('h-now', 'dad'), 'commands.notAMember');
    expectRefused(doc, updateHousehold('h-now', { members: ['ghost'] }), 'commands.notFound');
    expectRefused(doc, removeHousehold('pm'), 'commands.notFound');
  });
});

describe('emotional line commands', () => {
  it('adds, updates and removes lines', () => {
    let d = applied(
      doc,
      addEmotional({ id: 'e1', a: 'mum', b: 'sophia', kind: 'focused_on', direction: 'a_to_b' }),
    );
    d = applied(d, updateEmotional('e1', { kind: 'conflict', direction: null, notes: 'sinds 2019' }));
    expect(d.emotional).toEqual([{ id: 'e1', a: 'mum', b: 'sophia', kind: 'conflict', notes: 'sinds 2019' }]);
    d = applied(d, removeEmotional('e1'));
    expect(d.emotional).toEqual([]);
    // emotional lines may involve persons that are not live births
    applied(pregnant, addEmotional({ id: 'e1', a: 'mum', b: 'lisa', kind: 'close' }));
  });
  it('refuses directed kinds without direction, self links and unknown ends', () => {
    expectRefused(
      doc,
      addEmotional({ id: 'e1', a: 'mum', b: 'sophia', kind: 'neglect' }),
      'commands.directionRequired',
    );
    expectRefused(
      doc,
      addEmotional({ id: 'e1', a: 'mum', b: 'sophia', kind: 'caretaker', direction: 'none' }),
      'commands.directionRequired',
    );
    expectRefused(doc, addEmotional({ id: 'e1', a: 'mum', b: 'mum', kind: 'close' }), 'commands.selfLink');
    expectRefused(doc, addEmotional({ id: 'e1', a: 'mum', b: 'gpo', kind: 'close' }), 'commands.notAPerson');
    const d = applied(
      doc,
      addEmotional({ id: 'e1', a: 'mum', b: 'sophia', kind: 'physical_abuse', direction: 'both' }),
    );
    expectRefused(d, updateEmotional('e1', { direction: null }), 'commands.directionRequired');
    expectRefused(d, updateEmotional('e2', { direction: null }), 'commands.notFound');
    expectRefused(d, removeEmotional('e2'), 'commands.notFound');
  });
});

describe('tie commands', () => {
  it('adds, updates and removes ties and support items', () => {
    let d = applied(
      doc,
      addTie({ id: 't10', from: 'sophia', to: 'gp1', ring: 2, sector: 'family', strength: 3 }),
    );
    d = applied(d, updateTie('t10', { ring: 1, sector: null, stress: 'some' }));
    expect(d.ties.at(-1)).toEqual({
      id: 't10',
      from: 'sophia',
      to: 'gp1',
      ring: 1,
      strength: 3,
      stress: 'some',
    });
    d = applied(d, addSupportItem('t10', { type: 'practical', direction: 'received' }));
    d = applied(d, addSupportItem('t10', { type: 'emotional', direction: 'given', potential: true }));
    d = applied(d, updateSupportItem('t10', 0, { type: 'care', direction: 'received' }));
    d = applied(d, removeSupportItem('t10', 1));
    expect(d.ties.at(-1)?.support).toEqual([{ type: 'care', direction: 'received' }]);
    d = applied(d, removeSupportItem('t10', 0));
    expect(d.ties.at(-1)).not.toHaveProperty('support');
    d = applied(d, removeTie('t10'));
    expect(d.ties).toEqual(doc.ties);
  });
  it('refuses ties that break an invariant', () => {
    const t = { id: 't10', from: 'sophia', to: 'gp1' };
    expectRefused(doc, addTie({ ...t, to: 'sophia' }), 'commands.selfLink');
    expectRefused(doc, addTie({ ...t, to: 'pm' }), 'commands.notAPersonOrOrganisation');
    expectRefused(pregnant, addTie({ ...t, to: 'lisa' }), 'commands.notLiveBirth');
    expectRefused(doc, addTie({ ...t, ring: 4 }), 'commands.ringOutOfRange');
    expectRefused(doc, addTie({ ...t, ring: 0 }), 'commands.ringOutOfRange');
    expectRefused(doc, addTie({ ...t, ring: 1.5 }), 'commands.ringOutOfRange');
    expectRefused(doc, addTie({ ...t, sector: 'agencies' }), 'commands.sectorNotInPreset');
    expectRefused(doc, updateTie('t1', { ring: 7 }), 'commands.ringOutOfRange');
    expectRefused(doc, updateTie('tx', { ring: 1 }), 'commands.notFound');
    expectRefused(doc, removeTie('tx'), 'commands.notFound');
    expectRefused(doc, updateSupportItem('t1', 0, { type: 'care', direction: 'given' }), 'commands.badIndex');
    expectRefused(doc, removeSupportItem('t1', 0), 'commands.badIndex');
    expectRefused(doc, addSupportItem('tx', { type: 'care', direction: 'given' }), 'commands.notFound');
  });
});
