/**
 * The host's `idTag`: the editor's part of the ids it creates (`<prefix>-<idTag>-<n>`), e.g. a CRDT's client
 * id. A prop of `<KringEditor>` and an option of `mount()`, changeable at run time; a value that is not an id
 * tag is logged and not used by the component, and thrown (RangeError) by `mount()` before anything changes.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { isClientTag, type KringDocument } from '@kring/core';
import KringEditor from './KringEditor.svelte';
import { mount } from '../mount.js';
import { family } from './state/test-fixtures.js';

function host(): HTMLDivElement {
  const div = document.createElement('div');
  div.style.cssText = 'width: 1000px; height: 640px;';
  document.body.append(div);
  return div;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Presses N (add a person) in the editor and returns the new person's id. */
async function addPerson(container: Element, docs: KringDocument[]): Promise<string> {
  const before = new Set((docs.at(-1) ?? family()).persons.map((p) => p.id));
  (container.querySelector('.kring-editor') as HTMLElement).focus();
  await userEvent.keyboard('n');
  await expect.poll(() => docs.at(-1)?.persons.length ?? 0).toBe(before.size + 1);
  return docs.at(-1)!.persons.find((p) => !before.has(p.id))!.id;
}

test('<KringEditor idTag>: new ids carry the host’s tag, a new tag from then on; a bad one is logged, not used', async () => {
  const docs: KringDocument[] = [];
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const screen = await render(KringEditor, {
    target: host(),
    props: { initialDocument: family(), locale: 'en', idTag: '2384756123', onchange: (d) => docs.push(d) },
  });
  await expect.element(screen.getByRole('button', { name: 'Anna, person' })).toBeVisible();
  expect(await addPerson(screen.container, docs)).toBe('person-2384756123-1');

  await screen.rerender({ idTag: 'k7q2m' });
  expect(await addPerson(screen.container, docs)).toBe('person-k7q2m-1');
  expect(errors).not.toHaveBeenCalled();

  // A host's mistake: said on the console, and the ids stay those of the tag the editor had.
  await screen.rerender({ idTag: 'Team-A' });
  expect(errors).toHaveBeenCalledTimes(1);
  expect(String(errors.mock.calls[0]![0])).toBe(
    'Kring editor: idTag not used, new ids keep the tag "k7q2m". The id tag "Team-A" has "T", "-", "A": ' +
      'an id tag is 1 to 32 lower-case letters a-z and digits 0-9 (lower case only).',
  );
  expect(await addPerson(screen.container, docs)).toBe('person-k7q2m-2');

  // No tag: the editor's own random one again.
  await screen.rerender({ idTag: undefined });
  const id = await addPerson(screen.container, docs);
  const tag = /^person-([^-]+)-1$/u.exec(id)?.[1];
  expect(tag && isClientTag(tag), id).toBe(true);
  expect(tag).not.toBe('k7q2m');
  // Nothing the user made was lost on the way.
  expect(docs.at(-1)!.persons).toHaveLength(family().persons.length + 4);
});

test('mount(): idTag as an option and through update(); a bad one throws a RangeError and changes nothing', async () => {
  const docs: KringDocument[] = [];
  const target = host();
  expect(() => mount(target, { initialDocument: family(), idTag: '' })).toThrow(
    new RangeError(
      'mount(): The id tag is empty: an id tag is 1 to 32 lower-case letters a-z and digits 0-9.',
    ),
  );
  expect(target.children).toHaveLength(0);

  const editor = mount(target, {
    initialDocument: family(),
    locale: 'en',
    idTag: 'a'.repeat(32),
    onchange: (d) => docs.push(d),
  });
  expect(await addPerson(target, docs)).toBe(`person-${'a'.repeat(32)}-1`);
  expect(() => editor.update({ idTag: 'b'.repeat(33), locale: 'nl' })).toThrow(/has 33 characters/);
  // Nothing of that update was applied: neither the tag nor the locale.
  expect(target.querySelector('.kring-editor')!.getAttribute('lang')).toBe('en');
  expect(await addPerson(target, docs)).toBe(`person-${'a'.repeat(32)}-2`);
  editor.update({ idTag: 'z9' });
  expect(await addPerson(target, docs)).toBe('person-z9-1');
  editor.destroy();
});
