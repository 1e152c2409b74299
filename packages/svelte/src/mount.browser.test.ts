/**
 * `mount()`'s `api` after `destroy()`: it calls no editor — `select()` and `fit()` do nothing,
 * `getDocument()` answers the last document with its edits, the others throw an `InvalidStateError`.
 */
import { afterEach, expect, test } from 'vitest';
import { mount } from './mount.js';
import { family } from './lib/state/test-fixtures.js';
import { expectInvalidState } from './lib/test-support/invalid-state.js';

afterEach(() => document.body.replaceChildren());

test('after destroy(), api calls no editor: getDocument answers the edited document, the others throw InvalidStateError', async () => {
  const target = document.createElement('div');
  target.style.cssText = 'width: 800px; height: 500px;';
  document.body.append(target);
  const editor = mount(target, { initialDocument: family() });
  const api = await editor.ready;
  expect(
    api.apply({ type: 'person.add', person: { id: 'p-new', name: 'Nieuwe', gender: 'unknown' } }).ok,
  ).toBe(true);
  editor.destroy();
  expect(target.querySelector('.kring-editor')).toBeNull();
  expect(api.getDocument().persons.map((p) => p.id)).toContain('p-new');
  expect(api.select(['p-anna'])).toBeUndefined();
  expect(api.fit()).toBeUndefined();
  expectInvalidState(
    [
      () => api.apply({ type: 'person.add', person: { id: 'p-x', name: 'X', gender: 'unknown' } }),
      () => api.undo(),
      () => api.exportSvg(),
    ],
    /^mount\(\): the editor was destroyed/,
  );
});
