/**
 * Property tests (seeded fast-check): random command sequences, built against the current document so most
 * apply, keep every invariant (checkInvariants finds no error after each step); undoing all of them gives
 * exactly the start document, and redoing all exactly the end document. Replay a failure with the seed
 * and path fast-check prints.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { History } from '../history/history.js';
import { COMMAND_TYPES } from './command-schemas.js';
import type { KringDocument } from '../model/types.js';
import { generateDocument } from '../test-support/generate-document.js';
import { errorsOf, validFamily } from './test-support/expect-command.js';
import { randomCommand } from './test-support/random-command.js';

const choices = fc.array(fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(100_000)), {
  minLength: 10,
  maxLength: 80,
});

function run(start: KringDocument, steps: readonly (readonly [number, number, number, number])[]) {
  const history = new History(start);
  let applied = 0;
  const types = new Set<string>();
  for (const step of steps) {
    const command = randomCommand(history.document, step);
    const result = history.execute(command);
    if (!result.ok) continue;
    applied++;
    types.add(command.type);
    const errors = errorsOf(history.document);
    if (errors.length > 0)
      throw new Error(`${command.type} broke: ${errors.join('; ')}\n${JSON.stringify(command)}`);
  }
  return { history, applied, types };
}

describe('random command sequences', () => {
  it('keep every invariant, undo to exactly the start and redo to exactly the end', () => {
    let applied = 0;
    let total = 0;
    const types = new Set<string>();
    fc.assert(
      fc.property(choices, (steps) => {
        const start = validFamily();
        const { history, applied: n, types: t } = run(start, steps);
        applied += n;
        total += steps.length;
        for (const type of t) types.add(type);
        const end = history.document;
        while (history.undo());
        expect(history.document).toEqual(start);
        while (history.redo());
        expect(history.document).toEqual(end);
      }),
      { seed: 20261122, numRuns: 150 },
    );
    // the generator must mostly make valid edits, and reach (nearly) every command type
    expect(applied / total).toBeGreaterThan(0.5);
    expect(COMMAND_TYPES.length - types.size).toBeLessThanOrEqual(1);
  });

  it('do the same on generated documents', () => {
    const start = generateDocument({ persons: 40, seed: 3 });
    expect(errorsOf(start)).toEqual([]);
    fc.assert(
      fc.property(choices, (steps) => {
        const { history } = run(start, steps);
        const end = history.document;
        while (history.undo());
        expect(history.document).toEqual(start);
        while (history.redo());
        expect(history.document).toEqual(end);
      }),
      { seed: 4242, numRuns: 40 },
    );
  });
});
