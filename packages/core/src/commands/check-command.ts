/**
 * The run-time check every command passes before its handler sees it (applyCommand, and so History):
 * 1. its `type` names a command;
 * 2. it is plain JSON data within the limits (plain-data.ts), copied;
 * 3. the copy matches the payload schema of its type (command-schemas.ts, the reader's entity schemas),
 *    tested without allocation first (fast-schema.ts), with valibot when that test says no;
 * 4. a command that adds an entity does not take the document past the reader's entity limit.
 * Only the payload is looked at, never the whole document, so the check costs microseconds. A failure is a
 * refusal with a catalogue message and the path of the offending value inside the command.
 */
import * as v from 'valibot';
import type { Message } from '../i18n/translate.js';
import { COLLECTIONS, DEFAULT_OPTIONS, type KringDocument } from '../model/types.js';
import { MAX_ENTITIES } from '../read/limits.js';
import type { Command, CommandType } from './command.js';
import { COMMAND_SCHEMAS } from './command-schemas.js';
import { compile } from './fast-schema.js';
import { nameOf } from './lookup.js';
import { copyPlainData, type CommandPath } from './plain-data.js';
import { refuse } from './refusal.js';

export type CommandCheck = { ok: true; command: Command } | { ok: false; reason: Message; path: CommandPath };

/** Command types that add one entity to a collection (or a plan action): they count against MAX_ENTITIES. */
const ADDS: ReadonlySet<string> = new Set<CommandType>([
  'person.add',
  'organisation.add',
  'partnership.add',
  'parentChild.add',
  'multipleBirth.add',
  'household.add',
  'emotional.add',
  'tie.add',
  'plan.action.add',
]);

function entityCount(doc: KringDocument): number {
  let count = doc.plan?.actions.length ?? 0;
  for (const name of COLLECTIONS) count += doc[name].length;
  return count;
}

/** A value as a short text for a message: at most 40 characters of a string or number, else its kind. */
function shown(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return value === null ? 'null' : typeof value;
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function pathOf(issue: v.BaseIssue<unknown>): CommandPath {
  const path: CommandPath = [];
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'string' || typeof key === 'number') path.push(key);
  }
  return path;
}

/** The refusal for one schema issue; the messages name no field, key or enumeration value. */
function refusalOf(issue: v.BaseIssue<unknown>): Message {
  if (issue.type === 'check' && issue.message === 'read.badDate')
    return refuse('commands.badDate', { value: shown(issue.input) });
  if (issue.type === 'strict_object') return refuse('commands.unexpectedField');
  if (issue.received === 'undefined') return refuse('commands.missingValue');
  if (issue.type === 'min_length') {
    // Ids and references to ids are the non-empty strings of the format, besides a condition's legend key.
    const path = issue.path ?? [];
    return path[path.length - 1]?.key === 'key' ? refuse('commands.emptyValue') : refuse('commands.emptyId');
  }
  return refuse('commands.wrongValue');
}

/**
 * Refusals that name what a command is about, where a command type has one: a point for `node.move`, an
 * option value for `options.set`, a view for the layout commands. `command` is the unchecked input.
 */
function specificRefusal(
  doc: KringDocument,
  type: CommandType,
  command: Record<string, unknown>,
  path: CommandPath,
): Message | undefined {
  const [field] = path;
  if ((type === 'node.move' || type === 'node.unpin') && field === 'view')
    return refuse('commands.badView', { view: shown(command['view']) });
  if (type === 'node.move' && field === 'position') {
    const id = command['id'];
    return refuse('commands.badPosition', { name: typeof id === 'string' ? nameOf(doc, id) : '?' });
  }
  const ring =
    type === 'tie.add' ? (command['tie'] as Record<string, unknown> | undefined) : command['changes'];
  if (
    (type === 'tie.add' || type === 'tie.update') &&
    path[1] === 'ring' &&
    isObject(ring) &&
    typeof ring['ring'] === 'number'
  )
    return refuse('commands.ringOutOfRange', { ring: ring['ring'], max: doc.options.rings });
  const option = path[1];
  if (
    type === 'options.set' &&
    field === 'changes' &&
    typeof option === 'string' &&
    option in DEFAULT_OPTIONS
  ) {
    const changes = command['changes'];
    return refuse('commands.badOption', {
      option,
      value: shown(isObject(changes) ? changes[option] : undefined),
    });
  }
  return undefined;
}

function failed(
  doc: KringDocument,
  type: CommandType,
  command: Record<string, unknown>,
  reason: Message,
  path: CommandPath,
): CommandCheck {
  let specific: Message | undefined;
  try {
    specific = specificRefusal(doc, type, command, path);
  } catch {
    // A getter of the unchecked input threw: the general reason stands.
  }
  return { ok: false, reason: specific ?? reason, path };
}

/** Checks `command` against `doc` as described above; on success, the checked copy to apply. */
export function checkCommand(doc: KringDocument, command: unknown): CommandCheck {
  let type: unknown;
  try {
    type = isObject(command) ? command['type'] : undefined;
  } catch {
    type = undefined;
  }
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(COMMAND_SCHEMAS, type))
    return { ok: false, reason: refuse('commands.unknownCommand', { type: shown(type) }), path: ['type'] };
  const known = type as CommandType;
  const original = command as Record<string, unknown>;

  const copied = copyPlainData(command);
  if (!copied.ok) return failed(doc, known, original, refuse(copied.key), copied.path);
  // A getter may answer a second read differently: the copy's type is the one validated and applied.
  if ((copied.value as { type: unknown }).type !== known)
    return { ok: false, reason: refuse('commands.notPlainData'), path: ['type'] };

  const schema = COMMAND_SCHEMAS[known];
  // The allocation-free test first; valibot has the last word (and the issue) when it says no.
  if (!compile(schema)(copied.value)) {
    const parsed = v.safeParse(schema, copied.value, { abortEarly: true });
    if (!parsed.success) {
      const issue = parsed.issues[0];
      return failed(doc, known, original, refusalOf(issue), pathOf(issue));
    }
  }

  if (ADDS.has(known) && entityCount(doc) >= MAX_ENTITIES)
    return { ok: false, reason: refuse('commands.tooManyEntities', { limit: MAX_ENTITIES }), path: [] };
  return { ok: true, command: copied.value as Command };
}
