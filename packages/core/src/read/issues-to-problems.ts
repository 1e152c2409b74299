import type * as v from 'valibot';
import type { MessageKey } from '../i18n/en.js';
import { checksEn } from '../i18n/parts/checks.en.js';
import { checksNl } from '../i18n/parts/checks.nl.js';
import { commandsEn } from '../i18n/parts/commands.en.js';
import { commandsNl } from '../i18n/parts/commands.nl.js';
import { readEn } from '../i18n/parts/read.en.js';
import { readNl } from '../i18n/parts/read.nl.js';
import type { JsonPath, Problem } from './problem.js';
import { error } from './problems.js';

function pathOf(issue: v.BaseIssue<unknown>): JsonPath {
  const path: JsonPath = [];
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'string' || typeof key === 'number') path.push(key);
  }
  return path;
}

/** `("a" | "b")` or `"a"` (valibot's `expected`) → `a, b`. */
function allowedList(expected: string | null): string {
  if (!expected) return '';
  const inner = expected.startsWith('(') && expected.endsWith(')') ? expected.slice(1, -1) : expected;
  return inner
    .split(' | ')
    .map((part) => part.replace(/^"(.*)"$/, '$1'))
    .join(', ');
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const TYPE_KEYS: Record<string, MessageKey> = {
  string: 'read.expectedString',
  number: 'read.expectedNumber',
  boolean: 'read.expectedBoolean',
  array: 'read.expectedArray',
  loose_object: 'read.expectedObject',
  object: 'read.expectedObject',
  record: 'read.expectedObject',
};

// The parts a check message can come from, not the whole catalogue: importing `en` would put every part
// (the demo's, the inspector's) into each bundle that reads documents, e.g. `<kring-editor>`. Both locales
// (the same keys): the element's code-split build loads only the tables of the locale it shows.
const CHECK_PARTS: readonly object[] = [readEn, checksEn, commandsEn, readNl, checksNl, commandsNl];

function isCatalogueKey(text: string): text is MessageKey {
  return CHECK_PARTS.some((part) => Object.prototype.hasOwnProperty.call(part, text));
}

/** One bilingual Problem per valibot issue: a useful message per kind of issue, with its JSON path. */
export function issueToProblem(issue: v.BaseIssue<unknown>): Problem {
  const path = pathOf(issue);
  const last = path[path.length - 1];
  // A missing key: the object schema reports `received: "undefined"` at the key's path.
  if (
    (issue.type === 'loose_object' || issue.type === 'object' || issue.type === 'variant') &&
    issue.received === 'undefined'
  )
    return error(path, 'read.missingKey', { key: String(last) });
  switch (issue.type) {
    case 'variant':
      if (issue.expected === 'Object') return error(path, 'read.expectedObject');
      return error(path, 'read.notOneOf', {
        value: shown(issue.input),
        allowed: allowedList(issue.expected),
      });
    case 'picklist':
    case 'literal':
      return error(path, 'read.notOneOf', {
        value: shown(issue.input),
        allowed: allowedList(issue.expected),
      });
    case 'min_length':
      return error(path, 'read.emptyString');
    case 'integer':
      return error(path, 'read.expectedInteger');
    case 'finite':
      return error(path, 'read.expectedNumber');
    case 'min_value':
      return error(path, 'read.tooSmall', { min: String(issue.requirement) });
    case 'max_value':
      return error(path, 'read.tooBig', { max: String(issue.requirement) });
    case 'check':
      return isCatalogueKey(issue.message)
        ? error(path, issue.message, { value: shown(issue.input) })
        : error(path, 'read.invalid');
    case 'nullable':
      return error(path, 'read.expectedObjectOrNull');
    default: {
      const key = TYPE_KEYS[issue.type];
      // A nullable object reports the inner object's type: say that null is allowed too.
      if (
        key === 'read.expectedObject' &&
        issue.expected === 'Object' &&
        last === 'plan' &&
        path.length === 1
      )
        return error(path, 'read.expectedObjectOrNull');
      return error(path, key ?? 'read.invalid');
    }
  }
}

/** Every validation issue as a problem with its path and catalogue message (see issueToProblem). */
export function issuesToProblems(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map(issueToProblem);
}

/**
 * The message key issueToProblem gives `issue`, without building the problem: what a capped validation
 * counts for an issue it drops (see bounded-issues.ts). Path-dependent cases are decided on what is known.
 */
export function issueKey(issue: v.BaseIssue<unknown>): MessageKey {
  if (
    (issue.type === 'loose_object' || issue.type === 'object' || issue.type === 'variant') &&
    issue.received === 'undefined'
  )
    return 'read.missingKey';
  switch (issue.type) {
    case 'variant':
      return issue.expected === 'Object' ? 'read.expectedObject' : 'read.notOneOf';
    case 'picklist':
    case 'literal':
      return 'read.notOneOf';
    case 'min_length':
      return 'read.emptyString';
    case 'integer':
      return 'read.expectedInteger';
    case 'finite':
      return 'read.expectedNumber';
    case 'min_value':
      return 'read.tooSmall';
    case 'max_value':
      return 'read.tooBig';
    case 'check':
      return isCatalogueKey(issue.message) ? issue.message : 'read.invalid';
    case 'nullable':
      return 'read.expectedObjectOrNull';
    default:
      return TYPE_KEYS[issue.type] ?? 'read.invalid';
  }
}
