import { describe, expect, it } from 'vitest';
import { readDocument, type KringDocument } from '@kring/core';
import { seededRandom, syntheticFamily, syntheticNetwork } from './index.js';

function errorsOf(doc: KringDocument): string[] {
  const result = readDocument(doc);
  if (result.ok) return [];
  const errors = result.problems.filter((p) => p.severity === 'error');
  return errors.length
    ? errors.map((p) => `${p.path.join('.')}: ${JSON.stringify(p.message)}`)
    : [result.reason];
}

describe('seededRandom', () => {
  it('repeats its numbers for a seed and differs between seeds', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed).next);
    expect(take(1)).toEqual(take(1));
    expect(take(1)).not.toEqual(take(2));
    for (const n of take(3)) expect(n >= 0 && n < 1).toBe(true);
  });

  it('keeps int() within its bounds and weighted() in proportion', () => {
    const r = seededRandom(9);
    const counts = [0, 0];
    for (let i = 0; i < 10_000; i++) {
      const v = r.int(2, 4);
      expect(v >= 2 && v <= 4).toBe(true);
      counts[r.weighted([1, 3])]! += 1;
    }
    expect(counts[1]! / 10_000).toBeGreaterThan(0.7);
    expect(counts[1]! / 10_000).toBeLessThan(0.8);
  });
});

describe('syntheticFamily', () => {
  it.each([1, 2, 7, 50, 200, 1000, 5000])('gives exactly %i persons in a valid document', (n) => {
    const doc = syntheticFamily(n, 42);
    expect(doc.persons).toHaveLength(n);
    expect(errorsOf(doc)).toEqual([]);
  });

  it('is deterministic per size and seed', () => {
    expect(syntheticFamily(300, 5)).toEqual(syntheticFamily(300, 5));
    expect(syntheticFamily(300, 5)).not.toEqual(syntheticFamily(300, 6));
  });

  it.each([11, 12, 13, 14, 15])('stays valid for seed %i at assorted sizes', (seed) => {
    for (const n of [3, 20, 90, 400]) expect(errorsOf(syntheticFamily(n, seed))).toEqual([]);
  });

  it('has the mix a genogram meets: remarriage, divorce, adoption, fostering, one known parent, twins', () => {
    const doc = syntheticFamily(2000, 42);
    const kinds = new Set(doc.parentChild.map((l) => l.kind));
    expect(kinds).toEqual(new Set(['biological', 'adoptive', 'foster']));
    const events = new Set(doc.partnerships.flatMap((p) => p.events.map((e) => e.kind)));
    for (const kind of ['married', 'started', 'divorced', 'separated']) expect(events).toContain(kind);
    const unionsOf = new Map<string, number>();
    for (const p of doc.partnerships)
      for (const id of [p.a, p.b]) unionsOf.set(id, (unionsOf.get(id) ?? 0) + 1);
    expect([...unionsOf.values()].some((n) => n > 1)).toBe(true);
    const lone = doc.parentChild.filter((l) => l.partnership === undefined);
    expect(lone.length).toBeGreaterThan(0);
    expect(doc.multipleBirths.length).toBeGreaterThan(0);
    expect(doc.persons.some((p) => p.death !== undefined)).toBe(true);
    const withParents = new Set(doc.parentChild.map((l) => l.child));
    expect(withParents.has(doc.focus)).toBe(true);
  });
});

describe('syntheticNetwork', () => {
  it.each([1, 2, 50, 200, 1000, 5000])('gives %i entities (focus + alters) in a valid document', (n) => {
    const doc = syntheticNetwork(n, 7);
    expect(doc.persons.length + doc.organisations.length).toBe(n);
    expect(errorsOf(doc)).toEqual([]);
  });

  it('places every alter by one tie from the focus and lets alters know each other', () => {
    const doc = syntheticNetwork(400, 3);
    const fromFocus = doc.ties.filter((t) => t.from === doc.focus);
    expect(fromFocus).toHaveLength(399);
    for (const t of fromFocus) {
      expect(t.ring).toBeGreaterThanOrEqual(1);
      expect(t.ring).toBeLessThanOrEqual(3);
      expect(t.sector).toBeDefined();
    }
    expect(doc.ties.length - fromFocus.length).toBe(Math.round(399 * 1.5));
    expect(doc.organisations.length).toBeGreaterThan(0);
    expect(syntheticNetwork(400, 3, { organisationShare: 0 }).organisations).toEqual([]);
  });

  it('is deterministic per size and seed', () => {
    expect(syntheticNetwork(300, 5)).toEqual(syntheticNetwork(300, 5));
    expect(syntheticNetwork(300, 5)).not.toEqual(syntheticNetwork(300, 6));
  });
});
