import type { Shape } from './key-order.js';
import { byCodeUnit } from './write-json.js';

/** Keys that `JSON.stringify` would not write in insertion order (array-index-like), or that assignment mangles. */
const UNUSUAL_KEY = /^(?:0|[1-9]\d*)$|^__proto__$/;

class UnusualKey extends Error {}

function copy(value: unknown, shape: Shape | undefined, sortKeys: boolean): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => copy(item, shape, false));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  for (const key of keys) if (UNUSUAL_KEY.test(key)) throw new UnusualKey();
  const out: Record<string, unknown> = {};
  if (sortKeys) {
    for (const key of keys.sort(byCodeUnit))
      if (source[key] !== undefined) out[key] = copy(source[key], shape, false);
    return out;
  }
  if (!shape) {
    // Unknown values keep their key order; still checked for unusual keys all the way down.
    for (const key of keys) out[key] = copy(source[key], undefined, false);
    return out;
  }
  for (const key of shape.keys) {
    const item = source[key];
    if (item === undefined) continue;
    const nested = shape.nested?.[key];
    if (!nested) out[key] = copy(item, undefined, false);
    else if ('map' in nested) out[key] = copy(item, nested.map, true);
    else out[key] = copy(item, 'object' in nested ? nested.object : nested.list, false);
  }
  const known = new Set(shape.keys);
  for (const key of keys.filter((k) => !known.has(k)).sort(byCodeUnit))
    if (source[key] !== undefined) out[key] = copy(source[key], undefined, false);
  return out;
}

/**
 * A copy of `value` whose objects have their keys in writing order, so that `JSON.stringify` writes them in
 * that order (the fast path of writeDocument). Undefined when some object has a key that JSON.stringify
 * would move (an array-index-like key such as "12") or `__proto__`: the caller then takes the exact path.
 */
export function orderedCopy(value: unknown, shape: Shape): unknown {
  try {
    return copy(value, shape, false);
  } catch (e) {
    if (e instanceof UnusualKey) return undefined;
    throw e;
  }
}
