/**
 * The first run-time check of a command: a copy of it as plain JSON data, made in one bounded walk.
 * Commands come from TypeScript callers, from JavaScript hosts and (later) from other devices, so nothing
 * about their shape is trusted: the walk refuses what no document may hold (the reader's scan, see
 * read/scan-raw.ts): prototype keys, functions, class instances, NaN and ±Infinity, and nesting deeper
 * than the reader allows. It also bounds a command's size. The copy is what gets validated and applied, so
 * a getter or proxy cannot show the checks one value and the document another, and the document never
 * shares an object with the caller. A property whose value is `undefined` is left out (as JSON does).
 */
import type { MessageKey } from '../i18n/en.js';
import { FORBIDDEN_KEYS, MAX_DEPTH } from '../read/limits.js';

/**
 * Characters of text (strings and keys together) one command may carry; more is refused with
 * `commands.tooLarge`.
 */
export const MAX_COMMAND_TEXT = 1_000_000;
/**
 * Values (objects, lists, texts, numbers…) one command may carry; more is refused with `commands.tooLarge`.
 */
export const MAX_COMMAND_VALUES = 100_000;
/**
 * Nesting a command may have: a value at depth d of a command lands at most 3 levels deeper in the
 * document (`command.event` → `partnerships[i].events[j]`), and the reader refuses MAX_DEPTH levels.
 */
export const MAX_COMMAND_DEPTH = MAX_DEPTH - 4;

/**
 * Where a value sits inside a command: the keys and list indices from the command's root, e.g.
 * `['person', 'conditions', 0, 'since']`. A refusal of a malformed command carries it (see
 * {@link CommandResult}); `[]` means the command as a whole.
 */
export type CommandPath = (string | number)[];

/** Why a value is not plain data, and where (keys and indices from the command's root). */
export interface PlainDataFailure {
  ok: false;
  key: Extract<MessageKey, `commands.${string}`>;
  path: CommandPath;
  /** What kind of failure: a non-finite number is told apart so a command can name it (a position). */
  kind: 'notPlain' | 'notFinite' | 'forbiddenKey' | 'tooDeep' | 'tooLarge';
}

export type PlainDataResult = { ok: true; value: unknown } | PlainDataFailure;

class Refusal {
  /** Filled in on the way out of the walk, so that a successful walk never builds a path. */
  readonly path: CommandPath = [];
  constructor(
    readonly kind: PlainDataFailure['kind'],
    readonly key: PlainDataFailure['key'],
  ) {}
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

interface Budget {
  text: number;
  values: number;
}

function addText(budget: Budget, length: number): void {
  budget.text += length;
  if (budget.text > MAX_COMMAND_TEXT) throw new Refusal('tooLarge', 'commands.tooLarge');
}

function copyValue(item: unknown, depth: number, budget: Budget): unknown {
  if (++budget.values > MAX_COMMAND_VALUES) throw new Refusal('tooLarge', 'commands.tooLarge');
  switch (typeof item) {
    case 'string':
      addText(budget, item.length);
      return item;
    case 'boolean':
      return item;
    case 'number':
      if (!Number.isFinite(item)) throw new Refusal('notFinite', 'commands.notPlainData');
      return item;
    case 'object':
      break;
    default:
      throw new Refusal('notPlain', 'commands.notPlainData');
  }
  if (item === null) return null;
  if (depth >= MAX_COMMAND_DEPTH) throw new Refusal('tooDeep', 'commands.tooDeep');
  if (Array.isArray(item)) return copyArray(item as unknown[], depth, budget);
  if (!isPlainObject(item)) throw new Refusal('notPlain', 'commands.notPlainData');
  return copyObject(item as Record<string, unknown>, depth, budget);
}

function copyArray(item: readonly unknown[], depth: number, budget: Budget): unknown[] {
  const length = item.length;
  if (budget.values + length > MAX_COMMAND_VALUES) throw new Refusal('tooLarge', 'commands.tooLarge');
  const out = new Array<unknown>(length);
  let i = 0;
  try {
    for (; i < length; i++) {
      const element: unknown = item[i];
      // A hole or an `undefined` element: JSON would write null, which no list of a document holds.
      if (element === undefined) throw new Refusal('notPlain', 'commands.notPlainData');
      out[i] = copyValue(element, depth + 1, budget);
    }
  } catch (e) {
    if (e instanceof Refusal) e.path.unshift(i);
    throw e;
  }
  return out;
}

function copyObject(item: Record<string, unknown>, depth: number, budget: Budget): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let key = '';
  try {
    for (key of Object.keys(item)) {
      if (FORBIDDEN_KEYS.has(key)) throw new Refusal('forbiddenKey', 'commands.forbiddenKey');
      addText(budget, key.length);
      const field = item[key];
      if (field !== undefined) out[key] = copyValue(field, depth + 1, budget);
    }
  } catch (e) {
    if (e instanceof Refusal) e.path.unshift(key);
    throw e;
  }
  return out;
}

/**
 * A plain-data copy of `value`, or the first reason it cannot be one. Never throws: a getter or proxy that
 * throws (or a walk that runs out of stack) makes the value "not plain data".
 */
export function copyPlainData(value: unknown): PlainDataResult {
  try {
    return { ok: true, value: copyValue(value, 0, { text: 0, values: 0 }) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, kind: e.kind, key: e.key, path: e.path };
    return { ok: false, kind: 'notPlain', key: 'commands.notPlainData', path: [] };
  }
}
