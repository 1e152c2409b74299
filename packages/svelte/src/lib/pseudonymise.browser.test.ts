/** `pseudonymise`: initials instead of names in the drawing, the panels, the live region and the export. */
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import type { KringDocument, View } from '@kring/core';
import { mount } from '../mount.js';
import KringEditor from './KringEditor.svelte';
import type { KringEditorApi } from './state/api.js';
import { family } from './state/test-fixtures.js';

const NAMES = ['Tilda', 'Anna', 'Bram', 'Cor', 'Regenboog', 'De Vries'];

function host() {
  const div = document.createElement('div');
  div.style.cssText = 'width: 1100px; height: 700px;';
  document.body.append(div);
  return div;
}

/** Every text a person could see or hear: drawn text, labels, panel text and the live region. */
function shownText(root: Element): string {
  const labels = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
  const values = [...root.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value);
  return [root.textContent, ...labels, ...values].join('\n');
}

for (const view of ['genogram', 'ecogram', 'sociogram'] as View[]) {
  test(`${view}: initials everywhere, names nowhere; the document keeps the names`, async () => {
    const target = host();
    const docs: KringDocument[] = [];
    let api: KringEditorApi | undefined;
    const screen = await render(KringEditor, {
      target,
      props: {
        initialDocument: family(),
        view,
        locale: 'en',
        pseudonymise: true,
        onchange: (d: KringDocument) => docs.push(d),
        onready: (a: KringEditorApi) => (api = a),
      },
    });
    document.querySelector<SVGGElement>('[data-node-id="p-anna"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Escape}');
    document.querySelector<SVGGElement>('[data-node-id="p-anna"]')!.focus();
    await userEvent.keyboard('g{ArrowRight}');
    await expect.element(screen.getByRole('status')).toHaveTextContent('A.');
    await userEvent.keyboard('{Enter}');
    const text = shownText(target);
    for (const name of NAMES) expect(text).not.toContain(name);
    expect(text).toContain('T.');
    expect(document.querySelector('[data-node-id="p-anna"]')!.getAttribute('aria-label')).toContain('A.');
    expect(docs.at(-1)!.persons.find((p) => p.id === 'p-anna')!.name).toBe('Anna');
    const svg = api!.exportSvg();
    for (const name of NAMES) expect(svg).not.toContain(name);
  });
}

test('exportSvg takes { pseudonymise, legend, title, fit } and follows the prop by default', async () => {
  const target = host();
  let api: KringEditorApi | undefined;
  const screen = await render(KringEditor, {
    target,
    props: { initialDocument: family(), locale: 'en', onready: (a: KringEditorApi) => (api = a) },
  });
  expect(api!.exportSvg()).toContain('Tilda');
  const initials = api!.exportSvg({ pseudonymise: true });
  expect(initials).not.toContain('Tilda');
  expect(initials).toContain('T.');
  const bare = api!.exportSvg({ legend: false, title: false, fit: 'a4-landscape' });
  expect(bare).toContain('mm"');
  expect(bare).not.toContain('Familie De Vries');
  await screen.rerender({ pseudonymise: true });
  expect(target.querySelector('svg.kring-canvas')!.textContent).not.toContain('Tilda');
  expect(api!.exportSvg()).not.toContain('Tilda');
  expect(api!.exportSvg({ pseudonymise: false })).toContain('Tilda');
});

test('mount() takes pseudonymise as an option and through update()', async () => {
  const target = host();
  const m = mount(target, { initialDocument: family(), locale: 'nl', pseudonymise: true });
  const canvas = () => target.querySelector('svg.kring-canvas')!.textContent!;
  expect(canvas()).not.toContain('Tilda');
  m.update({ pseudonymise: false });
  expect(canvas()).toContain('Tilda');
  m.destroy();
});

test('initials mode: the plan shows initials inside the goal and the action texts, and no title', async () => {
  const doc = family();
  doc.plan = {
    goal: 'Tilda woont veilig bij Anna en Bram.',
    actionTeam: ['p-anna', 'p-bram', 'p-cor'],
    invitees: [],
    actions: [{ id: 'a-1', text: 'Opa Cor haalt Tilda op', owners: ['p-cor'], status: 'agreed' }],
  };
  const target = host();
  const screen = await render(KringEditor, {
    target,
    props: { initialDocument: doc, locale: 'en', pseudonymise: true },
  });
  await screen.getByRole('tab', { name: 'Plan' }).click();
  await expect.element(screen.getByRole('tabpanel')).toBeVisible();
  const text = shownText(target);
  expect(text).toContain('T. woont veilig bij A. en B..');
  expect(text).toContain('Opa C. haalt T. op');
  for (const name of [...NAMES, 'Familie De Vries']) expect(text).not.toContain(name);
});

test('exportSvg: { hideHealth } makes condition labels neutral; no document inside unless asked', async () => {
  const doc = family();
  doc.persons[1] = { ...doc.persons[1]!, conditions: [{ key: 'c1', label: 'diabetes' }] };
  let api: KringEditorApi | undefined;
  await render(KringEditor, {
    target: host(),
    props: { initialDocument: doc, locale: 'en', onready: (a: KringEditorApi) => (api = a) },
  });
  const plain = api!.exportSvg();
  expect(plain).toContain('diabetes');
  expect(plain).not.toContain('<metadata');
  const hidden = api!.exportSvg({ hideHealth: true });
  expect(hidden).not.toContain('diabetes');
  expect(hidden).toContain('trait 1');
  expect(api!.exportSvg({ embedDocument: doc })).toContain('<metadata>');
  expect(() => api!.exportSvg({ hideHealth: true, embedDocument: doc })).toThrow(/health data/);
  expect(() => api!.exportSvg({ pseudonymise: true, embedDocument: doc })).toThrow(/full names/);
});
