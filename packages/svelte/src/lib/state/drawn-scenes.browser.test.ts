/**
 * The editor takes over what the element's first picture did: the document it read (the very object, once)
 * and the scene it laid out from it, when the view, language and pseudonymisation are the same; otherwise
 * it reads and lays out as ever. The scene it takes is the one it would have laid out.
 */
import { afterEach, expect, test } from 'vitest';
import type { KringDocument } from '@kring/core';
import { pictureScene } from '../element/first-picture.js';
import { readDocumentInput, readForEditor } from '../element/document-input.js';
import { EditorState } from './editor-state.svelte.js';
import { keepScene, takeScene } from './drawn-scenes.js';
import { ViewRegistry } from './renderers.js';
import { RENDERERS } from './test-support/all-renderers.js';
import { family } from './test-fixtures.js';

const editors: EditorState[] = [];
afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

const read = (value: unknown): KringDocument => {
  const result = readDocumentInput(value);
  if (!result.ok) throw new Error('not read');
  return result.document;
};

test('the value the picture read is read once: the editor gets that very document, later reads read anew', () => {
  const given = family();
  const first = readForEditor(given);
  if (!first.ok) throw new Error('not read');
  expect(read(given)).toBe(first.document);
  const again = read(given);
  expect(again).not.toBe(first.document);
  expect(again).toEqual(first.document);
  // Two values kept at once (two elements on a page), JSON text too: each editor takes its own, once.
  const text = JSON.stringify(family());
  const other = family();
  const [fromText, fromOther] = [readForEditor(text), readForEditor(other)];
  if (!fromText.ok || !fromOther.ok) throw new Error('not read');
  expect(read(family())).not.toBe(fromOther.document);
  expect(read(other)).toBe(fromOther.document);
  expect(read(text)).toBe(fromText.document);
  expect(read(other)).not.toBe(fromOther.document);
  expect(read(text)).not.toBe(fromText.document);
});

test("the editor draws the picture's scene of the same document, the same as its own layout; not for other options", async () => {
  const doc = read(family());
  const view = await new ViewRegistry().load('genogram');
  const scene = pictureScene(view, doc, {
    document: doc,
    view: 'genogram',
    locale: 'nl',
    pseudonymise: false,
  });
  expect(scene).toEqual(RENDERERS.genogram(doc, { locale: 'nl', pseudonymise: false }));
  const editor = new EditorState(doc);
  editors.push(editor);
  expect(editor.scene).toBe(scene);
  // Taken once.
  expect(takeScene(doc, 'genogram', { locale: 'nl' })).toBeUndefined();

  for (const [view, locale, pseudonymise] of [
    ['ecogram', 'nl', false],
    ['genogram', 'en', false],
    ['genogram', 'nl', true],
  ] as const) {
    const other = read(family());
    const kept = RENDERERS.genogram(other, { locale: 'nl' });
    keepScene(other, { view: 'genogram', locale: 'nl', pseudonymise: false, scene: kept, ms: 1 });
    const e = new EditorState(other);
    editors.push(e);
    e.view = view;
    e.locale = locale;
    e.pseudonymise = pseudonymise;
    expect(e.scene).not.toBe(kept);
    expect(e.scene).toEqual(RENDERERS[view](other, { locale, pseudonymise }));
  }
});
