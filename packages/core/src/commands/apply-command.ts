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

/**
 * What {@link applyCommand} (and {@link History.execute}) returns: the new document with the patches that
 * redo and undo the change, or the reason the command was refused (the document is then untouched).
 */
export type CommandResult =
  | {
      /** The command was applied. */
      ok: true;
      /** The new document: a new object, sharing every part the command did not change with the old one. */
      document: KringDocument;
      /**
       * immer patches that turn the old document into the new one (to redo, or to send to another device).
       */
      patches: Patch[];
      /** immer patches that turn the new document back into the old one (to undo). */
      inversePatches: Patch[];
    }
  | {
      /** The command was refused. */
      ok: false;
      /**
       * Why, as a message of core's catalogue (a `commands.*` key and its parameters), to show with `t()`.
       * It names entities by their names, never by ids.
       */
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
 * Applies `command` to `doc`; returns the new document and its patches, or the reason for refusing. `doc` is
 * never changed. The command is checked at run time first, whatever a caller passes (a JavaScript host, a
 * stored journal, another device): its `type` must name a command (`commands.unknownCommand`); it must be
 * plain JSON data (`commands.notPlainData`, `commands.forbiddenKey`, `commands.tooDeep`,
 * `commands.tooLarge`); its payload must match the format's schema for its type (`commands.missingValue`,
 * `commands.wrongValue`, `commands.unexpectedField`, `commands.emptyId`, `commands.badDate`, …, with the
 * `path` of the offending value); and a command that adds an entity must not take the document past 20,000
 * entities (`commands.tooManyEntities`). Then the command's own rules apply (each command type's
 * documentation lists its refusals): the result is always a document the reader accepts, never a TypeError.
 * The command is copied before it is applied, so the document shares no object with the caller.
 *
 * To undo, apply `inversePatches` (with {@link applySharedPatches} or immer's `applyPatches`), or use a
 * {@link History}, which keeps the steps.
 *
 * @param doc - the document to change
 * @param command - the edit, plain data (see {@link Command})
 * @returns the new document and its patches, or `ok: false` with the reason
 *
 * @example
 * ```ts
 * const result = applyCommand(doc, addPerson({ id: 'p-oma', name: 'Oma', gender: 'woman' }));
 * if (result.ok) doc = result.document;
 * else console.warn(t('en', result.reason.key, result.reason.params)); // "The id "p-oma" is already in use."
 * ```
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
