import { describe, expect, it } from 'vitest';
import { moveNode } from '../commands/layout.js';
import { addPerson, removePerson, updatePerson } from '../commands/persons.js';
import { setTitle } from '../commands/document-settings.js';
import { validFamily } from '../commands/test-support/expect-command.js';
import { History, type HistoryChangeSource } from './history.js';

const start = validFamily();
const anna = addPerson({ id: 'anna', name: 'Anna', gender: 'woman' });

function recorder(history: History) {
  const sources: HistoryChangeSource[] = [];
  history.onChange((_doc, info) => sources.push(info.source));
  return sources;
}

describe('History', () => {
  it('undoes and redoes single commands exactly', () => {
    const h = new History(start);
    expect([h.canUndo, h.canRedo]).toEqual([false, false]);
    expect(h.execute(anna).ok).toBe(true);
    const afterAnna = h.document;
    h.execute(setTitle('Kaart'));
    expect(h.undo()).toBe(true);
    expect(h.document).toEqual(afterAnna);
    expect(h.undo()).toBe(true);
    expect(h.document).toEqual(start);
    expect([h.canUndo, h.canRedo]).toEqual([false, true]);
    expect(h.undo()).toBe(false);
    expect(h.redo()).toBe(true);
    expect(h.redo()).toBe(true);
    expect(h.document.title).toBe('Kaart');
    expect(h.redo()).toBe(false);
  });

  it('changes nothing on a refused command', () => {
    const h = new History(start);
    const sources = recorder(h);
    const result = h.execute(removePerson('sophia'));
    expect(result.ok ? null : result.reason.key).toBe('commands.removeFocus');
    expect(h.document).toBe(start);
    expect([h.canUndo, sources]).toEqual([false, []]);
  });

  it('clears redo after a new edit', () => {
    const h = new History(start);
    h.execute(anna);
    h.undo();
    expect(h.canRedo).toBe(true);
    h.execute(setTitle('x'));
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBe(false);
  });

  it('makes a gesture one undo step', () => {
    const h = new History(start);
    h.execute(anna);
    const before = h.document;
    h.beginGesture();
    for (let x = 0; x < 5; x++) h.execute(moveNode('genogram', 'anna', { x, y: 0 }));
    h.execute(updatePerson('anna', { name: 'Anna B.' }));
    h.endGesture();
    const after = h.document;
    h.undo();
    expect(h.document).toEqual(before);
    h.redo();
    expect(h.document).toEqual(after);
    h.undo();
    h.undo();
    expect(h.document).toEqual(start);
  });

  it('nests gestures; only the outermost makes the step', () => {
    const h = new History(start);
    h.beginGesture();
    h.execute(anna);
    h.beginGesture();
    h.execute(setTitle('x'));
    h.endGesture();
    expect(h.inGesture).toBe(true);
    h.endGesture();
    h.undo();
    expect(h.document).toEqual(start);
    expect(h.canUndo).toBe(false);
  });

  it('bails out of a gesture without a redo entry', () => {
    const h = new History(start);
    const sources = recorder(h);
    h.execute(setTitle('kept'));
    const before = h.document;
    h.beginGesture();
    h.execute(anna);
    h.execute(moveNode('ecogram', 'anna', { x: 1, y: 1 }));
    h.bail();
    expect(h.document).toEqual(before);
    expect([h.canRedo, h.inGesture]).toEqual([false, false]);
    expect(sources).toEqual(['user', 'user', 'user', 'undo']);
    h.undo();
    expect(h.document).toEqual(start);
  });

  it('ignores an empty gesture', () => {
    const h = new History(start);
    h.beginGesture();
    h.endGesture();
    h.bail();
    expect([h.canUndo, h.canRedo]).toEqual([false, false]);
  });

  it('closes an open gesture when undoing', () => {
    const h = new History(start);
    h.beginGesture();
    h.execute(anna);
    h.execute(setTitle('x'));
    h.undo();
    expect(h.document).toEqual(start);
    expect(h.inGesture).toBe(false);
  });

  it('executes several commands all or nothing', () => {
    const h = new History(start);
    const ok = h.executeAll([anna, updatePerson('anna', { birth: '1990' })]);
    expect(ok.ok).toBe(true);
    const after = h.document;
    const refused = h.executeAll([setTitle('x'), removePerson('sophia')]);
    expect(refused.ok ? null : refused.reason.key).toBe('commands.removeFocus');
    expect(h.document).toEqual(after);
    h.undo();
    expect(h.document).toEqual(start);
  });

  it('tells listeners the patches and the source, and unsubscribes', () => {
    const h = new History(start);
    const seen: [HistoryChangeSource, number, string | undefined][] = [];
    const off = h.onChange((doc, info) => seen.push([info.source, info.patches.length, doc.title]));
    h.execute(setTitle('a'));
    h.undo();
    h.redo();
    off();
    h.execute(setTitle('b'));
    expect(seen).toEqual([
      ['user', 1, 'a'],
      ['undo', 1, undefined],
      ['redo', 1, 'a'],
    ]);
  });

  it('resets to a new document and forgets history', () => {
    const h = new History(start);
    const sources = recorder(h);
    h.execute(anna);
    h.undo();
    const other = { ...start, title: 'ander' };
    h.reset(other);
    expect(h.document).toBe(other);
    expect([h.canUndo, h.canRedo]).toEqual([false, false]);
    expect(sources).toEqual(['user', 'undo', 'reset']);
  });

  it('keeps at most `limit` undo steps', () => {
    const h = new History(start, { limit: 2 });
    h.execute(setTitle('1'));
    h.execute(setTitle('2'));
    h.execute(setTitle('3'));
    expect(h.undo() && h.undo()).toBe(true);
    expect(h.undo()).toBe(false);
    expect(h.document.title).toBe('1');
  });
});
