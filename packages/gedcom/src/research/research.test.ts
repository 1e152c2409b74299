import { DOMParser } from '@xmldom/xmldom';
import { readDocument, type KringDocument } from '@kring/core';
import { EXAMPLES } from '@kring/examples';
import { syntheticNetwork } from '@kring/examples/synthetic';
import { describe, expect, it } from 'vitest';
import { csvCell, exportCsv } from './csv.js';
import { exportGraphml } from './graphml.js';

function example(slug: string): KringDocument {
  const read = readDocument(EXAMPLES.find((e) => e.slug === slug)!.document);
  if (!read.ok) throw new Error('example did not read');
  return read.document;
}

const GRAPHML = 'http://graphml.graphdrawing.org/xmlns';

/** Reads GraphML with a real XML parser and checks its structure as a GraphML reader would. */
function readGraphml(text: string) {
  const errors: string[] = [];
  const xml = new DOMParser({
    onError: (level, message) => void errors.push(`${level}: ${message}`),
  }).parseFromString(text, 'application/xml');
  expect(errors).toEqual([]);
  const root = xml.documentElement!;
  expect([root.namespaceURI, root.localName]).toEqual([GRAPHML, 'graphml']);
  const all = (name: string) => Array.from(xml.getElementsByTagNameNS(GRAPHML, name));
  const keys = new Map(
    all('key').map((k) => [
      k.getAttribute('id')!,
      { for: k.getAttribute('for'), name: k.getAttribute('attr.name'), type: k.getAttribute('attr.type') },
    ]),
  );
  const graphs = all('graph');
  expect(graphs).toHaveLength(1);
  expect(graphs[0]!.getAttribute('edgedefault')).toBe('directed');
  const nodes = all('node');
  const nodeIds = new Set(nodes.map((n) => n.getAttribute('id')!));
  expect(nodeIds.size).toBe(nodes.length);
  const edges = all('edge');
  expect(new Set(edges.map((e) => e.getAttribute('id'))).size).toBe(edges.length);
  for (const e of edges) {
    expect(nodeIds.has(e.getAttribute('source')!)).toBe(true);
    expect(nodeIds.has(e.getAttribute('target')!)).toBe(true);
  }
  const attributes = (el: (typeof nodes)[number]) => {
    const out: Record<string, string> = {};
    for (const d of Array.from(el.getElementsByTagNameNS(GRAPHML, 'data'))) {
      const key = keys.get(d.getAttribute('key')!);
      expect(key, `undeclared key ${d.getAttribute('key')}`).toBeDefined();
      expect(key!.for).toBe(el.localName);
      const value = d.textContent ?? '';
      if (key!.type === 'int') expect(value).toMatch(/^-?\d+$/);
      if (key!.type === 'boolean') expect(value).toMatch(/^(true|false)$/);
      out[key!.name!] = value;
    }
    return out;
  };
  return { keys, nodes: nodes.map(attributes), edges: edges.map(attributes) };
}

