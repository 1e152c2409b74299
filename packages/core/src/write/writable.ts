import { FORBIDDEN_KEYS, MAX_DEPTH } from '../read/limits.js';
import { formatPath, type JsonPath, type Problem } from '../read/problem.js';
import { error } from '../read/problems.js';

/**
 * Why {@link writeDocument} refused: what its reader would refuse. `tooLarge`: even the compact text is over
 * 20 MiB of UTF-8; `tooManyEntities`: more than 20,000 entries in the document or in one snapshot; `notJson`:
 * a value JSON cannot store (NaN, ±Infinity, a function, a Date or other class instance, a bigint,
 * `undefined` in a list); `forbiddenKey`: a key `__proto__`, `constructor` or `prototype`; `tooDeep`: nesting
 * deeper than 64 levels.
 */
export type WriteRefusalReason = 'tooLarge' | 'tooManyEntities' | 'notJson' | 'forbiddenKey' | 'tooDeep';

/**
 * Thrown by writeDocument instead of writing a file that its own reader would refuse. `problem` is a
 * catalogue message (keys `read.write.*`) to show to the user, in Dutch or English; nothing was written.
 */
export class WriteRefusedError extends Error {
  /** Why the document was refused. */
  readonly reason: WriteRefusalReason;
  /**
   * The message for the user (a catalogue key `read.write.*` with its parameters, in Dutch or English through
   * `t`), with the path of the offending value where there is one.
   */
  readonly problem: Problem;
  /**
   * @param reason - Why the document was refused.
   * @param problem - The message for the user.
   */
  constructor(reason: WriteRefusalReason, problem: Problem) {
    super(`writeDocument refused to write an unreadable document: ${problem.message.key}`);
    this.name = 'WriteRefusedError';
    this.reason = reason;
    this.problem = problem;
  }
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Throws WriteRefusedError when `root` holds what the reader refuses as unsafe: a value JSON cannot hold
 * (NaN, ±Infinity, a function, a class instance such as a Date, a bigint, `undefined` in a list), a key
 * `__proto__`, `constructor` or `prototype`, or nesting deeper than MAX_DEPTH. `undefined` object values
 * are fine: they are left out, as JSON does. Recursion is bounded by MAX_DEPTH.
 */
export function assertWritable(root: unknown): void {
  const path: JsonPath = [];
  const refuse = (reason: WriteRefusalReason, problem: Problem): never => {
    throw new WriteRefusedError(reason, problem);
  };
  const visit = (value: unknown, depth: number, inList: boolean): void => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
    if (value === undefined && !inList) return;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return;
    } else if (typeof value === 'object' && (Array.isArray(value) || isPlainObject(value))) {
      if (depth >= MAX_DEPTH) refuse('tooDeep', error([...path], 'read.write.tooDeep', { limit: MAX_DEPTH }));
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          visit(value[i], depth + 1, true);
          path.pop();
        }
        return;
      }
      for (const key of Object.keys(value)) {
        path.push(key);
        if (FORBIDDEN_KEYS.has(key))
          refuse(
            'forbiddenKey',
            error([...path], 'read.write.forbiddenKey', { key, path: formatPath(path) }),
          );
        visit((value as Record<string, unknown>)[key], depth + 1, false);
        path.pop();
      }
      return;
    }
    refuse('notJson', error([...path], 'read.write.notJson', { path: formatPath(path) }));
  };
  visit(root, 0, false);
}
