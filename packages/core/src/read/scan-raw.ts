import { COLLECTIONS } from '../model/types.js';
import { FORBIDDEN_KEYS, MAX_DEPTH } from './limits.js';
import type { JsonPath } from './problem.js';
import { countedOnly, type ProblemSink } from './problem-collector.js';
import { error } from './problems.js';

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Walks any value once, before it is validated, and reports what is never acceptable anywhere:
 * keys that could pollute prototypes (`__proto__`, `constructor`, `prototype`), values JSON cannot hold
 * (functions, class instances, NaN…) and nesting deeper than MAX_DEPTH (which also stops cyclic input).
 * Recursion is bounded by MAX_DEPTH, so the walk cannot overflow the stack. Problems go to `problems`
 * (the reader's bounded collector: a list of a million NaNs costs no more than counting them).
 */
export function scanRaw(root: unknown, problems: ProblemSink): void {
  const path: JsonPath = [];
  let tooDeep = false;

  const visit = (value: unknown, depth: number): void => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value) && !countedOnly(problems, 'error', 'read.notJsonValue'))
        problems.push(error([...path], 'read.notJsonValue'));
      return;
    }
    if (typeof value !== 'object' || !(Array.isArray(value) || isPlainObject(value))) {
      if (!countedOnly(problems, 'error', 'read.notJsonValue'))
        problems.push(error([...path], 'read.notJsonValue'));
      return;
    }
    if (depth >= MAX_DEPTH) {
      if (!tooDeep) problems.push(error([...path], 'read.tooDeep', { limit: MAX_DEPTH }));
      tooDeep = true;
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i], depth + 1);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(value)) {
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) {
        if (!countedOnly(problems, 'error', 'read.forbiddenKey'))
          problems.push(error([...path], 'read.forbiddenKey', { key }));
      } else visit((value as Record<string, unknown>)[key], depth + 1);
      path.pop();
    }
  };
  visit(root, 0);
}

/** Entries of the collections and plan actions of a not yet validated document (non-arrays count 0). */
export function countEntities(raw: Record<string, unknown>): number {
  let count = 0;
  for (const name of COLLECTIONS) {
    const list = raw[name];
    if (Array.isArray(list)) count += list.length;
  }
  const plan = raw['plan'];
  if (plan !== null && typeof plan === 'object' && !Array.isArray(plan)) {
    const actions = (plan as Record<string, unknown>)['actions'];
    if (Array.isArray(actions)) count += actions.length;
  }
  return count;
}
