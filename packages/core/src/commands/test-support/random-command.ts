/**
 * Builds a command against the current document from a few numbers (fast-check generates and shrinks the
 * numbers; the command follows the document, so most commands are valid and some are refused on purpose).
 * Contract: the same document and numbers give the same command; every command type is reachable.
 */
import {
  EMOTIONAL_DIRECTIONS,
  EMOTIONAL_KINDS,
  PARENT_CHILD_KINDS,
  PARTNERSHIP_EVENT_KINDS,
  PARTNERSHIP_TYPES,
  SECTOR_PRESETS,
  SECTOR_PRESET_NAMES,
  SUPPORT_TYPES,
  SYSTEM_CATEGORIES,
  BIRTH_STATUSES,
  INVITEE_STATUSES,
  VIEWS,
} from '../../model/enums.js';
import type { KringDocument } from '../../model/types.js';
import type { Command } from '../command.js';
import * as c from '../index.js';
import { randomLessonCommand } from './random-lesson-command.js';

export type Choices = readonly [number, number, number, number];

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

const DATES = ['1950', '1960-05', '1975-02-03', '~1980', '1990', '2000-10', '2010', '2022-03-01'];

/** A snapshot command: take one (always possible), or change, delete or erase from one (refused without). */
function randomSnapshotCommand(doc: KringDocument, a: number, b: number, n: number): Command {
  const snapshot = pick(doc.snapshots, a);
  if (b % 4 === 0 || (!snapshot && n % 2 === 0))
    return c.takeSnapshot({ id: `s${n}`, label: `T${n % 3}`, date: pick(DATES, n)! });
  const id = snapshot?.id ?? 'x';
  if (b % 4 === 1) return c.updateSnapshot(id, n % 2 ? { label: `M${n}` } : { date: pick(DATES, n)! });
  if (b % 4 === 2) return c.removeSnapshot(id);
  const persons = snapshot?.state.persons.map((p) => p.id) ?? [];
  return c.eraseFromSnapshots(pick(persons, n) ?? doc.focus);
}

