import { writeDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ProblemList from '../ui/ProblemList.svelte';
import { fileNameFor } from './file-name.js';
import { newDocument, titleOf } from './new-document.js';
import { problemLines, readKringFile } from './read-file.js';

const file = (text: string, name = 'kaart.kring.json') =>
  new File([text], name, { type: 'application/json' });

describe('readKringFile', () => {
  test('opens a good file: every example case', async () => {
    for (const example of EXAMPLES) {
      const opened = await readKringFile(
        file(JSON.stringify(example.document), `${example.slug}.kring.json`),
      );
      expect(opened.ok, example.slug).toBe(true);
      if (opened.ok) expect(opened.document.persons.length).toBeGreaterThan(5);
    }
  });

  test('what the writer wrote reads back to the same document', async () => {
    const doc = newDocument('Sophia', 'nl');
    const opened = await readKringFile(file(writeDocument(doc)));
    expect(opened.ok && opened.document).toEqual(doc);
  });

  test('a broken file gives every problem with its path, in the UI language', async () => {
    const broken = {
      format: 'kring',
      version: 2,
      focus: 'p1',
      options: { symbols: 'mcgoldrick', deathMark: 'x', rings: 3, sectors: 'default' },
      persons: [{ id: 'p1', name: 'Sophia', gender: 'girl' }],
      organisations: [],
      partnerships: [],
      parentChild: [{ id: 'pc', parent: 'p9', child: 'p1', kind: 'biological' }],
      multipleBirths: [],
      households: [],
      emotional: [],
      ties: [],
      plan: null,
      snapshots: [],
      layouts: {},
    };
    const opened = await readKringFile(file(JSON.stringify(broken)));
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    const nl = problemLines(opened.problems, 'nl');
    expect(nl.map((l) => l.path)).toContain('persons[0].gender');
    expect(nl.find((l) => l.path === 'persons[0].gender')?.message).toMatch(/"girl"/);
    const en = problemLines(opened.problems, 'en');
    expect(en.find((l) => l.path === 'persons[0].gender')?.message).toContain('is not allowed here');
  });

  test('not JSON at all: a syntax problem with line and column', async () => {
    const opened = await readKringFile(file('{\n  "format": "kring",\n  oops\n}'));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(problemLines(opened.problems, 'en')[0]?.message).toMatch(/line 3/);
  });
});

describe('ProblemList', () => {
  test('shows hostile names and ids as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const doc = {
      ...newDocument('x', 'en'),
      ties: [{ id: 't1', from: 'p-focus', to: hostile }],
    };
    const opened = await readKringFile(file(JSON.stringify(doc), `${hostile}.kring.json`));
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    const screen = await render(ProblemList, {
      heading: `“${opened.name}” could not be opened`,
      problems: opened.problems,
    });
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent(hostile);
    await expect.element(alert).toHaveTextContent('ties[0].to');
    expect(alert.element().querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
  test('the closing "… and N more" line names no place', async () => {
    const doc = newDocument('x', 'en');
    const ties = Array.from({ length: 400 }, (_, i) => ({ id: `t${i}`, from: 'p-focus', to: `nobody-${i}` }));
    const opened = await readKringFile(file(JSON.stringify({ ...doc, ties })));
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    const lines = problemLines(opened.problems, 'en');
    expect(lines.at(-1)?.path).toBeNull();
    expect(lines.at(-1)?.message).toMatch(/more/);
    const screen = await render(ProblemList, { heading: 'x', problems: opened.problems });
    const items = screen.container.querySelectorAll('li');
    expect(items[items.length - 1]?.querySelector('code')).toBeNull();
    expect(items[0]?.querySelector('code')?.textContent).toContain('ties[0].to');
  });
});

describe('file names and titles', () => {
  test('download names are safe and readable', () => {
    expect(fileNameFor('Netwerk van Noör', '.kring.json')).toBe('netwerk-van-noor.kring.json');
    expect(fileNameFor('../../etc/passwd', '.svg')).toBe('etc-passwd.svg');
    expect(fileNameFor('<>', '.png')).toBe('kring.png');
  });
  test('a new map is titled after the client and has them as focus', () => {
    const doc = newDocument('  Sophia  ', 'nl');
    expect(doc.title).toBe('Netwerk van Sophia');
    expect(doc.persons).toEqual([{ id: 'p-focus', name: 'Sophia', gender: 'unknown' }]);
    expect(titleOf({ ...doc, title: '' })).toBe('Sophia');
  });
});
