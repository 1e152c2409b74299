import {
  addPerson,
  applySharedPatches,
  History,
  moveNode,
  readDocument,
  removePerson,
  setTitle,
  updatePerson,
  writeDocument,
  type KringDocument,
} from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { afterEach, describe, expect, test } from 'vitest';
import { Journal, replayJournal, type JournalEntry, type Patch } from './journal.js';

const ids: string[] = [];
function journalFor(storage?: Storage, maxChars?: number): Journal {
  const id = `test-${crypto.randomUUID()}`;
  ids.push(id);
  return new Journal(id, storage ?? localStorage, maxChars);
}
afterEach(() => {
  for (const id of ids.splice(0)) localStorage.removeItem(`kring.demo.journal.${id}`);
});

function example(): KringDocument {
  const read = readDocument(EXAMPLES[0]!.document);
  if (!read.ok) throw new Error('example does not read');
  return read.document;
}

const apply = (doc: KringDocument, patches: Patch[]) => applySharedPatches(doc, patches);
const plain = (doc: KringDocument) => JSON.parse(writeDocument(doc)) as unknown;

/** Edits through core's History, as the editor does, recording each change's patches like its onchange. */
function edit(start: KringDocument) {
  const history = new History(start);
  const changes: Patch[][] = [];
  history.onChange((_doc, info) => changes.push(info.patches));
  const focus = start.focus;
  history.execute(addPerson({ id: 'p-journal-1', name: 'Ilse', gender: 'woman' }));
  history.execute(updatePerson('p-journal-1', { name: 'Ilse de Wit', notes: 'Tante, "bel op dinsdag"' }));
  history.execute(moveNode('genogram', focus, { x: 12.5, y: -3 }));
  history.execute(setTitle('Netwerk — na het gesprek'));
  history.undo();
  history.redo();
  history.execute(addPerson({ id: 'p-journal-2', name: 'Bram', gender: 'man' }));
  history.execute(removePerson('p-journal-1'));
  history.undo();
  return { changes, document: history.document };
}

describe('Journal', () => {
  test('an appended change is in localStorage at once, and a new page replays it', () => {
    const start = example();
    const { changes, document } = edit(start);
    const journal = journalFor();
    changes.forEach((patches, i) => expect(journal.append(i + 1, patches)).toBe('journalled'));
    // "Reload": a fresh Journal reads what the storage holds, with nothing kept in memory.
    const again = new Journal(journal.mapId);
    expect(again.entries.map((e) => e.seq)).toEqual(changes.map((_, i) => i + 1));
    const replay = replayJournal(start, 0, again.read(), apply);
    expect(replay).toMatchObject({ kind: 'replayed', seq: changes.length, count: changes.length });
    expect(plain(replay.document)).toEqual(plain(document));
  });

  test('replays on the saved text: entries already saved are skipped', () => {
    const start = example();
    const { changes, document } = edit(start);
    // The first three changes were saved to IndexedDB (as text), the rest only journalled.
    const savedDoc = changes.slice(0, 3).reduce(apply, start);
    const read = readDocument(writeDocument(savedDoc));
    if (!read.ok) throw new Error('saved text does not read');
    const journal = journalFor();
    changes.forEach((patches, i) => journal.append(i + 1, patches));
    const replay = replayJournal(read.document, 3, journal.read(), apply);
    expect(replay).toMatchObject({ kind: 'replayed', count: changes.length - 3, gapLost: false });
    expect(plain(replay.document)).toEqual(plain(document));
  });

  test('a save drops the entries it holds and keeps later ones; an empty journal leaves no key', () => {
    const journal = journalFor();
    const p = (n: number): Patch[] => [{ op: 'replace', path: ['title'], value: `t${n}` }];
    for (let n = 1; n <= 4; n++) journal.append(n, p(n));
    journal.saved(2);
    expect(new Journal(journal.mapId).entries.map((e) => e.seq)).toEqual([3, 4]);
    journal.saved(4);
    expect(localStorage.getItem(journal.key)).toBeNull();
  });

  test('a change past the size limit is not journalled: the gap is recorded until a save covers it', () => {
    const journal = journalFor(localStorage, 400);
    const small: Patch[] = [{ op: 'replace', path: ['title'], value: 'x' }];
    const big: Patch[] = [{ op: 'replace', path: ['title'], value: 'x'.repeat(500) }];
    expect(journal.append(1, small)).toBe('journalled');
    expect(journal.append(2, big)).toBe('not-journalled');
    // Once there is a gap, later changes cannot be replayed either.
    expect(journal.append(3, small)).toBe('not-journalled');
    expect(journal.open).toBe(false);
    const stored = new Journal(journal.mapId).read();
    expect(stored.gap).toEqual({ from: 2, to: 3 });
    expect(stored.entries.map((e) => e.seq)).toEqual([1]);
    // Replaying on a save older than the gap brings back change 1 and says the rest is lost.
    expect(replayJournal(example(), 0, stored, apply)).toMatchObject({ kind: 'replayed', gapLost: true });
    expect(replayJournal(example(), 3, stored, apply)).toMatchObject({ kind: 'nothing', gapLost: false });
    expect(journal.saved(2)).toBe(false);
    expect(journal.saved(3)).toBe(true);
    expect(journal.append(4, small)).toBe('journalled');
  });

  test('a browser that refuses the write (quota) makes a gap instead of an exception', () => {
    const refusing = {
      getItem: () => null,
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem() {},
    } as unknown as Storage;
    const journal = journalFor(refusing);
    expect(journal.append(1, [{ op: 'replace', path: ['title'], value: 'x' }])).toBe('not-journalled');
    expect(journal.gap).toEqual({ from: 1, to: 1 });
  });

  test('entries that do not follow the save, or do not apply, are unusable', () => {
    const start = example();
    const entries: JournalEntry[] = [{ seq: 7, patches: [{ op: 'replace', path: ['title'], value: 'x' }] }];
    expect(replayJournal(start, 5, { entries }, apply)).toMatchObject({ kind: 'unusable', seq: 5 });
    const broken: JournalEntry[] = [{ seq: 1, patches: [{ op: 'add', path: ['nope', 'deeper'], value: 1 }] }];
    const replay = replayJournal(start, 0, { entries: broken }, apply);
    expect(replay.kind).toBe('unusable');
    expect(replay.document).toBe(start);
  });

  test('garbage in the storage reads as an empty journal', () => {
    const journal = journalFor();
    for (const text of ['{', '[]', '{"v":2,"entries":[]}', '{"v":1,"entries":[{"seq":"1","patches":[]}]}']) {
      localStorage.setItem(journal.key, text);
      expect(new Journal(journal.mapId).read()).toEqual({ entries: [] });
    }
  });
});
