/**
 * No enumeration key in a Dutch refusal: every refusal core gives — random command sequences against a
 * family document (most apply, some are refused on purpose) plus the refusals that carry an enumeration
 * value — is translated to Dutch and scanned for the format's enumeration keys (`divorced`,
 * `focused_on`, `tracy_whittaker`, …). A key that is also a Dutch word in the enumeration labels (`man`,
 * `school`) cannot be told apart and is not scanned for.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/apply-command.js';
import type { Command } from '../commands/command.js';
import { setOptions } from '../commands/document-settings.js';
import { addEmotional } from '../commands/emotional.js';
import { addPartnership, addPartnershipEvent } from '../commands/partnerships.js';
import { randomCommand } from '../commands/test-support/random-command.js';
import { validFamily } from '../commands/test-support/valid-family.js';
import { addTie } from '../commands/ties.js';
import { History } from '../history/history.js';
import { nl } from '../i18n/nl.js';
import { enumsNl } from '../i18n/parts/enums.nl.js';
import { t, type Message } from '../i18n/translate.js';
import * as enums from '../model/enums.js';
import type { KringDocument } from '../model/types.js';

const dutchWords = new Set(Object.values(enumsNl).flatMap((label) => label.split(/[^\p{L}_]+/u)));
const ENUM_KEYS: readonly string[] = [
  ...new Set(
    Object.values(enums)
      .flatMap((v) =>
        Array.isArray(v)
          ? v
          : v && typeof v === 'object' && !(v instanceof Set)
            ? Object.values(v).flat()
            : [],
      )
      .concat(enums.SECTOR_PRESET_NAMES)
      .filter((v): v is string => typeof v === 'string' && v.length > 1 && !dutchWords.has(v)),
  ),
];

function enumKeysIn(text: string): string[] {
  const words = new Set(text.split(/[^\p{L}_]+/u));
  return ENUM_KEYS.filter((key) => words.has(key));
}

/** A seeded LCG: the same refusals on every run. */
function numbers(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) % 100_000;
}

function refusalsOf(start: KringDocument, steps: number, seed: number): Message[] {
  const next = numbers(seed);
  const history = new History(start);
  const out: Message[] = [];
  for (let i = 0; i < steps; i++) {
    const result = history.execute(randomCommand(history.document, [next(), next(), next(), next()]));
    if (!result.ok) out.push(result.reason);
  }
  return out;
}

const doc = validFamily();
const crafted: Command[] = [
  addPartnership({ id: 'px', a: 'tom', b: 'lisa', type: 'marriage', events: [{ kind: 'divorced' }] }),
  addPartnership({ id: 'py', a: 'tom', b: 'lisa', type: 'marriage', events: [{ kind: 'separated' }] }),
  addPartnershipEvent('pe', { kind: 'annulled' }),
  addEmotional({ id: 'ex', a: 'tom', b: 'lisa', kind: 'focused_on', direction: 'none' }),
  addTie({ id: 'tx', from: 'sophia', to: 'tom', sector: 'fellow_clients' }),
  setOptions({ rings: 5 as never }),
];

describe('refusals in Dutch', () => {
  it('name no enumeration key', () => {
    const reasons = [
      ...crafted.map((c) => applyCommand(doc, c)).flatMap((r) => (r.ok ? [] : [r.reason])),
      ...refusalsOf(doc, 3000, 7),
    ];
    expect(reasons.length).toBeGreaterThan(100);
    const keys = new Set(reasons.map((r) => r.key));
    for (const key of [
      'commands.eventNeedsMarriage',
      'commands.eventNeedsStart',
      'commands.directionRequired',
    ])
      expect(keys).toContain(key);
    const leaks = reasons.map((r) => t('nl', r.key, r.params)).filter((text) => enumKeysIn(text).length > 0);
    expect(leaks).toEqual([]);
  });

  it('an event refusal names the couple and the rule', () => {
    const result = applyCommand(doc, crafted[1]!);
    expect(result.ok ? '' : t('nl', result.reason.key, result.reason.params)).toBe(
      'tom & lisa: "uit elkaar" vraagt om een eerder begin van de relatie.',
    );
  });

  it('the scan finds a key when one leaks', () => {
    expect(enumKeysIn('"divorced" vraagt om een eerder huwelijk.')).toEqual(['divorced']);
    expect(t('nl', 'commands.eventNeedsMarriage', { kind: 'divorced', couple: 'Fatima & Karim' })).toBe(
      'Fatima & Karim: "gescheiden" vraagt om een eerder huwelijk.',
    );
  });
});

describe('reader problems in Dutch', () => {
  it('list the allowed values by their labels, not their keys', () => {
    expect(t('nl', 'read.notOneOf', { value: 'f', allowed: 'man, woman, non_binary, other, unknown' })).toBe(
      '"f" is hier niet toegestaan; kies uit: man, vrouw, non-binair, anders, onbekend.',
    );
    expect(t('nl', 'read.notOneOf', { value: '5', allowed: '3, 4' })).toContain('kies uit: 3, 4');
  });
});

describe('the Dutch catalogue', () => {
  it('names no enumeration key in any of its texts', () => {
    expect(ENUM_KEYS.length).toBeGreaterThan(50);
    const leaks = Object.entries(nl)
      .filter(([, text]) => enumKeysIn(text.replace(/\{\w+\}/g, '')).length > 0)
      .map(([key, text]) => `${key}: ${text}`);
    expect(leaks).toEqual([]);
  });
});
