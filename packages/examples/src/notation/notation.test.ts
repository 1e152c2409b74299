import { describe, expect, test } from 'vitest';
import { readDocument, type View } from '@kring/core';
import { NOTATION_SAMPLES, NOTATION_SAMPLES_BY_VIEW, notationSample } from './index.js';

describe('the notation chart', () => {
  test.each(NOTATION_SAMPLES.map((s) => [s.slug, s] as const))(
    '%s is a valid document without warnings',
    (_, sample) => {
      const result = readDocument(JSON.parse(JSON.stringify(sample.document())));
      expect(result.ok ? result.warnings : result.problems).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );

  test('slugs are unique, file-safe and start with their view', () => {
    const slugs = NOTATION_SAMPLES.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of NOTATION_SAMPLES)
      expect(s.slug).toMatch(new RegExp(`^${s.view}-[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  test('every sample has a Dutch and an English name and a meaning', () => {
    for (const s of NOTATION_SAMPLES) {
      expect(s.name('nl').trim(), s.slug).not.toBe('');
      expect(s.name('en').trim(), s.slug).not.toBe('');
      expect(s.meaning.length, s.slug).toBeGreaterThan(10);
    }
    // The catalogue is really asked: the two languages differ for a translated key.
    expect(notationSample('genogram-gender-woman').name('nl')).toBe('vrouw');
    expect(notationSample('genogram-gender-woman').name('en')).toBe('woman');
  });

  test('each call builds a fresh document (stories may edit theirs)', () => {
    const s = notationSample('genogram-household');
    const a = s.document();
    a.persons.pop();
    expect(s.document().persons.length).toBe(a.persons.length + 1);
  });

  test('the chart covers every kind it promises', () => {
    const slugs = new Set(NOTATION_SAMPLES.map((s) => s.slug));
    const must = [
      'genogram-gender-man',
      'genogram-gender-non-binary',
      'genogram-index',
      'genogram-deceased-x',
      'genogram-deceased-slash',
      'genogram-birth-miscarriage',
      'genogram-twins-monozygotic',
      'genogram-descent-foster',
      'genogram-union-cohabitation',
      'genogram-event-divorced',
      'genogram-household',
      'genogram-emotional-cutoff',
      'genogram-emotional-physical-abuse',
      'genogram-condition',
      'ecogram-strength-1',
      'ecogram-stress-high',
      'ecogram-flow-both',
      'ecogram-support-received',
      'sociogram-rings-3',
      'sociogram-rings-4',
      'sociogram-sectors-lensink',
      'sociogram-badges',
      'sociogram-action-team',
    ];
    expect(must.filter((m) => !slugs.has(m))).toEqual([]);
    const counts = Object.fromEntries(
      (Object.keys(NOTATION_SAMPLES_BY_VIEW) as View[]).map((v) => [v, NOTATION_SAMPLES_BY_VIEW[v].length]),
    );
    expect(counts.genogram).toBeGreaterThanOrEqual(60);
  });

  test('unknown slugs throw', () => {
    expect(() => notationSample('genogram-dragon')).toThrow(/genogram-dragon/);
  });
});
