import { ageAt, parsePartialDate, yearOf } from '../../model/partial-date.js';
import type { KringDocument } from '../../model/types.js';
import { countedOnly, type ProblemSink } from '../problem-collector.js';
import { warning } from '../problems.js';
import type { EntityIndex } from './entity-index.js';

/** Below this gap (in whole years) between a biological parent's and a child's birth, we warn. */
export const MIN_PARENT_AGE = 12;

/**
 * Soft family rules (warnings): a biological parent born less than 12 years before the child; a person in
 * more than one current household; identical twins with a different recorded sex at birth.
 */
export function checkFamilySoftRules(doc: KringDocument, index: EntityIndex, problems: ProblemSink): void {
  doc.parentChild.forEach((link, i) => {
    if (link.kind !== 'biological') return;
    const parentBirth = index.persons.get(link.parent)?.birth;
    const childBirth = index.persons.get(link.child)?.birth;
    if (parentBirth === undefined || childBirth === undefined) return;
    if (!parsePartialDate(parentBirth) || !parsePartialDate(childBirth)) return;
    const years = ageAt(parentBirth, childBirth) ?? yearOf(childBirth)! - yearOf(parentBirth)!;
    if (years < MIN_PARENT_AGE)
      problems.push(
        warning(['parentChild', i], 'read.warn.parentTooYoung', {
          parent: link.parent,
          child: link.child,
          years,
        }),
      );
  });

  const currentOf = new Map<string, number>();
  doc.households.forEach((household, h) => {
    if (household.current !== true) return;
    household.members.forEach((member, m) => {
      const count = (currentOf.get(member) ?? 0) + 1;
      currentOf.set(member, count);
      if (count === 2 && !countedOnly(problems, 'warning', 'read.warn.twoCurrentHouseholds'))
        problems.push(
          warning(['households', h, 'members', m], 'read.warn.twoCurrentHouseholds', { id: member }),
        );
    });
  });

  doc.multipleBirths.forEach((group, i) => {
    if (group.zygosity !== 'monozygotic') return;
    const recorded = group.members
      .map((id) => ({ id, sex: index.persons.get(id)?.sexAtBirth }))
      .filter((m) => m.sex !== undefined && m.sex !== 'not_recorded');
    const first = recorded[0];
    const other = recorded.find((m) => m.sex !== first?.sex);
    if (first && other)
      problems.push(
        warning(['multipleBirths', i, 'zygosity'], 'read.warn.monozygoticSexDiffers', {
          a: first.id,
          b: other.id,
        }),
      );
  });
}
