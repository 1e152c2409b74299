/** Commands on emotional (interaction) lines: add, update, remove. Directed kinds need a direction. */
import { DIRECTED_EMOTIONAL_KINDS } from '../model/enums.js';
import type { Message } from '../i18n/translate.js';
import type { Emotional, Id, KringDocument } from '../model/types.js';
import { checkNewId, checkPerson, indexById, nameOf } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

/**
 * Adds an emotional (interaction) line of the genogram between two persons: close, distant, conflictual,
 * cut-off, focused on, abuse, caretaker… Refused when the id is empty, reserved or taken, when an end is no
 * person (`commands.notFound`, `commands.notAPerson`), for a line from someone to themselves
 * (`commands.selfLink`), and for a directed kind (`focused_on`, the abuse kinds, `neglect`, `caretaker`)
 * without a direction other than `none` (`commands.directionRequired`).
 */
export interface AddEmotional {
  /** Discriminant of the {@link Command} union. */
  type: 'emotional.add';
  /** The new line, stored as given (appended to `emotional`). */
  emotional: Emotional;
}
/**
 * Changes an emotional line (kind, direction, ends, notes); the result is checked as {@link AddEmotional}
 * checks a new line. Refused with `commands.notFound` for an unknown id.
 */
export interface UpdateEmotional {
  /** Discriminant of the {@link Command} union. */
  type: 'emotional.update';
  /** The line to change. */
  id: Id;
  /** The fields to set; `null` clears an optional one (see {@link Changes}). */
  changes: Changes<Omit<Emotional, 'id'>>;
}
/** Removes an emotional line and its pins. Refused with `commands.notFound` for an unknown id. */
export interface RemoveEmotional {
  /** Discriminant of the {@link Command} union. */
  type: 'emotional.remove';
  /** The line to remove. */
  id: Id;
}
/** The commands on emotional lines. */
export type EmotionalCommand = AddEmotional | UpdateEmotional | RemoveEmotional;

/** The command that adds the emotional line `emotional` (see {@link AddEmotional}). */
export const addEmotional = (emotional: Emotional): AddEmotional => ({ type: 'emotional.add', emotional });
/** The command that changes emotional line `id`. */
export const updateEmotional = (id: Id, changes: UpdateEmotional['changes']): UpdateEmotional => ({
  type: 'emotional.update',
  id,
  changes,
});
/** The command that removes emotional line `id`. */
export const removeEmotional = (id: Id): RemoveEmotional => ({ type: 'emotional.remove', id });

function checkLine(doc: KringDocument, line: Emotional): Message | undefined {
  return (
    checkPerson(doc, line.a, false) ??
    checkPerson(doc, line.b, false) ??
    (line.a === line.b ? refuse('commands.selfLink', { name: nameOf(doc, line.a) }) : undefined) ??
    (DIRECTED_EMOTIONAL_KINDS.has(line.kind) && (line.direction === undefined || line.direction === 'none')
      ? refuse('commands.directionRequired', { kind: line.kind })
      : undefined)
  );
}

export const emotionalHandlers: Handlers<EmotionalCommand> = {
  'emotional.add': (doc, { emotional }) => {
    const problem = checkNewId(doc, emotional.id) ?? checkLine(doc, emotional);
    if (problem) return problem;
    return (draft) => {
      draft.emotional.push(emotional);
    };
  },
  'emotional.update': (doc, { id, changes }) => {
    const i = indexById(doc.emotional, id);
    if (i < 0) return refuse('commands.notFound', { id });
    const after = withChanges(doc.emotional[i]!, changes);
    const problem = checkLine(doc, after);
    if (problem) return problem;
    return (draft) => {
      draft.emotional[i] = after;
    };
  },
  'emotional.remove': (doc, { id }) => {
    if (indexById(doc.emotional, id) < 0) return refuse('commands.notFound', { id });
    return (draft) => removeIds(doc, draft, [id]);
  },
};
