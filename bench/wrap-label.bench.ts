/**
 * Label wrapping (packages/scene/src/wrap-label.ts) is linear in the length of the text: a name that is one
 * long word of 10,000 characters wraps in well under 20 ms (it took over 120 s when every candidate break was
 * measured from scratch). For reference, 1,000 ordinary organisation names as the ecogram wraps them.
 */
import { wrapLabel } from '../packages/scene/src/wrap-label.js';

const NAMES = [
  'Schuldhulpverlening gemeente Eindhoven',
  'Huisartsenpraktijk De Linde',
  'Basisschool De Regenboog',
  'Jeugdbescherming Brabant',
  'Stichting MEE Zuidoost-Brabant',
  'Voetbalvereniging RKSV',
  'Wijkteam Woensel-Noord',
  '(weekendpleegzorg)',
];

export const cases = [
  {
    name: 'wrap a 10,000-character word without spaces',
    budgetMs: 20,
    setup: (): string => 'Schuldhulpverleningsstichting'.repeat(400).slice(0, 10_000),
    run: (word: string): void => {
      if (wrapLabel(word, 11, 80, 3).length !== 3) throw new Error('expected three lines');
    },
  },
  {
    name: 'wrap a 10,000-character word, bold, 2 lines',
    budgetMs: 20,
    setup: (): string => 'x'.repeat(10_000),
    run: (word: string): void => void wrapLabel(word, 12, 60, 2, true),
  },
  {
    name: 'wrap 1,000 organisation names',
    setup: (): string[] => Array.from({ length: 1000 }, (_, i) => NAMES[i % NAMES.length]!),
    run: (names: string[]): void => {
      for (const name of names) wrapLabel(name, 11, 80, 3);
    },
  },
];
