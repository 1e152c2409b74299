/** Commands on parent-child links: link, update, unlink. */
import type { Id, ParentChild } from '../model/types.js';
import { checkParentLink, checkTwinParents } from './check-descent.js';
import { checkNewId, indexById } from './lookup.js';
import { refuse, withChanges, type Changes, type Handlers } from './refusal.js';
import { removeIds } from './remove-ids.js';

/**
 * Links a parent to a child (a descent line in the genogram): biological, adoptive, foster, step, guardian
 * or donor, optionally under the couple (`partnership`) the child hangs from. Refused when the id is empty,
 * reserved or taken; when the parent is no live-born person or the child no person
 * (`commands.notAPerson`, `commands.notLiveBirth`); for a link from someone to themselves
 * (`commands.selfLink`); for a bad `from`/`to` date (`commands.badDate`); when the named partnership does
 * not exist (`commands.notAPartnership`) or, except for a donor, does not have the parent as a partner
 * (`commands.parentNotInPartnership`); for a third biological parent (`commands.thirdBiologicalParent`); for
 * a biological or adoptive link that would make the child their own ancestor (`commands.parentCycle`); and
 * when members of a multiple birth would get different biological parents (`commands.twinParentsDiffer`).
 */
export interface LinkParent {
  /** Discriminant of the {@link Command} union. */
  type: 'parentChild.add';
  /** The new link, stored as given (appended to `parentChild`). */
  link: ParentChild;
}
/**
 * Changes a parent-child link (its kind, partnership, dates, or even its parent or child). The changed link
 * is checked as {@link LinkParent} checks a new one, and, when the child changes, the old child's multiple
 * birth must keep matching biological parents. Refused with `commands.notFound` for an unknown id.
 */
export interface UpdateParentLink {
  /** Discriminant of the {@link Command} union. */
  type: 'parentChild.update';
  /** The link to change. */
  id: Id;
  /** The fields to set; `null` clears an optional one (see {@link Changes}). */
  changes: Changes<Omit<ParentChild, 'id'>>;
}
/**
 * Removes a parent-child link. Refused with `commands.notFound` for an unknown id and with
 * `commands.twinParentsDiffer` when the child is in a multiple birth whose other members would keep a
 * biological parent the child loses (change the multiple birth first).
 */
export interface UnlinkParent {
  /** Discriminant of the {@link Command} union. */
  type: 'parentChild.remove';
  /** The link to remove. */
  id: Id;
}
/** The commands on parent-child links. */
export type ParentChildCommand = LinkParent | UpdateParentLink | UnlinkParent;

/**
 * The command that adds the parent-child `link` (see {@link LinkParent}).
 *
 * @example
 * ```ts
 * linkParent({ id: 'pc-1', parent: 'p-fatima', child: 'p-sophia', kind: 'biological', partnership: 'r-1' });
 * ```
 */
export const linkParent = (link: ParentChild): LinkParent => ({ type: 'parentChild.add', link });
/** The command that changes fields of parent-child link `id`. */
export const updateParentLink = (id: Id, changes: UpdateParentLink['changes']): UpdateParentLink => ({
  type: 'parentChild.update',
  id,
  changes,
});
/** The command that removes parent-child link `id`. */
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
