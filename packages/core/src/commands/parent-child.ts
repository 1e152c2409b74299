/** Commands on parent-child links: link, update, unlink. */
import type { Id, ParentChild } from '../model/types.js';
import { checkParentLink, checkTwinParents } from './check-descent.js';
import { checkNewId, indexById } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

export interface LinkParent {
  type: 'parentChild.add';
  link: ParentChild;
}
export interface UpdateParentLink {
  type: 'parentChild.update';
  id: Id;
  changes: Changes<Omit<ParentChild, 'id'>>;
}
export interface UnlinkParent {
  type: 'parentChild.remove';
  id: Id;
}
export type ParentChildCommand = LinkParent | UpdateParentLink | UnlinkParent;

export const linkParent = (link: ParentChild): LinkParent => ({ type: 'parentChild.add', link });
export const updateParentLink = (id: Id, changes: UpdateParentLink['changes']): UpdateParentLink => ({
  type: 'parentChild.update',
  id,
  changes,
});
export const unlinkParent = (id: Id): UnlinkParent => ({ type: 'parentChild.remove', id });

export const parentChildHandlers: Handlers<ParentChildCommand> = {
  'parentChild.add': (doc, { link }) => {
    const problem = checkNewId(doc, link.id) ?? checkParentLink(doc, link);
    if (problem) return problem;
    return (draft) => {
      draft.parentChild.push(link);
    };
  },
  'parentChild.update': (doc, { id, changes }) => {
    const i = indexById(doc.parentChild, id);
    if (i < 0) return refuse('commands.notFound', { id });
    const before = doc.parentChild[i]!;
    const after = withChanges(before, changes);
    const problem =
      checkParentLink(doc, after) ??
      (after.child !== before.child
        ? checkTwinParents(
            doc,
            doc.parentChild.filter((l) => l.id !== id),
            before.child,
          )
        : undefined);
    if (problem) return problem;
    return (draft) => {
      draft.parentChild[i] = after;
    };
  },
  'parentChild.remove': (doc, { id }) => {
    const i = indexById(doc.parentChild, id);
    if (i < 0) return refuse('commands.notFound', { id });
    const problem = checkTwinParents(
      doc,
      doc.parentChild.filter((l) => l.id !== id),
      doc.parentChild[i]!.child,
    );
    if (problem) return problem;
    return (draft) => removeIds(doc, draft, [id]);
  },
};
