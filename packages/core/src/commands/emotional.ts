/** Commands on emotional (interaction) lines: add, update, remove. Directed kinds need a direction. */
import { DIRECTED_EMOTIONAL_KINDS } from '../model/enums.js';
import type { Message } from '../i18n/translate.js';
import type { Emotional, Id, KringDocument } from '../model/types.js';
import { checkNewId, checkPerson, indexById, nameOf } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

export interface AddEmotional {
  type: 'emotional.add';
  emotional: Emotional;
}
export interface UpdateEmotional {
  type: 'emotional.update';
  id: Id;
  changes: Changes<Omit<Emotional, 'id'>>;
}
export interface RemoveEmotional {
  type: 'emotional.remove';
  id: Id;
}
export type EmotionalCommand = AddEmotional | UpdateEmotional | RemoveEmotional;

export const addEmotional = (emotional: Emotional): AddEmotional => ({ type: 'emotional.add', emotional });
export const updateEmotional = (id: Id, changes: UpdateEmotional['changes']): UpdateEmotional => ({
  type: 'emotional.update',
  id,
  changes,
});
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
