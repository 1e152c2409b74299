/** Commands on multiple births (twins, triplets…): add, update, remove. A group has at least two members. */
import type { Message } from '../i18n/translate.js';
import type { Id, KringDocument, MultipleBirth } from '../model/types.js';
import { checkTwinParents } from './check-descent.js';
import { checkNewId, checkPersonList, indexById } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

export interface AddMultipleBirth {
  type: 'multipleBirth.add';
  multipleBirth: MultipleBirth;
}
export interface UpdateMultipleBirth {
  type: 'multipleBirth.update';
  id: Id;
  changes: Changes<Omit<MultipleBirth, 'id'>>;
}
export interface RemoveMultipleBirth {
  type: 'multipleBirth.remove';
  id: Id;
}
export type MultipleBirthCommand = AddMultipleBirth | UpdateMultipleBirth | RemoveMultipleBirth;

export const addMultipleBirth = (multipleBirth: MultipleBirth): AddMultipleBirth => ({
  type: 'multipleBirth.add',
  multipleBirth,
});
export const updateMultipleBirth = (
  id: Id,
  changes: UpdateMultipleBirth['changes'],
): UpdateMultipleBirth => ({
  type: 'multipleBirth.update',
  id,
  changes,
});
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
