/**
 * `<KringEditor>` given a document the reader refuses: the reader's problems in an alert (nl/en, a bounded
 * list), `onerror` with the problems and the previous document, nothing drawn; a valid document draws again.
 */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import type { KringDocument } from '@kring/core';
import KringEditor from '../KringEditor.svelte';
import { mount } from '../../mount.js';
import { family } from '../state/test-fixtures.js';
import { axeViolations } from '../panels/test-support/axe.js';
import type { KringErrorDetail } from './document-input.js';

function host() {
  const div = document.createElement('div');
  div.style.cssText = 'width: 1000px; height: 640px;';
  document.body.append(div);
  return div;
}

const drawn = (container: Element) => container.querySelectorAll('.kring-node').length;

test('a refused document shows the reader’s problems, fires onerror and draws nothing; a valid one draws again', async () => {
  const errors: KringErrorDetail[] = [];
  let changes = 0;
  const screen = await render(KringEditor, {
    target: host(),
    props: {
      document: family(),
      locale: 'en',
      onerror: (d: KringErrorDetail) => errors.push(d),
      onchange: () => changes++,
    },
  });
  await expect.element(screen.getByRole('button', { name: 'Anna, person' })).toBeVisible();
  expect(drawn(screen.container)).toBeGreaterThan(0);

  await screen.rerender({ document: { ...family(), version: 99 } as unknown as KringDocument });
  const alert = screen.getByRole('alert');
  await expect.element(alert).toBeVisible();
  await expect.element(alert.getByRole('heading', { name: 'This map cannot be shown' })).toBeVisible();
  await expect.element(alert).toHaveTextContent(/version\s+This document was made by a newer Kring/);
  expect(drawn(screen.container)).toBe(0);
  expect(screen.container.querySelector('.kring-toolbar')).toBeNull();
  expect(errors).toHaveLength(1);
  expect(errors[0]!.reason).toBe('tooNew');
  expect(errors[0]!.problems.map((p) => p.message.key)).toEqual(['read.tooNew']);
  // The previous document is the one the editor read (with the reader's defaults), not the host's object.
  expect(errors[0]!.previous?.persons.map((p) => p.name)).toEqual(['Tilda', 'Anna', 'Bram', 'Cor']);
  expect(await axeViolations(screen.container)).toEqual([]);

  // Keys do nothing to the hidden document while the error shows.
  (screen.container.querySelector('.kring-editor') as HTMLElement).focus();
  await userEvent.keyboard('n');
  expect(changes).toBe(0);

  await screen.rerender({ document: family() });
  await expect.element(screen.getByRole('button', { name: 'Anna, person' })).toBeVisible();
  expect(screen.container.querySelector('[role="alert"]')).toBeNull();
  expect(errors).toHaveLength(1);
});

test('JSON text is read like a value, missing optional parts get their defaults, a syntax error is shown', async () => {
  const errors: KringErrorDetail[] = [];
  const minimal = {
    format: 'kring',
    version: 2,
    focus: 'p-a',
    persons: [{ id: 'p-a', name: 'Ada', gender: 'woman' }],
  };
  const screen = await render(KringEditor, {
    target: host(),
    props: {
      document: JSON.stringify(minimal) as unknown as KringDocument,
      locale: 'en',
      onerror: (d: KringErrorDetail) => errors.push(d),
    },
  });
  await expect.element(screen.getByRole('button', { name: /Ada, person/ })).toBeVisible();
  await screen.rerender({ document: minimal as unknown as KringDocument });
  await expect.element(screen.getByRole('button', { name: /Ada, person/ })).toBeVisible();
  await screen.rerender({ document: '{"format": "kring",' as unknown as KringDocument });
  await expect.element(screen.getByRole('alert')).toHaveTextContent('This is not valid JSON');
  expect(errors.map((e) => e.reason)).toEqual(['syntax']);
  expect(errors[0]!.previous?.options.symbols).toBe('mcgoldrick');
});

