import fs from 'node:fs';
import path from 'node:path';
import { readDocument, type KringDocument } from '@kring/core';
import { extractDocumentFromSvg } from '@kring/scene';
import { describe, expect, it } from 'vitest';
import { parseStrictXml } from '../../../scene/src/test-support/parse-xml.js';
import { runLayout, type LayoutJson } from './layout.js';
import { EXIT, type CommandIO } from './command.js';
import { runRender } from './render.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../core/fixtures');
const SOPHIA = path.join(FIXTURES, 'valid/sophia.kring.json');
const VIEWS = ['genogram', 'ecogram', 'sociogram'] as const;

/** A fake terminal: reads real files, keeps written ones in memory. */
function fakeIO() {
  const io = {
    stdout: '',
    stderr: '',
    written: new Map<string, string>(),
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
    readFile: (file: string): Uint8Array => fs.readFileSync(file),
    writeFile(file: string, text: string) {
      io.written.set(file, text);
    },
  } satisfies CommandIO & Record<string, unknown>;
  return io;
}

function sophia(): KringDocument {
  const result = readDocument(fs.readFileSync(SOPHIA, 'utf8'));
  if (!result.ok) throw new Error('fixture unreadable');
  return result.document;
}

describe('kring render', () => {
  it.each(VIEWS)('draws the %s of a document as well-formed SVG on stdout', (view) => {
    const io = fakeIO();
    expect(runRender([SOPHIA, '--view', view], io)).toBe(EXIT.ok);
    expect(io.stderr).toBe('');
    const doc = parseStrictXml(io.stdout);
    expect(doc.getElementsByTagName('title')[0]!.textContent).toMatch(/^Netwerk van Sophia — /);
    expect(io.stdout).toContain('Legenda');
    expect(io.stdout).toContain('peildatum 2022-03-01');
  });

  it('writes to -o and says so on stderr, in the chosen language', () => {
    const io = fakeIO();
    expect(runRender([SOPHIA, '--view', 'genogram', '--locale', 'en', '-o', 'out.svg'], io)).toBe(EXIT.ok);
    expect(io.stdout).toBe('');
    expect(io.written.get('out.svg')).toMatch(/^<\?xml/);
    expect(io.written.get('out.svg')).toContain('Legend');
    expect(io.stderr).toBe('Wrote out.svg.\n');
  });

  it('leaves out legend and title block on request and fits onto A3', () => {
    const io = fakeIO();
    runRender([SOPHIA, '--view', 'genogram', '--no-legend', '--no-title', '--fit', 'a3'], io);
    expect(io.stdout).not.toContain('Legenda');
    expect(io.stdout).not.toContain('peildatum');
    expect(io.stdout).toContain('width="420mm" height="297mm"');
  });

  it('embeds the document with --embed, and reading it back gives the same document', () => {
    const io = fakeIO();
    runRender([SOPHIA, '--view', 'sociogram', '--embed'], io);
    const json = extractDocumentFromSvg(io.stdout);
    const back = readDocument(json!);
    expect(back.ok).toBe(true);
    expect(back.ok && back.document).toEqual(sophia());
  });

  it.each(VIEWS)('with --pseudonymise the %s shows no full name anywhere in the file', (view) => {
    const io = fakeIO();
    expect(runRender([SOPHIA, '--view', view, '--pseudonymise'], io)).toBe(EXIT.ok);
    for (const person of sophia().persons) {
      if (person.name.trim().includes(' ')) expect(io.stdout).not.toContain(person.name);
    }
    expect(io.stdout).not.toContain('Netwerk van Sophia');
    expect(io.stdout).toContain('namen afgekort tot initialen');
  });

  it('refuses --pseudonymise with --embed: the names would leak through the embedded document', () => {
    const io = fakeIO();
    expect(runRender([SOPHIA, '--view', 'genogram', '--pseudonymise', '--embed', '--locale', 'en'], io)).toBe(
      EXIT.usage,
    );
    expect(io.stdout).toBe('');
    expect(io.stderr).toContain('A pseudonymised export cannot hold the document');
  });

  it.each([
    [['--view', 'genogram'], 'Geef precies één .kring.json-bestand.'],
    [[SOPHIA], 'Zeg welke weergave getekend moet worden'],
    [[SOPHIA, '--view', 'pedigree'], 'Onbekende weergave "pedigree"'],
    [[SOPHIA, '--view', 'genogram', '--fit', 'a5'], 'Onbekend papierformaat "a5"'],
    [
      [SOPHIA, '--view', 'genogram', '--colour'],
      "De opdrachtregel is niet te begrijpen: Unknown option '--colour'",
    ],
  ])('explains a wrong command line %j and shows the usage', (argv, message) => {
    const io = fakeIO();
    expect(runRender(argv, io)).toBe(EXIT.usage);
    expect(io.stderr).toContain(message);
    expect(io.stderr).toContain('kring render <bestand> --view');
  });

  it('lists every error of a bad file with its path, and writes nothing', () => {
    const io = fakeIO();
    const file = path.join(FIXTURES, 'invalid/wrong-gender.kring.json');
    expect(runRender([file, '--view', 'genogram', '--locale', 'en', '-o', 'x.svg'], io)).toBe(EXIT.refused);
    expect(io.stderr).toMatch(/wrong-gender\.kring\.json: persons\[\d+\]\.gender: /);
    expect(io.written.size).toBe(0);
  });

  it('says so when the file cannot be read or is not JSON', () => {
    const missing = fakeIO();
    expect(runRender(['/nonexistent.kring.json', '--view', 'genogram'], missing)).toBe(EXIT.refused);
    expect(missing.stderr).toBe('/nonexistent.kring.json: Het bestand bestaat niet.\n');
    const syntax = fakeIO();
    const file = path.join(FIXTURES, 'invalid/syntax-error.kring.json');
    expect(runRender([file, '--view', 'genogram', '--locale', 'en'], syntax)).toBe(EXIT.refused);
    expect(syntax.stderr).toContain('not valid JSON');
  });

  it('refuses an unknown language', () => {
    const io = fakeIO();
    expect(runRender([SOPHIA, '--view', 'genogram', '--locale', 'de'], io)).toBe(EXIT.usage);
    expect(io.stderr).toContain('"de"');
  });

  it('says so when the output cannot be written', () => {
    const io = fakeIO();
    io.writeFile = () => {
      throw Object.assign(new Error('no such directory'), { code: 'ENOENT' });
    };
    expect(runRender([SOPHIA, '--view', 'genogram', '--locale', 'en', '-o', 'nope/x.svg'], io)).toBe(
      EXIT.refused,
    );
    expect(io.stderr).toBe('Cannot write nope/x.svg (ENOENT).\n');
  });

  it('writes to stdout with -o -', () => {
    const io = fakeIO();
    expect(runRender([SOPHIA, '--view', 'ecogram', '-o', '-'], io)).toBe(EXIT.ok);
    expect(io.stdout).toMatch(/^<\?xml/);
  });

  it('is deterministic: the same command gives the same bytes', () => {
    const a = fakeIO();
    const b = fakeIO();
    runRender([SOPHIA, '--view', 'sociogram', '--fit', 'a4'], a);
    runRender([SOPHIA, '--view', 'sociogram', '--fit', 'a4'], b);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('kring layout', () => {
  it.each(VIEWS)('prints the %s as JSON with a box for every drawn person and organisation', (view) => {
    const io = fakeIO();
    expect(runLayout([SOPHIA, '--view', view], io)).toBe(EXIT.ok);
    const layout = JSON.parse(io.stdout) as LayoutJson;
    expect(layout.view).toBe(view);
    const doc = sophia();
    const ids = new Set([...doc.persons.map((p) => p.id), ...doc.organisations.map((o) => o.id)]);
    const drawn = layout.nodes.filter((n) => n.kind !== 'household');
    expect(drawn.length).toBeGreaterThan(0);
    for (const node of drawn) {
      expect(ids.has(node.id), node.id).toBe(true);
      expect(['person', 'organisation']).toContain(node.kind);
      for (const v of [node.x, node.y, node.width, node.height]) expect(Number.isFinite(v)).toBe(true);
      expect(node.width).toBeGreaterThan(0);
      expect(node.height).toBeGreaterThan(0);
      // inside the scene bounds
      expect(node.x).toBeGreaterThanOrEqual(layout.bounds.x - 0.01);
      expect(node.x + node.width).toBeLessThanOrEqual(layout.bounds.x + layout.bounds.width + 0.01);
    }
  });

  it('the genogram lays out every family member and leaves persons known only through ties out', () => {
    const io = fakeIO();
    runLayout([SOPHIA, '--view', 'genogram'], io);
    const layout = JSON.parse(io.stdout) as LayoutJson;
    const drawn = new Set(layout.nodes.map((n) => n.id));
    const doc = sophia();
    const family = new Set([
      ...doc.partnerships.flatMap((p) => [p.a, p.b]),
      ...doc.parentChild.flatMap((l) => [l.parent, l.child]),
    ]);
    const tied = new Set(doc.ties.flatMap((t) => [t.from, t.to]));
    for (const person of doc.persons)
      if (family.has(person.id)) expect(drawn.has(person.id), person.id).toBe(true);
      else if (tied.has(person.id)) expect(drawn.has(person.id), person.id).toBe(false);
  });

  it('uses initials as labels with --pseudonymise', () => {
    const io = fakeIO();
    runLayout([SOPHIA, '--view', 'sociogram', '--pseudonymise'], io);
    const labels = (JSON.parse(io.stdout) as LayoutJson).nodes.map((n) => n.label);
    expect(labels).toContain('S.J.');
    expect(labels).not.toContain('Sophia Jansen');
  });

  it('explains a wrong command line with the layout usage', () => {
    const io = fakeIO();
    expect(runLayout([SOPHIA, '--locale', 'en'], io)).toBe(EXIT.usage);
    expect(io.stderr).toContain('Say which view to draw');
    expect(io.stderr).toContain('Usage: kring layout <file>');
  });
});
