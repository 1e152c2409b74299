/** Commands on multiple births (twins, triplets…): add, update, remove. A group has at least two members. */
import type { Message } from '../i18n/translate.js';
import type { Id, KringDocument, MultipleBirth } from '../model/types.js';
import { checkTwinParents } from './check-descent.js';
import { checkNewId, checkPersonList, indexById } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

/**
 * Adds a multiple birth: twins, triplets… whose descent lines start at one point of the genogram, with a bar
 * between them when identical (monozygotic). Refused when the id is empty, reserved or taken, with fewer than
 * two members (`commands.multipleBirthTooSmall`), a repeated member (`commands.duplicateMember`), a member
 * who is no person (`commands.notFound`, `commands.notAPerson`), or members with different recorded
 * biological parents (`commands.twinParentsDiffer`).
 */
export interface AddMultipleBirth {
  /** Discriminant of the {@link Command} union. */
  type: 'multipleBirth.add';
  /** The new group, stored as given (appended to `multipleBirths`). */
  multipleBirth: MultipleBirth;
}
/**
 * Changes the members or the zygosity of a multiple birth; the result is checked as {@link AddMultipleBirth}
 * checks a new group. Refused with `commands.notFound` for an unknown id.
 */
export interface UpdateMultipleBirth {
  /** Discriminant of the {@link Command} union. */
  type: 'multipleBirth.update';
  /** The multiple birth to change. */
  id: Id;
  /** The fields to set (see {@link Changes}). */
  changes: Changes<Omit<MultipleBirth, 'id'>>;
}
/**
 * Removes a multiple birth (the children and their parent links stay). Refused with `commands.notFound` for
 * an unknown id.
 */
export interface RemoveMultipleBirth {
  /** Discriminant of the {@link Command} union. */
  type: 'multipleBirth.remove';
  /** The multiple birth to remove. */
  id: Id;
}
/** The commands on multiple births. */
export type MultipleBirthCommand = AddMultipleBirth | UpdateMultipleBirth | RemoveMultipleBirth;

/** The command that adds `multipleBirth` (see {@link AddMultipleBirth}). */
export const addMultipleBirth = (multipleBirth: MultipleBirth): AddMultipleBirth => ({
  type: 'multipleBirth.add',
  multipleBirth,
});
/** The command that changes the members or zygosity of multiple birth `id`. */
export const updateMultipleBirth = (
  id: Id,
  changes: UpdateMultipleBirth['changes'],
): UpdateMultipleBirth => ({
  type: 'multipleBirth.update',
  id,
  changes,
});
/** The command that removes multiple birth `id`. */
export const removeMultipleBirth = (id: Id): RemoveMultipleBirth => ({ type: 'multipleBirth.remove', id });

function checkGroup(doc: KringDocument, group: MultipleBirth, replacing?: Id): Message | undefined {
  if (group.members.length < 2) return refuse('commands.multipleBirthTooSmall');
  const problem = checkPersonList(doc, group.members, false);
  if (problem) return problem;
  const withGroup = {
    ...doc,
    multipleBirths: [...doc.multipleBirths.filter((m) => m.id !== replacing), group],
  };
  for (const member of group.members) {
    const twins = checkTwinParents(withGroup, doc.parentChild, member);
    if (twins) return twins;
  }
  return undefined;
}

export const multipleBirthHandlers: Handlers<MultipleBirthCommand> = {
  'multipleBirth.add': (doc, { multipleBirth }) => {
    const problem = checkNewId(doc, multipleBirth.id) ?? checkGroup(doc, multipleBirth);
    if (problem) return problem;
    return (draft) => {
      draft.multipleBirths.push(multipleBirth);
    };
  },
  'multipleBirth.update': (doc, { id, changes }) => {
    const i = indexById(doc.multipleBirths, id);
    if (i < 0) return refuse('commands.notFound', { id });
    const after = withChanges(doc.multipleBirths[i]!, changes);
    const problem = checkGroup(doc, after, id);
    if (problem) return problem;
    return (draft) => {
      draft.multipleBirths[i] = after;
    };
  },
  'multipleBirth.remove': (doc, { id }) => {
    if (indexById(doc.multipleBirths, id) < 0) return refuse('commands.notFound', { id });
    return (draft) => removeIds(doc, draft, [id]);
  },
};
