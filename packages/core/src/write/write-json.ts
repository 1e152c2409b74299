import type { Shape } from './key-order.js';

const INDENT = '  ';

/** Compares strings by UTF-16 code unit (not by locale): the order of unknown keys and layout position ids. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const knownKeys = new WeakMap<Shape, ReadonlySet<string>>();

/** The keys of `value` in writing order: known keys of the shape first, then the rest sorted. */
function orderedKeys(value: Record<string, unknown>, shape: Shape | undefined): string[] {
  const keys: string[] = [];
  if (!shape) {
    for (const key in value) if (Object.hasOwn(value, key) && value[key] !== undefined) keys.push(key);
    return keys;
  }
  let known = knownKeys.get(shape);
  if (!known) knownKeys.set(shape, (known = new Set(shape.keys)));
  for (const key of shape.keys) if (value[key] !== undefined) keys.push(key);
  let unknown: string[] | undefined;
  for (const key in value)
    if (Object.hasOwn(value, key) && !known.has(key) && value[key] !== undefined) (unknown ??= []).push(key);
  // A loop, not push(...): an object can hold hundreds of thousands of unknown keys.
  if (unknown) for (const key of unknown.sort(byCodeUnit)) keys.push(key);
  return keys;
}

/**
 * Serialises like `JSON.stringify(value, null, 2)` (or, with `pretty` false, like `JSON.stringify(value)`),
 * but with keys in the order `shape` gives. Values under
 * unknown keys keep their own key order (they are written back as they were read). Id-keyed maps (layout
 * positions) are written sorted by id so that insertion order never changes the bytes.
 * The exact (slower) path of writeDocument, used when an object has a key JSON.stringify would reorder.
 */
export function writeJson(
  value: unknown,
  shape: Shape | undefined,
  indent = '',
  sortKeys = false,
  pretty = true,
): string {
  const inner = pretty ? indent + INDENT : '';
  const open = pretty ? '\n' : '';
  const next = pretty ? ',\n' : ',';
  const close = pretty ? '\n' + indent : '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      // JSON.stringify writes undefined array items as null; so do we.
      text +=
        (i === 0 ? open : next) +
        inner +
        writeJson(item === undefined ? null : item, shape, inner, false, pretty);
    }
    return text + close + ']';
  }
  if (isObject(value)) {
    const keys = sortKeys ? orderedKeys(value, undefined).sort(byCodeUnit) : orderedKeys(value, shape);
    if (keys.length === 0) return '{}';
    let text = '{';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const nested = sortKeys ? undefined : shape?.nested?.[key];
      let child: string;
      if (sortKeys) child = writeJson(value[key], shape, inner, false, pretty);
      else if (!nested) child = writeJson(value[key], undefined, inner, false, pretty);
      else if ('map' in nested) child = writeJson(value[key], nested.map, inner, true, pretty);
      else
        child = writeJson(value[key], 'object' in nested ? nested.object : nested.list, inner, false, pretty);
      text += (i === 0 ? open : next) + inner + JSON.stringify(key) + (pretty ? ': ' : ':') + child;
    }
    return text + close + '}';
  }
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(value) ?? 'null';
}
