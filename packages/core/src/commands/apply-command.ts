/**
 * Applies one command to a document with immer, producing the new document together with the
 * patches that redo and the inverse patches that undo it. A malformed command, or one that would break an
 * invariant of format.md, is refused with the reason, and the document is untouched.
 */
import { Immer, enablePatches, type Patch } from 'immer';
import type { Message } from '../i18n/translate.js';
import type { KringDocument } from '../model/types.js';
import type { Command } from './command.js';
import { checkCommand } from './check-command.js';
import { contactHandlers } from './contact.js';
import { documentSettingsHandlers } from './document-settings.js';
import { emotionalHandlers } from './emotional.js';
import { householdHandlers } from './households.js';
import { layoutHandlers } from './layout.js';
import { lessonHandlers } from './lessons.js';
import { multipleBirthHandlers } from './multiple-births.js';
import { organisationHandlers } from './organisations.js';
import { parentChildHandlers } from './parent-child.js';
import { partnershipHandlers } from './partnerships.js';
import { personHandlers } from './persons.js';
import { planHandlers } from './plan.js';
import type { CommandPath } from './plain-data.js';
import { type Handlers } from './refusal.js';
import { snapshotHandlers } from './snapshots.js';
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
  | {
      ok: false;
      reason: Message;
      /** Where in the command the offending value is, when the command itself is malformed. */
      path?: CommandPath;
    };

const HANDLERS: Handlers<Command> = {
  ...personHandlers,
  ...contactHandlers,
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
  ...lessonHandlers,
  ...snapshotHandlers,
};

/**
 * Applies `command` to `doc`; returns the new document and its patches, or the reason for refusing. The
 * command is checked at run time first (check-command.ts): whatever a caller passes, malformed input is
 * refused with a reason, never a TypeError and never a document the reader would refuse.
 */
export function applyCommand(doc: KringDocument, command: Command): CommandResult {
  const checked = checkCommand(doc, command);
  if (!checked.ok) return checked;
  const valid = checked.command;
  const handler = HANDLERS[valid.type] as (
    doc: KringDocument,
    command: Command,
  ) => ReturnType<Handlers<Command>[Command['type']]>;
  const step = handler(doc, valid);
  if (typeof step !== 'function') return { ok: false, reason: step };
  const [document, patches, inversePatches] = immer.produceWithPatches(doc, step);
  return { ok: true, document, patches, inversePatches };
}
