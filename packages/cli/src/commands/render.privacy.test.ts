/**
 * One test per leak of docs/privacy.md: exports carry no document unless asked, and a pseudonymised export of
 * every example case, in every view, shows no name or name part, place, household label, note, occupation,
 * contact, title or calendar year — only initials and ages. The forbidden words are taken from the documents
 * here, independently of the code that leaves them out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readDocument, VIEWS, type KringDocument } from '@kring/core';
import { type Node } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { parseStrictXml } from '../../../scene/src/test-support/parse-xml.js';
import { EXIT, type CommandIO } from './command.js';
import { RENDERERS, runRender } from './render.js';

const CASES = path.resolve(import.meta.dirname, '../../../examples/cases');
const SOPHIA = path.resolve(import.meta.dirname, '../../../core/fixtures/valid/sophia.kring.json');
const EXAMPLES = fs
  .readdirSync(CASES)
  .filter((f) => f.endsWith('.kring.json'))
  .sort()
  .map((file) => ({ name: file.replace('.kring.json', ''), file: path.join(CASES, file) }));
const CASE_VIEWS = EXAMPLES.flatMap((e) => VIEWS.map((view) => [e.name, view, e.file] as const));

function load(file: string): KringDocument {
  const read = readDocument(fs.readFileSync(file, 'utf8'));
  if (!read.ok) throw new Error(`${file} does not read`);
  return read.document;
}

function render(argv: string[]): { code: number; svg: string; err: string } {
  let svg = '';
  let err = '';
  const io: CommandIO = {
    out: (text) => void (svg += text),
    err: (text) => void (err += text),
    readFile: (file) => fs.readFileSync(file),
    writeFile: () => {
      throw new Error('no files');
    },
  };
  return { code: runRender(argv, io), svg, err };
}

/** Every text an SVG shows or reads out (text, title, desc), one per line. */
function shownText(svg: string): string {
  const lines: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3 || node.nodeType === 4) lines.push(node.nodeValue ?? '');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(parseStrictXml(svg).documentElement!);
  return lines.join('\n');
}

