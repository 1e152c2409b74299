/**
 * Applies one command to a document with immer, producing the new document together with the
 * patches that redo and the inverse patches that undo it. A command that would break an invariant of
 * format.md is refused with the reason, and the document is untouched.
 */
import { Immer, enablePatches, type Patch } from 'immer';
import type { Message } from '../i18n/translate.js';
import type { KringDocument } from '../model/types.js';
import type { Command } from './command.js';
import { documentSettingsHandlers } from './document-settings.js';
import { emotionalHandlers } from './emotional.js';
import { householdHandlers } from './households.js';
import { layoutHandlers } from './layout.js';
import { multipleBirthHandlers } from './multiple-births.js';
import { organisationHandlers } from './organisations.js';
import { parentChildHandlers } from './parent-child.js';
import { partnershipHandlers } from './partnerships.js';
import { personHandlers } from './persons.js';
import { planHandlers } from './plan.js';
import { refuse, type Handlers } from './refusal.js';
import { tieHandlers } from './ties.js';

enablePatches();

/**
 * Kring's own immer instance, without auto-freeze: V8 copies frozen objects with many keys (such as
 * `layouts.<view>.positions`) up to 100 times slower than plain ones, and every edit copies what it
 * touches. Documents are immutable by convention instead: nothing in Kring mutates one, and the
 * TypeScript types of the editor's state are readonly.
 */
const immer = new Immer({ autoFreeze: false });

export type CommandResult =
  | { ok: true; document: KringDocument; patches: Patch[]; inversePatches: Patch[] }
  | { ok: false; reason: Message };

const HANDLERS: Handlers<Command> = {
  ...personHandlers,
  ...organisationHandlers,
  ...partnershipHandlers,
  ...parentChildHandlers,
  ...multipleBirthHandlers,
  ...householdHandlers,
  ...emotionalHandlers,
  ...tieHandlers,
  ...planHandlers,
  ...documentSettingsHandlers,
  ...layoutHandlers,
};

/** Applies `command` to `doc`; returns the new document and its patches, or the reason for refusing. */
export function applyCommand(doc: KringDocument, command: Command): CommandResult {
  const type: unknown = (command as { type?: unknown } | null)?.type;
  const handler =
    typeof type === 'string' && Object.prototype.hasOwnProperty.call(HANDLERS, type)
      ? (HANDLERS[type as Command['type']] as (
          doc: KringDocument,
          command: Command,
        ) => ReturnType<Handlers<Command>[Command['type']]>)
      : undefined;
  if (!handler) return { ok: false, reason: refuse('commands.unknownCommand', { type: String(type) }) };
  const step = handler(doc, command);
  if (typeof step !== 'function') return { ok: false, reason: step };
  const [document, patches, inversePatches] = immer.produceWithPatches(doc, step);
  return { ok: true, document, patches, inversePatches };
}
