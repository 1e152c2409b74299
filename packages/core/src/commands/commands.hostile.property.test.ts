/**
 * Property tests (seeded fast-check) for the run-time checks of commands: hostile values (see
 * test-support/hostile-values.ts) are fed through every public command type — by mutating valid commands
 * (a field set to a hostile value, a field dropped, a key added, the whole command replaced) and by calling
 * every command creator with hostile arguments. Applying one never throws, and either refuses with a
 * catalogue reason or yields a document that `readDocument` accepts without repairing it. The same holds through History,
 * one command at a time and as a batch, and undoing returns exactly to the start.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { t } from '../i18n/translate.js';
import { History } from '../history/history.js';
import type { KringDocument } from '../model/types.js';
import { readDocument } from '../read/read-document.js';
import { applyCommand, type CommandResult } from './apply-command.js';
import type { Command } from './command.js';
import { COMMAND_TYPES } from './command-schemas.js';
import * as creators from './index.js';
import { EXTRA_KEYS, hostileValue } from './test-support/hostile-values.js';
import { randomCommand, type Choices } from './test-support/random-command.js';
import { validFamily } from './test-support/valid-family.js';

type Path = (string | number)[];

/** Functions the commands module exports besides the creators. */
const NOT_CREATORS = new Set(['applyCommand']);

function isContainer(value: unknown): value is Record<string | number, unknown> {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Every path to a value inside the plain parts of `value` (at most 6 deep), the root ([]) included. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (path.length >= 6 || !isContainer(value)) return out;
  for (const key of Object.keys(value))
    pathsOf(value[key], [...path, Array.isArray(value) ? Number(key) : key], out);
  return out;
}

function at(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return value;
}

type Mutation =
  | { op: 'set'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'extra'; at: number; key: string; value: unknown }
  | { op: 'type'; type: string };

/** The command with the mutations applied (the command is a fresh copy; `type` is never made invalid here). */
function mutate(command: Command, mutations: readonly Mutation[]): unknown {
  let root: unknown = structuredClone(command);
  for (const m of mutations) {
    try {
      root = mutateOnce(root, m);
    } catch {
      // A hostile value the harness itself cannot change (a proxy, a frozen object…): leave it.
    }
  }
  return root;
}

function mutateOnce(root: unknown, m: Mutation): unknown {
  if (m.op === 'type') {
    if (isContainer(root)) root['type'] = m.type;
    return root;
  }
  const paths = pathsOf(root);
  const path = paths[m.at % paths.length]!;
  if (m.op === 'extra') {
    const target = at(root, path);
    // defineProperty makes even `__proto__` an own, enumerable key (as JSON.parse does).
    if (isContainer(target))
      Object.defineProperty(target, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return root;
  }
  if (path.length === 0) return m.op === 'set' ? m.value : root;
  const parent = at(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (m.op === 'set') parent[key] = m.value;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return root;
}

/** Applies without throwing; a success must be readable, a refusal a catalogue message in both languages. */
function expectSafe(doc: KringDocument, command: unknown): CommandResult {
  let result: CommandResult;
  try {
    result = applyCommand(doc, command as Command);
  } catch (e) {
    throw new Error(`applyCommand threw ${String(e)} for ${show(command)}`, { cause: e });
  }
  if (result.ok) {
    const read = readDocument(result.document, { skipSoftRules: true });
    if (!read.ok)
      throw new Error(
        `${show(command)} left a document the reader refuses: ${JSON.stringify(read.problems.slice(0, 3))}`,
      );
    // Nor one the reader would have to repair (dangling or far-away pins).
    if (read.warnings.length > 0)
      throw new Error(
        `${show(command)} left a document the reader repairs: ${JSON.stringify(read.warnings[0])}`,
      );
  } else {
    expect(Object.prototype.hasOwnProperty.call(en, result.reason.key)).toBe(true);
    for (const locale of ['nl', 'en'] as const) {
      const text = t(locale, result.reason.key, result.reason.params);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text.length).toBeLessThan(400);
    }
  }
  return result;
}

function show(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return text === undefined ? String(value) : text.slice(0, 300);
  } catch {
    return '(unprintable)';
  }
}

const choice: fc.Arbitrary<Choices> = fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(100_000));

/** A document reached by a few valid random commands from the family (plans, households, pins…). */
function evolved(steps: readonly Choices[]): KringDocument {
  const history = new History(validFamily());
  for (const step of steps) history.execute(randomCommand(history.document, step));
  return history.document;
}

const start = validFamily();
const hostile = hostileValue(start);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: hostile }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('extra' as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string()),
      value: hostile,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('type' as const), type: fc.constantFrom(...COMMAND_TYPES) }),
  },
);

describe('hostile commands', () => {
  it('mutated commands of every type are refused or leave a readable document, never throw', () => {
    const types = new Set<string>();
    let refused = 0;
    let applied = 0;
    fc.assert(
      fc.property(
        fc.array(choice, { maxLength: 12 }),
        choice,
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (warmup, base, mutations) => {
          const doc = evolved(warmup);
          const command = randomCommand(doc, base);
          types.add(command.type);
          const result = expectSafe(doc, mutate(command, mutations));
          if (result.ok) applied++;
          else refused++;
        },
      ),
      { seed: 20261204, numRuns: 2000 },
    );
    expect([...types].sort()).toEqual([...COMMAND_TYPES].sort());
    // Hostile input is mostly refused, but not only: values that happen to be valid apply.
    expect(refused).toBeGreaterThan(applied);
    expect(applied).toBeGreaterThan(50);
  });

  it('every command creator called with hostile arguments is refused or leaves a readable document', () => {
    const made: [string, (...args: unknown[]) => unknown][] = [];
    for (const [name, value] of Object.entries(creators as Record<string, unknown>))
      if (typeof value === 'function' && !NOT_CREATORS.has(name))
        made.push([name, value as (...args: unknown[]) => unknown]);
    expect(made.length).toBe(COMMAND_TYPES.length);
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.nat(made.length - 1), fc.array(hostile, { maxLength: 4 }), (i, args) => {
        const [name, create] = made[i]!;
        seen.add(name);
        expectSafe(start, create(...args));
      }),
      { seed: 7, numRuns: 1200 },
    );
    expect(seen.size).toBe(made.length);
  });

  it('whole hostile values, and commands of a hostile type, are refused', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostile,
          hostile.map((type) => ({ type })),
        ),
        (value) => {
          const result = expectSafe(start, value);
          expect(result.ok).toBe(false);
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });

  it('through History, one by one and as batches, keep the document readable and undo exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(choice, fc.array(mutation, { maxLength: 2 }), fc.boolean()), {
          minLength: 1,
          maxLength: 20,
        }),
        (steps) => {
          const history = new History(start);
          const batch: unknown[] = [];
          for (const [base, mutations, batched] of steps) {
            const command = mutate(randomCommand(history.document, base), mutations);
            if (batched) batch.push(command);
            else expect(() => history.execute(command as Command)).not.toThrow();
          }
          expect(() => history.executeAll(batch as Command[])).not.toThrow();
          const read = readDocument(history.document);
          if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
          while (history.undo());
          expect(history.document).toEqual(start);
        },
      ),
      { seed: 99, numRuns: 200 },
    );
  });
});
