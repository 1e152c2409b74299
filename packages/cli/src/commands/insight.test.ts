import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { memoryIO } from '../test-support/memory-io.js';

const CASES = new URL('../../../examples/cases/', import.meta.url);
const exampleCase = (slug: string): string => readFileSync(new URL(`${slug}.kring.json`, CASES), 'utf8');

/** The focus f lives with h; a neighbour, an aunt (kin through f's mother m) and a youth care team. */
const network = {
  format: 'kring',
  version: 2,
  focus: 'f',
  options: { symbols: 'mcgoldrick', deathMark: 'x', rings: 4, sectors: 'default' },
  persons: [
    { id: 'f', name: 'Sam', gender: 'unknown' },
    { id: 'h', name: 'Kim', gender: 'woman' },
    { id: 'm', name: 'Moeder', gender: 'woman' },
    { id: 'n', name: 'Buurvrouw', gender: 'woman' },
    { id: 'x', name: 'Vriendin van de buurvrouw', gender: 'woman' },
  ],
  organisations: [{ id: 'o', name: 'Jeugdteam', category: 'youth_care' }],
  parentChild: [{ id: 'pc', parent: 'm', child: 'f', kind: 'biological' }],
  households: [{ id: 'hh', members: ['f', 'h'], current: true }],
  ties: [
    {
      id: 't1',
      from: 'f',
      to: 'n',
      ring: 1,
      sector: 'neighbours',
      support: [{ type: 'practical', direction: 'received' }],
    },
    {
      id: 't2',
      from: 'h',
      to: 'm',
      ring: 2,
      support: [
        { type: 'emotional', direction: 'received' },
        { type: 'practical', direction: 'given' },
      ],
    },
    {
      id: 't3',
      from: 'o',
      to: 'f',
      support: [{ type: 'financial', direction: 'received', potential: true }],
    },
    { id: 't4', from: 'n', to: 'x' },
  ],
  plan: null,
};

describe('kring insight', () => {
  it('--json prints exactly one object with the contract’s keys and the figures of the network', () => {
    const io = memoryIO({ 'n.kring.json': JSON.stringify(network) });
    expect(run(['insight', 'n.kring.json', '--json', '--locale', 'en'], io)).toBe(0);
    expect(io.stderr).toBe('');
    expect(io.stdout.endsWith('}\n')).toBe(true);
    expect(JSON.parse(io.stdout)).toEqual({
      alters: 3,
      informal: 2,
      professional: 1,
      reciprocal: 1,
      knowEachOther: 1,
      byRing: { '1': 1, '2': 1, '3': 0, '4': 0, none: 1 },
      bySector: { family: 1, friends: 0, neighbours: 1, work_school: 0, professionals: 1, none: 0 },
      support: {
        emotional: { received: 1, given: 0, potential: 0 },
        practical: { received: 1, given: 1, potential: 0 },
        informational: { received: 0, given: 0, potential: 0 },
        companionship: { received: 0, given: 0, potential: 0 },
        care: { received: 0, given: 0, potential: 0 },
        financial: { received: 0, given: 0, potential: 1 },
        appraisal: { received: 0, given: 0, potential: 0 },
      },
      findings: [
        { code: 'noSource', people: [], text: 'Nobody for information and advice' },
        { code: 'noSource', people: [], text: 'Nobody for companionship' },
        { code: 'noSource', people: [], text: 'Nobody for care' },
        {
          code: 'noSource',
          people: ['o'],
          text: 'Nobody for financial support yet; could be asked: Jeugdteam',
        },
        { code: 'noSource', people: [], text: 'Nobody for appraisal, feedback' },
        // Family are named with their word to the client (core's kinship words).
        { code: 'singleSource', people: ['m'], text: 'Emotional support comes only from mother Moeder' },
        { code: 'singleSource', people: ['n'], text: 'Practical help comes only from Buurvrouw' },
      ],
    });
  });

  it('speaks Dutch by default, as text without --json', () => {
    const io = memoryIO({ 'n.kring.json': JSON.stringify(network) });
    expect(run(['insight', 'n.kring.json'], io)).toBe(0);
    const lines = io.stdout.split('\n');
    expect(lines[0]).toBe('Netwerk: 3 personen en organisaties (2 informeel, 1 professioneel)');
    expect(lines).toContain('  Ring 4: 0');
    expect(lines).toContain('  buren, buurt: 1');
    expect(lines).toContain('  praktische steun: 1 / 1 / 0');
    expect(lines).toContain('  - Praktische steun komt alleen van Buurvrouw');
    expect(lines.at(-1)).toBe('');
  });

  it('agrees on the three example cases: figures add up, every finding names known people', () => {
    for (const slug of ['noor-bij-tante', 'bakker-huisuitzetting', 'mila-en-daan']) {
      const text = exampleCase(slug);
      const doc = JSON.parse(text) as { persons: { id: string }[]; organisations: { id: string }[] };
      const ids = new Set([...doc.persons, ...doc.organisations].map((e) => e.id));
      const io = memoryIO({ 'case.json': text });
      expect(run(['insight', '--json', 'case.json'], io)).toBe(0);
      const report = JSON.parse(io.stdout) as {
        alters: number;
        informal: number;
        professional: number;
        byRing: Record<string, number>;
        bySector: Record<string, number>;
        findings: { code: string; people: string[]; text: string }[];
      };
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      expect(report.alters).toBeGreaterThan(0);
      expect(report.informal + report.professional).toBe(report.alters);
      expect([sum(report.byRing), sum(report.bySector)]).toEqual([report.alters, report.alters]);
      for (const f of report.findings) {
        expect(f.text).not.toMatch(/insight\.|\{/);
        for (const id of f.people) expect(ids.has(id)).toBe(true);
      }
    }
  });

  it('exits 1 for a missing or invalid file, 2 for a wrong command line', () => {
    const io = memoryIO({ 'bad.json': JSON.stringify({ ...network, focus: 'nobody' }) });
    expect(run(['insight', 'missing.json'], io)).toBe(1);
    expect(io.stderr).toContain('missing.json: Het bestand bestaat niet.');
    expect(run(['insight', 'bad.json', '--json'], io)).toBe(1);
    expect(io.stdout).toBe('');
    expect(run(['insight'], io)).toBe(2);
    expect(run(['insight', 'a.json', 'b.json'], io)).toBe(2);
    expect(run(['insight', 'bad.json', '--csv'], io)).toBe(2);
    expect(run(['insight', 'bad.json', '--locale', 'fr'], io)).toBe(2);
    expect(io.stderr).toContain('Gebruik: kring insight <bestand> [--json] [--locale nl|en]');
  });

  it('is listed in kring --help', () => {
    const io = memoryIO({});
    expect(run(['--help', '--locale', 'en'], io)).toBe(0);
    expect(io.stdout).toContain('insight <file> [--json]');
  });
});
