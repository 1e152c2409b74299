import type { MessageKey } from '../i18n/en.js';
import type { MessageParams } from '../i18n/translate.js';
import type { JsonPath, Problem } from './problem.js';

/** A refusal (the document breaks a rule). */
export function error(path: JsonPath, key: MessageKey, params?: MessageParams): Problem {
  return params
    ? { severity: 'error', path, message: { key, params } }
    : { severity: 'error', path, message: { key } };
}

/** A soft rule or a lossless repair: shown to the user, never a refusal. */
export function warning(path: JsonPath, key: MessageKey, params?: MessageParams): Problem {
  return params
    ? { severity: 'warning', path, message: { key, params } }
    : { severity: 'warning', path, message: { key } };
}

/** Whether any problem in the list is an error (the document is refused). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