export function randomCommand(doc: KringDocument, [k, a, b, n]: Choices): Command {
  const persons = doc.persons.map((p) => p.id);
  const p1 = pick(persons, a) ?? doc.focus;
  const p2 = pick(persons, b) ?? doc.focus;
  const orgs = doc.organisations.map((o) => o.id);
  const fresh = `g${n}`;
  const partnership = pick(doc.partnerships, a);
  const plan = doc.plan;
  // Trainer lessons: the top of k's range (0..1000), so the small values fast-check favours keep their
  // commands; snapshots the band below. Callers that pass larger numbers get the commands of the switch.
  if (k >= 930 && k <= 1000) return randomLessonCommand(doc, a, b, n);
  if (k >= 915 && k <= 1000) return randomSnapshotCommand(doc, a, b, n);
  switch (k % 33) {
    case 0:
    case 1:
      return c.addPerson({
        id: fresh,
        name: `P ${n}`,
        gender: 'unknown',
        ...(n % 3 ? { birth: pick(DATES, b)! } : {}),
      });
    case 2:
      return c.updatePerson(
        p1,
        n % 4 === 0
          ? { birthStatus: pick(BIRTH_STATUSES, b)! }
          : n % 4 === 1
            ? { death: pick(DATES, b)! }
            : n % 4 === 2
              ? { birth: null, name: `N${n}` }
              : { birth: pick(DATES, b)! },
      );
    case 3:
      return c.removePerson(p1);
    case 4:
      return c.addOrganisation({ id: fresh, name: `O ${n}`, category: pick(SYSTEM_CATEGORIES, b)! });
    case 5:
      return orgs.length && n % 2
        ? c.removeOrganisation(pick(orgs, a)!)
        : c.updateOrganisation(pick(orgs, a) ?? 'x', { name: `O${n}` });
    case 6:
    case 7:
      return c.addPartnership({ id: fresh, a: p1, b: p2, type: pick(PARTNERSHIP_TYPES, n)!, events: [] });
    case 8:
      return c.addPartnershipEvent(
        partnership?.id ?? 'x',
        { kind: pick(PARTNERSHIP_EVENT_KINDS, b)!, ...(n % 2 ? { date: pick(DATES, n)! } : {}) },
        n % 3 === 0 ? 0 : undefined,
      );
    case 9: {
      const withEvents = pick(
        doc.partnerships.filter((p) => p.events.length > 0),
        a,
      );
      const id = withEvents?.id ?? 'x';
      const count = Math.max(1, withEvents?.events.length ?? 1);
      if (n % 4 === 0) return c.removePartnershipEvent(id, b % count);
      if (n % 4 === 1) return c.movePartnershipEvent(id, b % count, n % count);
      if (n % 4 === 2)
        return c.updatePartnershipEvent(id, b % count, {
          kind: pick(PARTNERSHIP_EVENT_KINDS, n)!,
          ...(b % 2 ? { date: pick(DATES, n)! } : {}),
        });
      return c.updatePartnership(partnership?.id ?? 'x', {
        type: pick(PARTNERSHIP_TYPES, b)!,
        consanguineous: n % 2 === 0 ? true : null,
      });
    }
    case 10:
      return c.removePartnership(partnership?.id ?? 'x');
    case 11:
    case 12:
    case 13: {
      const couple = doc.partnerships.find((p) => p.a === p1 || p.b === p1);
      return c.linkParent({
        id: fresh,
        parent: p1,
        child: p2,
        kind: pick(PARENT_CHILD_KINDS, n % 4 === 0 ? b : 0)!,
        ...(couple && n % 2 ? { partnership: couple.id } : {}),
      });
    }
    case 14: {
      const link = pick(doc.parentChild, a);
      if (n % 2) return c.unlinkParent(link?.id ?? 'x');
      return c.updateParentLink(link?.id ?? 'x', {
        kind: pick(PARENT_CHILD_KINDS, b)!,
        partnership: null,
        from: n % 3 ? pick(DATES, n)! : null,
      });
    }
    case 15: {
      const group = pick(doc.multipleBirths, a);
      if (group && n % 3 === 0) return c.removeMultipleBirth(group.id);
      if (group && n % 3 === 1)
        return c.updateMultipleBirth(group.id, { zygosity: b % 2 ? 'dizygotic' : 'monozygotic' });
      return c.addMultipleBirth({ id: fresh, members: [p1, p2], zygosity: 'unknown' });
    }
    case 16: {
      const h = pick(doc.households, a);
      if (!h || n % 5 === 0)
        return c.addHousehold({ id: fresh, members: [p1], ...(n % 2 ? { current: true } : {}) });
      if (n % 5 === 1) return c.addHouseholdMember(h.id, p2);
      if (n % 5 === 2) return c.removeHouseholdMember(h.id, pick(h.members, b)!);
      if (n % 5 === 3) return c.updateHousehold(h.id, { current: b % 2 ? true : null, label: `H${n}` });
      return c.removeHousehold(h.id);
    }
    case 17: {
      const e = pick(doc.emotional, a);
      if (e && n % 3 === 0) return c.removeEmotional(e.id);
      if (e && n % 3 === 1)
        return c.updateEmotional(e.id, { kind: pick(EMOTIONAL_KINDS, b)!, direction: 'both' });
      return c.addEmotional({
        id: fresh,
        a: p1,
        b: p2,
        kind: pick(EMOTIONAL_KINDS, n)!,
        direction: pick(EMOTIONAL_DIRECTIONS, b)!,
      });
    }
    case 18:
    case 19: {
      const to = n % 3 === 0 ? (pick(orgs, b) ?? p2) : p2;
      const sectors = SECTOR_PRESETS[doc.options.sectors];
      return c.addTie({
        id: fresh,
        from: n % 4 ? doc.focus : p1,
        to,
        ...(n % 2 ? { ring: (b % 4) + 1 } : {}),
        ...(n % 5 === 0 ? { sector: pick(sectors, b)! } : {}),
      });
    }
    case 20: {
      const t =
        n % 5 === 2 || n % 5 === 3
          ? pick(
              doc.ties.filter((x) => x.support?.length),
              a,
            )
          : pick(doc.ties, a);
      const items = Math.max(1, t?.support?.length ?? 1);
      const item = {
        type: pick(SUPPORT_TYPES, b)!,
        direction: b % 2 ? ('given' as const) : ('received' as const),
      };
      if (t && n % 5 === 0) return c.removeTie(t.id);
      if (t && n % 5 === 1) return c.addSupportItem(t.id, item);
      if (t && n % 5 === 2) return c.removeSupportItem(t.id, b % items);
      if (t && n % 5 === 3) return c.updateSupportItem(t.id, b % items, item);
      return c.updateTie(t?.id ?? 'x', { ring: n % 2 ? (b % 4) + 1 : null, strength: 2 });
    }
    case 21:
      switch (n % 9) {
        case 0:
          return c.setGoal(`Doel ${n}`);
        case 1:
          return c.setMeetingDate(b % 2 ? pick(DATES, b)! : null);
        case 2:
          return c.clearGoal();
        case 3:
          return c.removePlan();
        case 4:
          return c.setQuestion(b % 3 ? `Vraag ${n}` : null);
        case 5:
          return c.setEvaluationDate(b % 3 ? pick(DATES, b)! : null);
        case 6:
          return c.setAgreements(b % 3 ? `Afspraak ${n}` : null);
        default:
          return c.setContact(p1, b % 3 ? { phone: `06 ${n}`, ...(b % 2 ? { note: 'avond' } : {}) } : null);
      }
    case 22: {
      const invitee = pick(plan?.invitees ?? [], b);
      if (n % 4 === 2) return c.setInviteeStatus(invitee?.id ?? p2, pick(INVITEE_STATUSES, a)!);
      if (n % 4 === 3) return b % 2 ? c.removeInvitee(invitee?.id ?? p2) : c.addInvitee(pick(orgs, a) ?? p2);
      return n % 2 && plan?.actionTeam.length
        ? c.removeTeamMember(pick(plan.actionTeam, b)!)
        : c.addTeamMember(p1);
    }
    case 23: {
      const action = pick(plan?.actions ?? [], a);
      if (action && n % 3 === 0) return c.removeAction(action.id);
      if (action && n % 3 === 1) return c.updateAction(action.id, { owners: [p2], status: 'done' });
      return c.addAction({
        id: fresh,
        text: `Actie ${n}`,
        owners: n % 5 === 0 && orgs.length ? [pick(orgs, b)!, p1] : [p1],
        status: 'proposed',
      });
    }
    case 24:
      return c.setOptions(n % 2 ? { rings: b % 2 ? 4 : 3 } : { sectors: pick(SECTOR_PRESET_NAMES, b)! });
    case 25:
      return c.setFocus(p1);
    case 26:
    case 27:
    case 28:
      return c.moveNode(pick(VIEWS, b)!, n % 5 === 0 ? (pick(orgs, a) ?? p1) : p1, {
        x: (n % 200) - 100,
        y: b % 50,
      });
    case 29:
      return c.unpinNode(
        pick(VIEWS, b)!,
        Object.keys(doc.layouts[pick(VIEWS, b)!]?.positions ?? {})[a % 3] ?? p1,
      );
    case 30:
      return c.setTitle(n % 2 ? `Kaart ${n}` : null);
    case 31:
      return c.setReferenceDate(n % 2 ? pick(DATES, b)! : null);
    default: {
      const t = pick(
        doc.ties.filter((x) => x.support?.length),
        a,
      );
      if (b % 3 === 0) return c.removeSupportItem(t?.id ?? 'x', n % (t?.support?.length ?? 1));
      return c.updateSupportItem(t?.id ?? 'x', b % (t?.support?.length ?? 1), {
        type: pick(SUPPORT_TYPES, n)!,
        direction: 'given',
        ...(n % 2 ? { potential: true } : {}),
      });
    }
  }
}
