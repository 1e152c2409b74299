/**
 * The compiled tests of fast-schema.ts against valibot (seeded fast-check): a compiled test never accepts
 * what valibot refuses (so it can never let a bad command through), and it accepts the valid commands of
 * every type (so the fast path is the one taken).
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { History } from '../history/history.js';
import type { Command } from './command.js';
import { COMMAND_SCHEMAS } from './command-schemas.js';
import { compile } from './fast-schema.js';
import { copyPlainData } from './plain-data.js';
import { hostileValue } from './test-support/hostile-values.js';
import { randomCommand, type Choices } from './test-support/random-command.js';
import { validFamily } from './test-support/valid-family.js';

const choice: fc.Arbitrary<Choices> = fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(100_000));
const start = validFamily();

/** Every path to a value of a plain value (objects and lists). */
function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (value !== null && typeof value === 'object')
    for (const key of Object.keys(value))
      pathsOf(
        (value as Record<string, unknown>)[key],
        [...path, Array.isArray(value) ? Number(key) : key],
        out,
      );
  return out;
}

/** `command` (a copy) with the value at one of its paths replaced. */
function replaced(command: Command, at: number, value: unknown): unknown {
  const root = structuredClone(command) as unknown as Record<string | number, unknown>;
  const paths = pathsOf(root).filter((p) => p.length > 0);
  const path = paths[at % paths.length]!;
  let parent = root;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
  return root;
}

describe('compiled schema tests', () => {
  it('accept the valid commands of every type', () => {
    const history = new History(start);
    const seen = new Set<string>();
    fc.assert(
      fc.property(choice, (c) => {
        const command = randomCommand(history.document, c);
        if (!history.execute(command).ok) return;
        seen.add(command.type);
        expect(compile(COMMAND_SCHEMAS[command.type])(command)).toBe(true);
      }),
      { seed: 5, numRuns: 2000 },
    );
    expect(seen.size).toBeGreaterThan(40);
  });

  it('never accept what valibot refuses', () => {
    let refused = 0;
    fc.assert(
      fc.property(choice, fc.nat(), hostileValue(start), (c, at, value) => {
        const command = randomCommand(start, c);
        const copied = copyPlainData(replaced(command, at, value));
        if (!copied.ok) return;
        const schema = COMMAND_SCHEMAS[command.type];
        const valid = v.is(schema, copied.value);
        if (!valid) refused++;
        if (compile(schema)(copied.value)) expect(valid).toBe(true);
      }),
      { seed: 6, numRuns: 3000 },
    );
    expect(refused).toBeGreaterThan(500);
  });
});
