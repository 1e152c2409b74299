/**
 * Bounded problem lists and no unbounded recursion or spreads in the reader (format.md: every broken rule
 * appears at least once, at most 200 problems are listed, then "… and N more"). Inputs with hundreds of
 * thousands of problems; no timing is asserted here (the budgets are in bench/read.bench.ts).
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { nl } from '../i18n/nl.js';
import { t } from '../i18n/translate.js';
import { checkInvariants } from './invariants/check-invariants.js';
import { MAX_COORDINATE, MAX_DOCUMENT_BYTES } from './limits.js';
import type { Problem } from './problem.js';
import {
  isMoreProblems,
  MAX_LISTED_PROBLEMS,
  MORE_PROBLEMS_KEY,
  ProblemCollector,
} from './problem-collector.js';
import { error, warning } from './problems.js';
import { readDocument } from './read-document.js';
import { documentSchema } from './schema-v1.js';

const base = (): Record<string, unknown> & { persons: Record<string, unknown>[] } => ({
  format: 'kring',
  version: 2,
  focus: 'p-a',
  persons: [
    { id: 'p-a', name: 'Anna', gender: 'woman', birth: '1990' },
    { id: 'p-b', name: 'Bram', gender: 'man', birth: '1960' },
  ],
});

/** The listed problems without the closing "… and N more", and N (0 when the list was not shortened). */
function split(problems: readonly Problem[]): { listed: Problem[]; more: number } {
  const last = problems[problems.length - 1];
  if (last && isMoreProblems(last))
    return { listed: problems.slice(0, -1), more: Number(last.message.params?.['count']) };
  return { listed: [...problems], more: 0 };
}

const keysOf = (problems: readonly Problem[]): Set<string> => new Set(problems.map((p) => p.message.key));

describe('ProblemCollector', () => {
  it('lists everything when there are at most 200 problems, without a closing entry', () => {
    const c = new ProblemCollector();
    for (let i = 0; i < MAX_LISTED_PROBLEMS; i++)
      c.push(error(['persons', i], 'read.refMissing', { id: 'x' }));
    expect(c.list()).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(c.list().some(isMoreProblems)).toBe(false);
  });

  it('keeps the first of every rule, errors before warnings, and counts the rest', () => {
    const c = new ProblemCollector();
    c.push(warning(['w'], 'read.warn.duplicateTie', { a: 'a', b: 'b', first: 'ties[0]' }));
    for (let i = 0; i < 1000; i++) c.push(error(['persons', i], 'read.refMissing', { id: 'x' }));
    c.push(error(['late'], 'read.selfLink', { id: 'x' }));
    for (let i = 0; i < 500; i++)
      c.push(warning(['ties', i], 'read.warn.duplicateTie', { a: 'a', b: 'b', first: 'x' }));
    const list = c.list();
    const { listed, more } = split(list);
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(listed.length + more).toBe(1502);
    expect(keysOf(listed)).toEqual(new Set(['read.refMissing', 'read.selfLink', 'read.warn.duplicateTie']));
    // Errors first, each severity in the order found; the first-found warning is the one listed.
    const firstWarning = listed.findIndex((p) => p.severity === 'warning');
    expect(listed.slice(firstWarning).every((p) => p.severity === 'warning')).toBe(true);
    expect(listed[firstWarning]!.path).toEqual(['w']);
    expect(listed[firstWarning - 1]!.path).toEqual(['late']);
    expect(list[list.length - 1]!.severity).toBe('error');
    expect(c.errorCount).toBe(1001);
    expect(c.warningCount).toBe(501);
  });

  it('says "… and N more" in both languages', () => {
    expect(t('en', MORE_PROBLEMS_KEY, { count: 812 })).toBe('… and 812 more problems.');
    expect(t('nl', MORE_PROBLEMS_KEY, { count: 812 })).toBe('… en nog 812 problemen.');
  });
});