test('Dutch, a bounded list of problems, and an invalid first document (previous is null)', async () => {
  const errors: KringErrorDetail[] = [];
  const broken = family();
  broken.persons = Array.from({ length: 30 }, (_, i) => ({
    id: `p${i}`,
    name: `P${i}`,
    gender: 'alien' as 'man',
  }));
  const screen = await render(KringEditor, {
    target: host(),
    props: { document: broken, locale: 'nl', onerror: (d: KringErrorDetail) => errors.push(d) },
  });
  const alert = screen.getByRole('alert');
  await expect
    .element(alert.getByRole('heading', { name: 'Deze kaart kan niet worden getoond' }))
    .toBeVisible();
  expect(errors).toHaveLength(1);
  expect(errors[0]!.previous).toBeNull();
  const total = errors[0]!.problems.length;
  expect(total).toBeGreaterThan(10);
  expect(alert.element().querySelectorAll('li')).toHaveLength(10);
  await expect.element(alert).toHaveTextContent(`… en nog ${total - 10}`);
  await expect.element(alert).toHaveTextContent(/persons\[0\]\.gender\s+"alien" is hier niet toegestaan/);
  expect(drawn(screen.container)).toBe(0);
  expect(await axeViolations(screen.container)).toEqual([]);
});

test('the previous document, assigned back, ends the error and keeps the edits and their undo', async () => {
  const errors: KringErrorDetail[] = [];
  let doc: KringDocument | undefined;
  const screen = await render(KringEditor, {
    target: host(),
    props: {
      document: family(),
      locale: 'en',
      panels: false,
      onerror: (d: KringErrorDetail) => errors.push(d),
      onchange: (d: KringDocument) => (doc = d),
    },
  });
  await screen.getByRole('button', { name: 'Anna, person' }).click();
  await userEvent.keyboard('{Delete}');
  await expect.element(screen.getByRole('button', { name: 'Anna, person' })).not.toBeInTheDocument();
  await screen.rerender({ document: null as unknown as KringDocument });
  await expect.element(screen.getByRole('alert')).toHaveTextContent('The document must be a JSON object.');
  expect(errors[0]!.previous).toBe(doc);

  await screen.rerender({ document: errors[0]!.previous! });
  await expect.element(screen.getByRole('button', { name: 'Bram, person' })).toBeVisible();
  await expect.element(screen.getByRole('button', { name: 'Anna, person' })).not.toBeInTheDocument();
  (screen.container.querySelector('.kring-editor') as HTMLElement).focus();
  await userEvent.keyboard('{Control>}z{/Control}');
  await expect.element(screen.getByRole('button', { name: 'Anna, person' })).toBeVisible();
});

test('mount(): a refused document in the options or in update() never throws; recovering keeps undo', async () => {
  const errors: KringErrorDetail[] = [];
  const target = host();
  const editor = mount(target, {
    document: { ...family(), persons: 'nobody' } as unknown as KringDocument,
    locale: 'en',
    panels: false,
    onerror: (d) => errors.push(d),
  });
  expect(target.querySelector('[role="alert"]')?.textContent).toContain('Expected a list.');
  expect(errors.map((e) => [e.reason, e.previous])).toEqual([['invalid', null]]);

  editor.update({ document: family() });
  expect(target.querySelector('[role="alert"]')).toBeNull();
  editor.api.select(['p-anna']);
  target.querySelector<SVGGElement>('[data-node-id="p-anna"]')!.focus();
  await userEvent.keyboard('{Delete}');
  await expect.poll(() => target.querySelector('[data-node-id="p-anna"]')).toBeNull();

  for (const garbage of [undefined, Symbol('x'), 10n, () => 1])
    expect(() => editor.update({ document: garbage as unknown as KringDocument })).not.toThrow();
  expect(errors.map((e) => e.reason)).toEqual(['invalid', 'notKring', 'notKring', 'notKring', 'notKring']);
  expect(target.querySelector('.kring-node')).toBeNull();
  const previous = errors.at(-1)!.previous!;
  expect(previous).toBe(editor.api.getDocument());

  // The previous document, given back, is the editor's own: shown again with its undo history.
  editor.update({ document: previous });
  expect(target.querySelector('[role="alert"]')).toBeNull();
  expect(editor.api.undo()).toBe(true);
  await expect.poll(() => target.querySelector('[data-node-id="p-anna"]')).not.toBeNull();
  editor.destroy();
});