/** Little words inside names that name nobody ("van der", "de"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'ter', 'ten', 'het']);
const words = (text: string | undefined, min: number) =>
  (text ?? '').split(/[^\p{L}\p{N}-]+/u).filter((w) => [...w].length >= min);

/** What a pseudonymised export of `doc` must not show, as whole words (and whole phrases). */
function forbidden(doc: KringDocument): { term: string; what: string }[] {
  const out: { term: string; what: string }[] = [];
  const add = (what: string, ...terms: (string | undefined)[]) => {
    for (const term of terms) if (term && term.trim() !== '') out.push({ term: term.trim(), what });
  };
  if (doc.title) add('title', doc.title);
  for (const p of doc.persons) {
    add('name', p.name.trim());
    add('name part', ...words(p.name, 3).filter((w) => !PARTICLES.has(w.toLowerCase())));
    add('place', p.location, ...words(p.location, 3));
    add('occupation', p.occupation, ...words(p.occupation, 4));
    add('note', p.notes);
    const contact = (p as { contact?: Record<string, string> }).contact;
    if (contact) add('contact', ...Object.values(contact));
  }
  for (const h of doc.households) add('household label', h.label, ...words(h.label, 3));
  for (const o of doc.organisations) add('note', o.notes);
  for (const e of doc.emotional) add('note', e.notes);
  for (const t of doc.ties) add('note', t.notes);
  const dates = [
    doc.referenceDate,
    doc.plan?.meetingDate,
    ...(doc.plan?.actions.map((a) => a.due) ?? []),
    ...doc.persons.flatMap((p) => [p.birth, p.death, ...(p.conditions ?? []).map((c) => c.since)]),
    ...doc.partnerships.flatMap((u) => u.events.map((e) => e.date)),
    ...doc.parentChild.flatMap((pc) => [pc.from, pc.to]),
  ];
  for (const date of dates) add('calendar year', /\d{4}/.exec(date ?? '')?.[0]);
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asWord = (term: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(term).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');

function leaks(text: string, doc: KringDocument): string[] {
  return forbidden(doc)
    .filter(({ term }) => asWord(term).test(text))
    .map(({ term, what }) => `${what}: ${term}`);
}

describe('exports are private by default', () => {
  it.each(CASE_VIEWS)('%s, %s: no document inside the SVG unless asked for', (_name, view, file) => {
    const plain = render([file, '--view', view]);
    expect(plain.code).toBe(EXIT.ok);
    expect(plain.svg).not.toContain('<metadata');
    expect(plain.svg).not.toContain('kring-payload');
    const asked = render([file, '--view', view, '--embed']);
    expect(asked.svg).toContain('<!-- kring-payload-start -->');
  });

  it('the check finds what an ordinary export shows (it can fail)', () => {
    const file = EXAMPLES.find((e) => e.name === 'noor-bij-tante')!.file;
    const found = leaks(shownText(render([file, '--view', 'genogram']).svg), load(file));
    expect(found).toEqual(
      expect.arrayContaining([
        'title: Netwerk van Noor',
        'name: Noor Verhoeven',
        'place: Tilburg',
        'household label: Tilburg',
        'occupation: doktersassistente',
        'calendar year: 2009',
        'calendar year: 2022',
      ]),
    );
  });

  it.each(CASE_VIEWS)(
    '%s, %s pseudonymised: no name, place, household label, note, occupation, contact or year',
    (_name, view, file) => {
      const { code, svg } = render([file, '--view', view, '--pseudonymise']);
      expect(code).toBe(EXIT.ok);
      const text = shownText(svg);
      expect(leaks(text, load(file))).toEqual([]);
      expect(text).toMatch(/namen afgekort tot initialen/);
    },
  );

  it('ages stay in a pseudonymised genogram', () => {
    const file = EXAMPLES.find((e) => e.name === 'noor-bij-tante')!.file;
    const text = shownText(render([file, '--view', 'genogram', '--pseudonymise']).svg);
    // Noor, born 2009-05-14, is 12 at the reference date 2022-03-01.
    expect(text.split('\n')).toContain('12');
    expect(text.split('\n')).toContain('N.V.');
  });

  it.each(EXAMPLES.map((e) => [e.name, e.file] as const))(
    '%s: --hide-health makes condition labels neutral',
    (_name, file) => {
      const doc = load(file);
      const labels = doc.persons.flatMap((p) => (p.conditions ?? []).map((c) => c.label));
      const plain = shownText(render([file, '--view', 'genogram', '--locale', 'en']).svg);
      const hidden = shownText(render([file, '--view', 'genogram', '--hide-health', '--locale', 'en']).svg);
      for (const label of labels) {
        expect(plain).toContain(label);
        expect(hidden).not.toContain(label);
      }
      if (labels.length > 0) expect(hidden).toMatch(/trait 1/);
      expect(hidden).toContain('health data hidden');
    },
  );

  it('refuses --embed with --pseudonymise or --hide-health before reading the file', () => {
    for (const flag of ['--pseudonymise', '--hide-health']) {
      const { code, svg, err } = render(['/nonexistent.kring.json', '--view', 'genogram', flag, '--embed']);
      expect(code).toBe(EXIT.usage);
      expect(svg).toBe('');
      expect(err).toMatch(/kan het document niet bevatten/);
    }
  });
});

describe('every renderer marks its scene', () => {
  const doc = load(SOPHIA);
  it.each(VIEWS)('%s: pseudonymised and health-hiding scenes say so', (view) => {
    const plain = RENDERERS[view](doc, { locale: 'nl' });
    expect(plain.pseudonymised).toBeUndefined();
    expect(plain.healthHidden).toBeUndefined();
    const pseudo = RENDERERS[view](doc, { locale: 'nl', pseudonymise: true });
    expect(pseudo.pseudonymised).toBe(true);
    const health = RENDERERS[view](doc, { locale: 'nl', hideHealth: true });
    expect(health.healthHidden).toBe(true);
  });
});