/** An RFC 4180 reader: fields, quotes, doubled quotes, CRLF records. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      expect(c).not.toBe('\n');
      field += c;
    }
  }
  expect(field).toBe('');
  return rows;
}

describe('GraphML export', () => {
  it('declares every key it uses, with one node per person and organisation and one edge per tie and relation', () => {
    const doc = example('noor-bij-tante');
    const g = readGraphml(exportGraphml(doc));
    expect(g.nodes).toHaveLength(doc.persons.length + doc.organisations.length);
    expect(g.edges).toHaveLength(
      doc.ties.length + doc.partnerships.length + doc.parentChild.length + doc.emotional.length,
    );
    expect(g.nodes.filter((n) => n['kind'] === 'organisation')).toHaveLength(doc.organisations.length);
    expect(g.edges.filter((e) => e['type'] === 'tie')).toHaveLength(doc.ties.length);
    expect(g.edges.filter((e) => e['type'] === 'parentChild')).toHaveLength(doc.parentChild.length);
    const noor = g.nodes.find((n) => n['kringId'] === 'p-noor')!;
    expect(noor).toMatchObject({
      label: 'Noor Verhoeven',
      gender: 'woman',
      birthYear: '2009',
      focus: 'true',
      kind: 'person',
    });
    const tie = g.edges.find(
      (e) => e['type'] === 'tie' && e['supportReceived'] === 'emotional;practical;care',
    )!;
    expect(tie).toMatchObject({
      strength: '3',
      ring: '1',
      frequency: 'daily',
      supportGiven: 'companionship',
    });
    expect([...g.keys.values()].map((k) => `${k.for}:${k.name}`)).toEqual(
      expect.arrayContaining([
        'node:gender',
        'node:birthYear',
        'node:sector',
        'node:ring',
        'node:kind',
        'edge:strength',
        'edge:stress',
        'edge:frequency',
        'edge:type',
      ]),
    );
  });

  it('pseudonymised: initials, no years, no Kring ids, no free text', () => {
    const doc = example('noor-bij-tante');
    const text = exportGraphml(doc, { pseudonymise: true });
    const g = readGraphml(text);
    expect(g.nodes.find((n) => n['focus'] === 'true')).toMatchObject({
      label: 'N.V.',
      age: expect.any(String),
    });
    for (const p of doc.persons) {
      expect(text).not.toContain(p.name);
      expect(text).not.toContain(p.id);
    }
    expect(text).not.toContain('2009');
    expect(text).not.toContain('Tilburg');
    expect(g.nodes.every((n) => n['birthYear'] === undefined && n['kringId'] === undefined)).toBe(true);
  });

  it('escapes what XML cannot hold as it is', () => {
    const doc = example('noor-bij-tante');
    // A control character and a lone surrogate: XML 1.0 cannot hold either (scene's escapeXml drops them).
    doc.persons[0]!.name = 'A <b>&"quote"\u0001\ud800';
    const g = readGraphml(exportGraphml(doc));
    expect(g.nodes[0]!['label']).toBe('A <b>&"quote"');
  });

  it('reads a 200-alter synthetic network', () => {
    const doc = syntheticNetwork(200, 3);
    const g = readGraphml(exportGraphml(doc));
    expect(g.nodes).toHaveLength(doc.persons.length + doc.organisations.length);
    expect(g.edges.filter((e) => e['type'] === 'tie')).toHaveLength(doc.ties.length);
  });
});

describe('CSV export', () => {
  it('writes four RFC 4180 files with a header row, one row per entry', () => {
    const doc = example('bakker-huisuitzetting');
    const files = exportCsv(doc);
    expect(Object.keys(files)).toEqual(['persons.csv', 'organisations.csv', 'ties.csv', 'relations.csv']);
    const persons = readCsv(files['persons.csv']);
    expect(persons[0]).toEqual([
      'id',
      'kringId',
      'label',
      'gender',
      'birthYear',
      'age',
      'deceased',
      'focus',
      'home',
      'sector',
      'ring',
    ]);
    expect(persons).toHaveLength(doc.persons.length + 1);
    expect(readCsv(files['organisations.csv'])).toHaveLength(doc.organisations.length + 1);
    expect(readCsv(files['ties.csv'])).toHaveLength(doc.ties.length + 1);
    expect(readCsv(files['relations.csv'])).toHaveLength(
      doc.partnerships.length + doc.parentChild.length + doc.emotional.length + 1,
    );
    for (const rows of Object.values(files).map(readCsv))
      for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
  });

  it('quotes commas, quotes and line ends, and defuses formulas', () => {
    expect(csvCell('Jansen, Piet')).toBe('"Jansen, Piet"');
    expect(csvCell('Piet "PJ" Jansen')).toBe('"Piet ""PJ"" Jansen"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}1`)).toBe(`'${start}1`);
    expect(csvCell(3)).toBe('3');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(undefined)).toBe('');
    const doc = example('bakker-huisuitzetting');
    doc.persons[0]!.name = '=cmd|"/c calc"!A1, ok';
    const rows = readCsv(exportCsv(doc)['persons.csv']);
    expect(rows[1]![2]).toBe(`'=cmd|"/c calc"!A1, ok`);
  });

  it('pseudonymised: no names, no years', () => {
    const doc = example('bakker-huisuitzetting');
    const files = exportCsv(doc, { pseudonymise: true });
    const all = Object.values(files).join('\n');
    for (const p of doc.persons) expect(all).not.toContain(p.name);
    for (const o of doc.organisations) expect(all).not.toContain(o.name);
    const persons = readCsv(files['persons.csv']);
    const year = persons[0]!.indexOf('birthYear');
    expect(persons.slice(1).every((r) => r[year] === '')).toBe(true);
  });
});
