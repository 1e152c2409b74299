/**
 * Values a careless or hostile JavaScript host (or another device) could put into a command: wrong types,
 * out-of-range enumerations, huge strings, prototype keys, NaN and ±Infinity, class instances, getters and
 * proxies that throw, cycles, deep nesting, sparse lists — mixed with valid values of the format, so that
 * some hostile commands get past the structure and test the handlers' own checks too.
 */
import fc from 'fast-check';
import * as enums from '../../model/enums.js';
import type { KringDocument } from '../../model/types.js';

const ENUM_VALUES: readonly (string | number)[] = Object.values(enums).flatMap((value) =>
  Array.isArray(value) ? (value as (string | number)[]) : [],
);

function nested(depth: number, leaf: unknown, asList: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asList ? [value] : { a: value };
  return value;
}

function cyclic(): unknown {
  const a: Record<string, unknown> = { id: 'cycle', name: 'x' };
  a['self'] = a;
  return a;
}

function throwingGetter(): unknown {
  return Object.defineProperty({ id: 'getter' }, 'name', {
    enumerable: true,
    get() {
      throw new TypeError('getter');
    },
  });
}

/** A getter that answers differently each time it is read: the checked value must be the applied one. */
function shiftingGetter(): unknown {
  let reads = 0;
  return Object.defineProperty({ id: 'shifty', name: 'S', gender: 'woman' }, 'birth', {
    enumerable: true,
    get() {
      reads++;
      return reads === 1 ? '1990' : { not: 'a date' };
    },
  });
}

function throwingProxy(): unknown {
  return new Proxy(
    {},
    {
      get() {
        throw new Error('proxy get');
      },
      ownKeys() {
        throw new Error('proxy keys');
      },
      getPrototypeOf() {
        throw new Error('proxy prototype');
      },
    },
  );
}

class Point3 {
  x = 1;
  y = 2;
  z = 3;
}

/** Hand-picked hostile values (fresh objects per run where they hold state). */
const SPECIALS: readonly (() => unknown)[] = [
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => -0,
  () => 1e308,
  () => -1,
  () => 0,
  () => 1.5,
  () => 7,
  () => 2 ** 53,
  () => '',
  () => ' ',
  () => '__proto__',
  () => 'constructor',
  () => 'prototype',
  () => 'alien',
  () => 'x'.repeat(1_100_000),
  () => 'y'.repeat(50_000),
  () => undefined,
  () => null,
  () => true,
  () => [],
  () => {},
  () => Symbol('s'),
  () => () => 1,
  () => 10n,
  () => new Date(0),
  () => new Map([['a', 1]]),
  () => new Set([1]),
  () => new Uint8Array(2),
  () => new Point3(),
  () => Object.create(null) as unknown,
  () => Object.assign(Object.create(null) as object, { id: 'np', name: 'N', gender: 'man' }),
  () => JSON.parse('{"__proto__": {"polluted": true}, "id": "pp", "name": "P", "gender": "man"}') as unknown,
  () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  () => ({ x: Number.NaN, y: 0 }),
  () => ({ x: 1, y: Number.POSITIVE_INFINITY }),
  () => ({ x: '1', y: 2 }),
  () => ({ x: 1e308, y: -1e308 }),
  // eslint-disable-next-line no-sparse-arrays -- a list with a hole, on purpose
  () => [, 'a'],
  () => [undefined],
  () => ['a', 'a'],
  () => new Array<string>(150_000).fill('a'),
  () => nested(100, 'deep', false),
  () => nested(70, 1, true),
  cyclic,
  throwingGetter,
  shiftingGetter,
  throwingProxy,
  () => ({ kind: 'married', date: '2001-13-40' }),
  () => ({ type: 'emotional', direction: 'given' }),
  () => ({ key: '', label: 'x' }),
  () => [{ key: 'k', label: 'L', since: 'soon' }],
];

/** Hostile values, mixed with valid ids, dates and enumeration values of `doc`. */
export function hostileValue(doc: KringDocument): fc.Arbitrary<unknown> {
  const ids = [
    ...doc.persons.map((p) => p.id),
    ...doc.organisations.map((o) => o.id),
    ...doc.partnerships.map((p) => p.id),
  ];
  return fc.oneof(
    { weight: 3, arbitrary: fc.nat(SPECIALS.length - 1).map((i) => SPECIALS[i]!()) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...ENUM_VALUES, ...ids, '1990', '~1975-02', '2000-02-30', 'genogram'),
    },
    {
      weight: 2,
      arbitrary: fc.anything({
        maxDepth: 3,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
      }),
    },
  );
}

/** Keys to add to an object of a command: known field names, prototype keys and nonsense. */
export const EXTRA_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'id',
  'a',
  'b',
  'events',
  'members',
  'owners',
  'type',
  'support',
  'positions',
  'extra',
  'toString',
] as const;
