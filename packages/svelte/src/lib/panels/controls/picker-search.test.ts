import { describe, expect, test } from 'vitest';
import { fold, search } from './picker-search.js';

const names = ['Anna de Vries', 'Jan Jansen', 'Hanna Bakker', 'Élise Janssens', 'Marie-Anne Smit', 'Johan'];
const folded = names.map(fold);
const listed = (query: string, limit = 10) => search(folded, query, limit).shown.map((i) => names[i]);

describe('picker search', () => {
  test('folds case, accents and spaces', () => {
    expect(fold('  Élise   JANSSENS ')).toBe('elise janssens');
  });

  test('an empty query lists the options in order, up to the limit, and counts them all', () => {
    expect(search(folded, '  ', 4)).toEqual({ shown: [0, 1, 2, 3], total: 6 });
  });

  test('a word that begins with the key comes before a name that only holds it', () => {
    expect(listed('anna')).toEqual(['Anna de Vries', 'Hanna Bakker']);
    expect(listed('ann')).toEqual(['Anna de Vries', 'Marie-Anne Smit', 'Hanna Bakker']);
    expect(listed('jan')).toEqual(['Jan Jansen', 'Élise Janssens']);
  });

  test('accents and case do not matter; each further term must begin a word', () => {
    expect(listed('ELISE')).toEqual(['Élise Janssens']);
    expect(listed('jans vries')).toEqual([]);
    expect(listed('an vr')).toEqual(['Anna de Vries']);
    expect(listed('an ries')).toEqual([]);
    expect(listed('marie anne')).toEqual(['Marie-Anne Smit']);
  });

  test('only `limit` are listed, the total counts every match', () => {
    const many = Array.from({ length: 3010 }, (_, i) => fold(`Persoon ${i}`));
    const result = search(many, 'persoon 1', 50);
    expect(result.shown).toHaveLength(50);
    // 1, 10–19, 100–199, 1000–1999: 1 + 10 + 100 + 1000.
    expect(result.total).toBe(1111);
    expect(search(many, 'nobody', 50)).toEqual({ shown: [], total: 0 });
  });
});
