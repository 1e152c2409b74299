/** The ids an editor creates: each editor has its own random client tag, so two editors of one map never collide. */
import { CLIENT_TAG_ALPHABET, CLIENT_TAG_LENGTH, isClientTag } from '@kring/core';
import { afterEach, expect, test } from 'vitest';
import { EditorState } from './editor-state.svelte.js';
import { family } from './test-fixtures.js';
import * as V from './verbs.js';

const editors: EditorState[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

function editor(idTag?: string): EditorState {
  const e = new EditorState(family(), {}, idTag === undefined ? {} : { idTag });
  editors.push(e);
  return e;
}

test('two editors of the same map create different ids for the people they add at the same time', () => {
  const [a, b] = [editor(), editor()];
  expect(isClientTag(a.idTag)).toBe(true);
  expect(a.idTag).not.toBe(b.idTag);
  for (const e of [a, b]) {
    e.select(['p-cor']);
    expect(V.addRelativeVerb.run(e, 'child')).toBe(true);
  }
  const [made] = a.selection;
  const [other] = b.selection;
  expect(made).toMatch(new RegExp(`^person-[${CLIENT_TAG_ALPHABET}]{${CLIENT_TAG_LENGTH}}-1$`, 'u'));
  expect(made).not.toBe(other);
  // Every id both made (person, parent links) is different: merging the two edits keeps both people.
  const newIds = (e: EditorState) => {
    const before = new Set([...family().persons, ...family().parentChild].map((x) => x.id));
    return [...e.doc.persons, ...e.doc.parentChild].map((x) => x.id).filter((id) => !before.has(id));
  };
  const all = [...newIds(a), ...newIds(b)];
  expect(all.length).toBeGreaterThanOrEqual(4);
  expect(new Set(all).size).toBe(all.length);
});

test('a given tag (a host or a test) makes the ids known in advance; the map’s own ids stay', () => {
  const e = editor('k7q2m');
  e.select(['p-cor']);
  V.addRelativeVerb.run(e, 'partner');
  expect(e.selection).toEqual(['person-k7q2m-1']);
  expect(e.doc.partnerships.at(-1)!.id).toBe('partnership-k7q2m-1');
  expect(e.doc.persons.slice(0, family().persons.length)).toEqual(family().persons);
});
