import { describe, expect, it } from 'vitest';
import { History } from '../history/history.js';
import type { KringDocument } from '../model/types.js';
import { MAX_ENTITIES } from '../read/limits.js';
import { readDocument } from '../read/read-document.js';
import { applyCommand } from './apply-command.js';
import type { Command } from './command.js';
import { moveNode } from './layout.js';
import { addOrganisation } from './organisations.js';
import { addPartnershipEvent, updatePartnership } from './partnerships.js';
import { addPerson, updatePerson } from './persons.js';
import { MAX_COMMAND_TEXT } from './plain-data.js';
import { setTitle } from './document-settings.js';
import { validFamily } from './test-support/valid-family.js';
import { addTie, updateTie } from './ties.js';

const doc = validFamily();
const anna = { id: 'anna', name: 'Anna', gender: 'woman' } as const;

/** The refusal of `command` as key and path (or 'applied'). */
function refusal(command: unknown, on: KringDocument = doc) {
  const result = applyCommand(on, command as Command);
  return result.ok ? 'applied' : { key: result.reason.key, path: result.path };
}

describe('run-time checks of commands', () => {
  it('refuses values outside the format, saying where', () => {
    expect(refusal(addPerson({ ...anna, gender: 'alien' as never }))).toEqual({
      key: 'commands.wrongValue',
      path: ['person', 'gender'],
    });
    expect(refusal(addTie({ id: 'tx', from: 'sophia', to: 'gp1', strength: 7 as never }))).toEqual({
      key: 'commands.wrongValue',
      path: ['tie', 'strength'],
    });
    expect(refusal(addPerson({ ...anna, gestationWeeks: 99 }))).toEqual({
      key: 'commands.wrongValue',
      path: ['person', 'gestationWeeks'],
    });
    expect(refusal(addPerson({ ...anna, id: 42 as never }))).toEqual({
      key: 'commands.wrongValue',
      path: ['person', 'id'],
    });
    expect(refusal(updatePerson(7 as never, { name: 'x' }))).toEqual({
      key: 'commands.wrongValue',
      path: ['id'],
    });
  });

  it('refuses missing values and incomplete entities', () => {
    expect(refusal({ type: 'person.add' })).toEqual({ key: 'commands.missingValue', path: ['person'] });
    expect(refusal(addPerson({ id: 'x', name: 'X' } as never))).toEqual({
      key: 'commands.missingValue',
      path: ['person', 'gender'],
    });
    // The reader defaults a missing `events`; a command must say it.
    expect(
      refusal({ type: 'partnership.add', partnership: { id: 'p', a: 'tom', b: 'lisa', type: 'lat' } }),
    ).toEqual({ key: 'commands.missingValue', path: ['partnership', 'events'] });
  });

  it('lets an update change only the fields of the entity, and clear only optional ones', () => {
    expect(refusal(updatePerson('tom', { id: 'tim' } as never))).toEqual({
      key: 'commands.unexpectedField',
      path: ['changes', 'id'],
    });
    expect(refusal(updatePartnership('pm', { events: [] } as never))).toEqual({
      key: 'commands.unexpectedField',
      path: ['changes', 'events'],
    });
    expect(refusal(updatePerson('tom', { name: null } as never))).toEqual({
      key: 'commands.wrongValue',
      path: ['changes', 'name'],
    });
    expect(refusal(updatePerson('tom', { birth: null, location: 'Tilburg' }))).toBe('applied');
    expect(refusal(updatePerson('tom', { conditions: [{ key: '', label: 'x' }] }))).toEqual({
      key: 'commands.emptyValue',
      path: ['changes', 'conditions', 0, 'key'],
    });
  });

  it('refuses prototype keys, non-data values, deep nesting and huge input', () => {
    const polluted = JSON.parse('{"id":"pp","name":"P","gender":"man","__proto__":{"x":1}}') as never;
    expect(refusal(addPerson(polluted))).toEqual({
      key: 'commands.forbiddenKey',
      path: ['person', '__proto__'],
    });
    expect(refusal(addPerson({ ...anna, extra: () => 1 } as never))).toEqual({
      key: 'commands.notPlainData',
      path: ['person', 'extra'],
    });
    expect(refusal(addPerson({ ...anna, extra: new Date(0) } as never))).toMatchObject({
      key: 'commands.notPlainData',
    });
    const cycle: Record<string, unknown> = { ...anna };
    cycle['self'] = cycle;
    expect(refusal(addPerson(cycle as never))).toMatchObject({ key: 'commands.tooDeep' });
    expect(refusal(addPerson({ ...anna, notes: 'x'.repeat(MAX_COMMAND_TEXT + 1) }))).toMatchObject({
      key: 'commands.tooLarge',
    });
    const throwing = Object.defineProperty({ ...anna }, 'notes', {
      enumerable: true,
      get: () => {
        throw new TypeError('no');
      },
    });
    expect(refusal(addPerson(throwing))).toMatchObject({ key: 'commands.notPlainData' });
  });

  it('names the point, the view, the ring and the option where it can', () => {
    expect(refusal(moveNode('genogram', 'mum', { x: Number.NaN, y: 0 }))).toEqual({
      key: 'commands.badPosition',
      path: ['position', 'x'],
    });
    expect(refusal(moveNode('genogram', 'mum', { x: 1, y: Infinity }))).toMatchObject({
      key: 'commands.badPosition',
    });
    expect(refusal(moveNode('genogram', 'mum', { x: '1', y: 0 } as never))).toMatchObject({
      key: 'commands.badPosition',
    });
    const far = applyCommand(doc, moveNode('ecogram', 'mum', { x: 1e308, y: -1e9 }));
    expect(far.ok && far.document.layouts.ecogram?.positions?.['mum']).toEqual({ x: 1e6, y: -1e6 });
    expect(refusal(updateTie('t1', { ring: 0 }))).toMatchObject({ key: 'commands.ringOutOfRange' });
    expect(refusal({ type: 'options.set', changes: { rings: 9 } })).toMatchObject({
      key: 'commands.badOption',
    });
    expect(refusal({ type: 'options.set', changes: { colour: 'red' } })).toMatchObject({
      key: 'commands.unexpectedField',
    });
  });

  it('refuses an unknown type without reading more of the command', () => {
    expect(refusal({ type: 'person.explode' })).toEqual({ key: 'commands.unknownCommand', path: ['type'] });
    expect(refusal({ type: Object.create(null) as unknown })).toEqual({
      key: 'commands.unknownCommand',
      path: ['type'],
    });
    expect(refusal({ type: 'toString' })).toEqual({ key: 'commands.unknownCommand', path: ['type'] });
    expect(refusal(undefined)).toEqual({ key: 'commands.unknownCommand', path: ['type'] });
  });

  it('applies a checked copy: undefined fields are left out, and the caller keeps no handle on the document', () => {
    const person = { ...anna, birth: undefined, notes: 'n' };
    const result = applyCommand(doc, addPerson(person));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const added = result.document.persons.at(-1)!;
    expect(added).toEqual({ id: 'anna', name: 'Anna', gender: 'woman', notes: 'n' });
    expect(Object.keys(added)).not.toContain('birth');
    person.notes = 'changed later';
    expect(added.notes).toBe('n');
    expect(readDocument(result.document).ok).toBe(true);
  });

  it('checks the value it applies, even when a getter answers differently the second time', () => {
    let reads = 0;
    const shifty = Object.defineProperty({ ...anna }, 'birth', {
      enumerable: true,
      get: () => (++reads === 1 ? '1990' : 'not a date'),
    });
    const result = applyCommand(doc, addPerson(shifty));
    expect(result.ok && result.document.persons.at(-1)!.birth).toBe('1990');
    let typeReads = 0;
    const shiftyType = Object.defineProperty({ id: 'tom' }, 'type', {
      enumerable: true,
      get: () => (++typeReads === 1 ? 'person.remove' : 'person.explode'),
    });
    expect(refusal(shiftyType)).toEqual({ key: 'commands.notPlainData', path: ['type'] });
  });

  it("refuses an addition past the reader's entity limit", () => {
    const room =
      MAX_ENTITIES -
      doc.persons.length -
      doc.organisations.length -
      doc.partnerships.length -
      doc.parentChild.length -
      doc.multipleBirths.length -
      doc.households.length -
      doc.emotional.length -
      doc.ties.length -
      (doc.plan?.actions.length ?? 0);
    const organisations = [...doc.organisations];
    for (let i = 0; i < room; i++) organisations.push({ id: `o${i}`, name: '', category: 'other' });
    const full: KringDocument = { ...doc, organisations };
    expect(readDocument(full).ok).toBe(true);
    expect(refusal(addOrganisation({ id: 'one-more', name: '', category: 'other' }), full)).toEqual({
      key: 'commands.tooManyEntities',
      path: [],
    });
    expect(refusal(setTitle('still editable'), full)).toBe('applied');
  });

  it('guards History and its batches the same way', () => {
    const history = new History(doc);
    const result = history.executeAll([
      setTitle('first'),
      addPartnershipEvent('pm', { kind: 'divorced', date: 'later' }),
    ]);
    expect(result.ok ? 'applied' : result.reason.key).toBe('commands.badDate');
    expect(history.document).toEqual(doc);
    expect(history.canUndo).toBe(false);
    expect(history.execute({ type: 'tie.add', tie: null } as unknown as Command).ok).toBe(false);
  });
});
