import { describe, expect, it } from 'vitest';
import type { Partnership } from '@kring/core';
import { unionMarks } from './union-label.js';

const p = (type: Partnership['type'], events: Partnership['events']): Partnership => ({
  id: 'u',
  a: 'a',
  b: 'b',
  type,
  events,
});

describe('unionMarks', () => {
  it('labels a marriage and its divorce with two slashes', () => {
    const m = p('marriage', [
      { kind: 'married', date: '1990-05-01' },
      { kind: 'separated', date: '1995' },
      { kind: 'divorced', date: '1997' },
    ]);
    expect(unionMarks(m, 'en')).toEqual({ text: 'm. 1990 · d. 1997', slashes: 2, endKind: 'divorced' });
    expect(unionMarks(m, 'nl').text).toBe('geh. 1990 · gesch. 1997');
  });

  it('shows one slash for a separation and none after a reconciliation', () => {
    expect(
      unionMarks(
        p('cohabitation', [
          { kind: 'cohabiting', date: '1995' },
          { kind: 'separated', date: '1999' },
        ]),
        'en',
      ),
    ).toMatchObject({ text: 'LT 1995 · s. 1999', slashes: 1 });
    expect(
      unionMarks(
        p('marriage', [{ kind: 'married' }, { kind: 'separated' }, { kind: 'reconciled', date: '1998' }]),
        'en',
      ),
    ).toMatchObject({ text: 'm. · rec. 1998', slashes: 0 });
  });
});
