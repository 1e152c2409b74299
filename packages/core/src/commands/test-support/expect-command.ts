/** Test helpers: apply a command and check it did (and undoes exactly), or was refused with a key. */
import { applyPatches } from 'immer';
import { expect } from 'vitest';
import type { MessageKey } from '../../i18n/en.js';
import type { KringDocument } from '../../model/types.js';
import { checkInvariants } from '../../read/invariants/check-invariants.js';
import { applyCommand } from '../apply-command.js';
import type { Command } from '../command.js';

/** Applies `command`, expects success, no invariant errors after it, and an exact undo and redo. */
export function applied(doc: KringDocument, command: Command): KringDocument {
  const result = applyCommand(doc, command);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.reason)}`);
  expect(errorsOf(result.document)).toEqual([]);
  expect(applyPatches(result.document, result.inversePatches)).toEqual(doc);
  expect(applyPatches(doc, result.patches)).toEqual(result.document);
  return result.document;
}

/** Applies `command` and expects a refusal with `key`. */
export function expectRefused(doc: KringDocument, command: Command, key: MessageKey): void {
  const result = applyCommand(doc, command);
  expect(result.ok ? 'applied' : result.reason.key).toBe(key);
}

/** The error messages (keys with their paths) that checkInvariants finds. */
export function errorsOf(doc: KringDocument): string[] {
  return checkInvariants(doc)
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.path.join('.')}: ${p.message.key}`);
}

export { validFamily } from './valid-family.js';