describe('readDocument: bounded problem lists', () => {
  it('lists at most 200 of 2,000,000 reference problems, then the exact number left out', () => {
    const doc = base();
    // One million members of a household: each names nothing, and each after the first ten is a duplicate.
    doc['households'] = [{ id: 'h', members: Array.from({ length: 1_000_000 }, (_, i) => `x${i % 10}`) }];
    const result = readDocument(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('invalid');
    const { listed, more } = split(result.problems);
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(listed.length + more).toBe(2_000_000 - 10);
    expect(keysOf(listed)).toEqual(new Set(['read.refMissing', 'read.duplicateMember']));
    expect(listed[0]!.path).toEqual(['households', 0, 'members', 0]);
  });

  it('keeps every broken rule, even one met only after the first 200 problems', () => {
    const doc = base();
    doc['households'] = [{ id: 'h', members: Array.from({ length: 500 }, (_, i) => `x${i}`) }];
    doc['partnerships'] = [{ id: 'pa', a: 'p-a', b: 'p-a', type: 'marriage' }];
    doc.persons[1]!['death'] = '1950';
    doc['emotional'] = [{ id: 'e', a: 'p-a', b: 'p-b', kind: 'neglect' }];
    const result = readDocument(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { listed, more } = split(result.problems);
    // The full list, computed without a bound, has the same rules and the same number of problems.
    const all = checkInvariants(v.parse(documentSchema, doc));
    expect(listed.length + more).toBe(all.filter((p) => p.severity === 'error').length);
    expect(keysOf(listed)).toEqual(keysOf(all.filter((p) => p.severity === 'error')));
    expect(keysOf(listed)).toEqual(
      new Set(['read.refMissing', 'read.selfLink', 'read.deathBeforeBirth', 'read.directionRequired']),
    );
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS);
  });

  it('bounds structural problems too: 100,000 bad list entries, the exact count, every rule', () => {
    const doc = base();
    doc['households'] = [{ id: 'h', members: Array.from({ length: 100_000 }, () => 7) }];
    doc['partnerships'] = [{ id: 'pa', a: 'p-a', b: 'p-b', type: 'marriage', events: [{}, { kind: 'wed' }] }];
    doc.persons.push({ id: 'p-c', name: 'C', gender: 'alien' });
    const result = readDocument(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { listed, more } = split(result.problems);
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS);
    // valibot without a bound finds the same number of issues.
    const unbounded = v.safeParse(documentSchema, doc);
    expect(listed.length + more).toBe(unbounded.issues?.length);
    expect(listed.length + more).toBe(100_000 + 3);
    expect(keysOf(listed)).toEqual(new Set(['read.expectedString', 'read.missingKey', 'read.notOneOf']));
    const gender = listed.find((p) => p.message.key === 'read.notOneOf' && p.path.includes('gender'));
    expect(gender?.path).toEqual(['persons', 2, 'gender']);
  });

  it('bounds what a value (not text) can hold: 300,000 NaNs are refused with a short list', () => {
    const doc = base();
    doc['extension'] = Array.from({ length: 300_000 }, () => Number.NaN);
    const result = readDocument(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('unsafe');
    const { listed, more } = split(result.problems);
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(listed.length + more).toBe(300_000);
  });
});

describe('readDocument: no recursion or spread per entry', () => {
  it('reads 140,000 pinned positions for unknown ids (a RangeError before) and drops them, listing 200', () => {
    const doc = base();
    const positions: Record<string, { x: number; y: number }> = { 'p-a': { x: 1, y: 2 } };
    for (let i = 0; i < 140_000; i++) positions[`gone-${i}`] = { x: i, y: i };
    doc['layouts'] = {
      genogram: { positions },
      ecogram: { positions: { 'p-a': { x: 1, y: 2 }, q: { x: 0, y: 0 } } },
    };
    const result = readDocument(JSON.stringify(doc));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.layouts.genogram?.positions).toEqual({ 'p-a': { x: 1, y: 2 } });
    expect(result.document.layouts.ecogram?.positions).toEqual({ 'p-a': { x: 1, y: 2 } });
    const { listed, more } = split(result.warnings);
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(listed.length + more).toBe(140_001);
    expect(result.warnings[result.warnings.length - 1]!.severity).toBe('warning');
  });

  it('reads a biological line 100,000 generations deep and a cycle through it', () => {
    const doc = base();
    const n = 100_000;
    doc.persons = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P${i}`, gender: 'man' }));
    doc['focus'] = 'p0';
    const links = Array.from({ length: n - 1 }, (_, i) => ({
      id: `l${i}`,
      parent: `p${i + 1}`,
      child: `p${i}`,
      kind: 'biological',
    }));
    // The entity limit (20,000) refuses this document before it is validated: still no throw.
    expect(readDocument({ ...doc, parentChild: links }).ok).toBe(false);
    // Within the limit: a line of 9,999 generations closed into a cycle.
    const small = 10_000;
    doc.persons = doc.persons.slice(0, small);
    const cycle = [
      ...links.slice(0, small - 1),
      { id: 'back', parent: 'p0', child: `p${small - 1}`, kind: 'biological' },
    ];
    const result = readDocument({ ...doc, parentChild: cycle });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(keysOf(result.problems)).toEqual(new Set(['read.parentCycle']));
  });
});

describe('readDocument: coordinates', () => {
  it('moves positions beyond ±1e6 drawing units to the bound, with a warning', () => {
    const doc = base();
    doc['layouts'] = {
      ecogram: { positions: { 'p-a': { x: 1e308, y: -1e308 }, 'p-b': { x: 12.5, y: -3 } } },
    };
    const result = readDocument(JSON.stringify(doc));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.layouts.ecogram?.positions).toEqual({
      'p-a': { x: MAX_COORDINATE, y: -MAX_COORDINATE },
      'p-b': { x: 12.5, y: -3 },
    });
    expect(result.warnings.map((w) => [w.path, w.message.key])).toEqual([
      [['layouts', 'ecogram', 'positions', 'p-a'], 'read.warn.layoutPositionClamped'],
    ]);
  });
});

describe('the size limit is stated in bytes', () => {
  it('is 20 MiB = 20,971,520 bytes, and the messages say so in both languages', () => {
    expect(MAX_DOCUMENT_BYTES).toBe(20_971_520);
    expect(en['read.tooLarge']).toContain('20 MiB (20,971,520 bytes');
    expect(nl['read.tooLarge']).toContain('20 MiB (20.971.520 bytes');
    expect(en['read.write.tooLarge']).toContain('20 MiB (20,971,520 bytes)');
    expect(nl['read.write.tooLarge']).toContain('20 MiB (20.971.520 bytes)');
  });

  it('counts UTF-8 bytes, not string length: 7.1 M three-byte characters are refused', () => {
    const doc = base();
    const name = '€'.repeat(Math.ceil(MAX_DOCUMENT_BYTES / 3) + 10);
    doc.persons[0]!['name'] = name;
    const text = JSON.stringify(doc);
    expect(text.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    const result = readDocument(text);
    expect(result.ok || result.reason).toBe('tooLarge');
  });
});
