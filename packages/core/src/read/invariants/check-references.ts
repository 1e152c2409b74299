import type { MessageKey } from '../../i18n/en.js';
import { isLiveBirth } from '../../model/defaults.js';
import type { KringDocument } from '../../model/types.js';
import type { JsonPath } from '../problem.js';
import { countedOnly, type ProblemSink } from '../problem-collector.js';
import { error } from '../problems.js';
import type { EntityIndex } from './entity-index.js';

/** The role a person plays in a reference, when only live births may play it (format.md invariant 5). */
type LiveRole =
  | 'read.notLiveBirthPartner'
  | 'read.notLiveBirthParent'
  | 'read.notLiveBirthHousehold'
  | 'read.notLiveBirthTie'
  | 'read.notLiveBirthActionTeam';

/**
 * Invariant 2 (every reference names an existing entity of the right kind; no self-links) and the
 * reference half of invariant 5 (who may not be a non-live birth). Also: no id twice in one member list.
 */
export function checkReferences(doc: KringDocument, index: EntityIndex, problems: ProblemSink): void {
  // Paths are built only when there is a problem: this runs for every reference of the document.
  const personProblem = (id: string, role?: LiveRole): [MessageKey, string] | undefined => {
    const entity = index.entities.get(id);
    if (!entity) return ['read.refMissing', id];
    if (entity.kind !== 'person') return ['read.refNotPerson', id];
    if (role) {
      const p = index.persons.get(id);
      if (p && !isLiveBirth(p)) return [role, id];
    }
    return undefined;
  };
  const person = (id: string, path: () => JsonPath, role?: LiveRole): void => {
    const found = personProblem(id, role);
    if (found) problems.push(error(path(), found[0], { id: found[1] }));
  };
  const personOrOrganisation = (
    id: string,
    path: () => JsonPath,
    role: LiveRole | undefined = 'read.notLiveBirthTie',
  ): void => {
    const entity = index.entities.get(id);
    if (entity?.kind === 'organisation') return;
    if (entity && entity.kind !== 'person')
      problems.push(error(path(), 'read.refNotPersonOrOrganisation', { id }));
    else person(id, path, role);
  };
  const selfLink = (a: string, b: string, path: () => JsonPath): void => {
    if (a === b) problems.push(error(path(), 'read.selfLink', { id: a }));
  };
  const members = (list: readonly string[], path: JsonPath, role?: LiveRole): void => {
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!;
      // A list can hold millions of entries: past the listed ones, problems are only counted.
      if (seen.has(id) && !countedOnly(problems, 'error', 'read.duplicateMember'))
        problems.push(error([...path, i], 'read.duplicateMember', { id }));
      seen.add(id);
      const found = personProblem(id, role);
      if (found && !countedOnly(problems, 'error', found[0]))
        problems.push(error([...path, i], found[0], { id: found[1] }));
    }
  };
  const partnershipRef = (id: string, path: () => JsonPath): void => {
    const entity = index.entities.get(id);
    if (!entity) problems.push(error(path(), 'read.refMissing', { id }));
    else if (entity.kind !== 'partnership') problems.push(error(path(), 'read.refNotPartnership', { id }));
  };

  doc.partnerships.forEach((p, i) => {
    person(p.a, () => ['partnerships', i, 'a'], 'read.notLiveBirthPartner');
    person(p.b, () => ['partnerships', i, 'b'], 'read.notLiveBirthPartner');
    selfLink(p.a, p.b, () => ['partnerships', i, 'b']);
  });
  doc.parentChild.forEach((link, i) => {
    person(link.parent, () => ['parentChild', i, 'parent'], 'read.notLiveBirthParent');
    person(link.child, () => ['parentChild', i, 'child']);
    selfLink(link.parent, link.child, () => ['parentChild', i, 'child']);
    if (link.partnership !== undefined)
      partnershipRef(link.partnership, () => ['parentChild', i, 'partnership']);
  });
  doc.multipleBirths.forEach((group, i) => members(group.members, ['multipleBirths', i, 'members']));
  doc.households.forEach((h, i) =>
    members(h.members, ['households', i, 'members'], 'read.notLiveBirthHousehold'),
  );
  doc.emotional.forEach((e, i) => {
    person(e.a, () => ['emotional', i, 'a']);
    person(e.b, () => ['emotional', i, 'b']);
    selfLink(e.a, e.b, () => ['emotional', i, 'b']);
  });
  doc.ties.forEach((tie, i) => {
    personOrOrganisation(tie.from, () => ['ties', i, 'from']);
    personOrOrganisation(tie.to, () => ['ties', i, 'to']);
    selfLink(tie.from, tie.to, () => ['ties', i, 'to']);
  });
  // Owners and invitees may be persons or organisations (format version 2); each at most once.
  const personsOrOrganisations = (list: readonly string[], path: JsonPath): void => {
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!;
      if (seen.has(id) && !countedOnly(problems, 'error', 'read.duplicateMember'))
        problems.push(error([...path, i], 'read.duplicateMember', { id }));
      seen.add(id);
      personOrOrganisation(id, () => [...path, i], undefined);
    }
  };
  if (doc.plan) {
    members(doc.plan.actionTeam, ['plan', 'actionTeam'], 'read.notLiveBirthActionTeam');
    doc.plan.actions.forEach((action, i) =>
      personsOrOrganisations(action.owners, ['plan', 'actions', i, 'owners']),
    );
    personsOrOrganisations(
      (doc.plan.invitees ?? []).map((invitee) => invitee.id),
      ['plan', 'invitees'],
    );
  }
}
