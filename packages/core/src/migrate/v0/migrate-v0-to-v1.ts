import * as v from 'valibot';
import type { SupportType, SystemCategory } from '../../model/enums.js';
import { DEFAULT_OPTIONS } from '../../model/types.js';
import { readEn } from '../../i18n/parts/read.en.js';
import { readNl } from '../../i18n/parts/read.nl.js';
import { issuesToProblems } from '../../read/issues-to-problems.js';
import type { Migration, RawDocument } from '../migration.js';
import { documentSchemaV0, type DraftDate, type DraftDocument } from './schema-v0.js';

/** Keys that version 0 knew on each object: everything else is kept as an unknown key. */
const KNOWN_TOP = new Set(['format', 'version', 'title', 'client', 'people', 'services', 'relations']);
const KNOWN_PERSON = new Set(['id', 'name', 'sex', 'born', 'died', 'notes']);
const KNOWN_RELATION: Record<string, Set<string>> = {
  partner: new Set(['kind', 'id', 'a', 'b', 'married', 'since', 'until']),
  parent: new Set(['kind', 'id', 'parent', 'child', 'adopted']),
  emotion: new Set(['kind', 'id', 'a', 'b', 'quality']),
  contact: new Set(['kind', 'id', 'a', 'b', 'closeness', 'help']),
};
const KNOWN_SERVICE = new Set(['id', 'name', 'kind']);

const CATEGORY: Record<string, SystemCategory> = {
  school: 'school',
  gp: 'health_care',
  youth_care: 'youth_care',
  district_team: 'social_services',
  debt_help: 'debt_help',
  other: 'other',
};
/** The Dutch ecogram letters of the draft: Emotioneel, Praktisch, Gezelschap, Advies. */
const HELP: Record<string, SupportType> = {
  E: 'emotional',
  P: 'practical',
  G: 'companionship',
  A: 'informational',
};

function unknownKeys(source: Record<string, unknown>, known: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) if (!known.has(key)) out[key] = source[key];
  return out;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `{ year: 1950, month: 3, approx: true }` → `~1950-03`. A day without a month is dropped (not a date). */
export function draftDateToPartial(date: DraftDate): string {
  let text = `${date.approx ? '~' : ''}${pad(date.year, 4)}`;
  if (date.month !== undefined) {
    text += `-${pad(date.month, 2)}`;
    if (date.day !== undefined) text += `-${pad(date.day, 2)}`;
  }
  return text;
}

const sameDate = (x: DraftDate | undefined, y: DraftDate | undefined): boolean =>
  x !== undefined && y !== undefined && draftDateToPartial(x) === draftDateToPartial(y);

function migrateDraft(draft: DraftDocument): RawDocument {
  const deaths = new Map<string, DraftDate>();
  const persons = draft.people.map((p) => {
    if (p.died) deaths.set(p.id, p.died);
    return {
      id: p.id,
      name: p.name,
      gender: p.sex === 'M' ? 'man' : p.sex === 'F' ? 'woman' : 'unknown',
      ...(p.born ? { birth: draftDateToPartial(p.born) } : {}),
      ...(p.died ? { death: draftDateToPartial(p.died) } : {}),
      ...(p.notes !== undefined ? { notes: p.notes } : {}),
      ...unknownKeys(p, KNOWN_PERSON),
    };
  });
  const organisations = draft.services.map((s) => ({
    id: s.id,
    name: s.name,
    category: CATEGORY[s.kind] ?? 'other',
    ...unknownKeys(s, KNOWN_SERVICE),
  }));
  const partnerships: RawDocument[] = [];
  const parentChild: RawDocument[] = [];
  const emotional: RawDocument[] = [];
  const ties: RawDocument[] = [];
  for (const r of draft.relations) {
    const extra = unknownKeys(r, KNOWN_RELATION[r.kind]!);
    switch (r.kind) {
      case 'partner': {
        const married = r.married === true;
        const events: RawDocument[] = [
          {
            kind: married ? 'married' : 'started',
            ...(r.since ? { date: draftDateToPartial(r.since) } : {}),
          },
        ];
        if (r.until) {
          // The draft had one "until" for every ending: a partner's death on that date means widowed.
          const widowed = sameDate(r.until, deaths.get(r.a)) || sameDate(r.until, deaths.get(r.b));
          events.push({
            kind: widowed ? 'widowed' : married ? 'divorced' : 'ended',
            date: draftDateToPartial(r.until),
          });
        }
        partnerships.push({
          id: r.id,
          a: r.a,
          b: r.b,
          type: married ? 'marriage' : 'cohabitation',
          events,
          ...extra,
        });
        break;
      }
      case 'parent':
        parentChild.push({
          id: r.id,
          parent: r.parent,
          child: r.child,
          kind: r.adopted ? 'adoptive' : 'biological',
          ...extra,
        });
        break;
      case 'emotion':
        emotional.push({ id: r.id, a: r.a, b: r.b, kind: r.quality, ...extra });
        break;
      case 'contact': {
        const support = (r.help ?? []).map((letter) => ({ type: HELP[letter]!, direction: 'received' }));
        ties.push({
          id: r.id,
          from: r.a,
          to: r.b,
          ring: 4 - r.closeness,
          ...(support.length > 0 ? { support } : {}),
          ...extra,
        });
        break;
      }
    }
  }
  return {
    format: 'kring',
    version: 1,
    ...(draft.title !== undefined ? { title: draft.title } : {}),
    focus: draft.client,
    options: { ...DEFAULT_OPTIONS },
    persons,
    organisations,
    partnerships,
    parentChild,
    multipleBirths: [],
    households: [],
    emotional,
    ties,
    plan: null,
    layouts: {},
    ...unknownKeys(draft, KNOWN_TOP),
  };
}

/** Version 0 (the pilot's draft format) → version 1. */
export const migrateV0ToV1: Migration = {
  from: 0,
  to: 1,
  name: 'split-draft-relations',
  // Read when asked: the element's code-split build fills the tables after this module has loaded.
  get notes() {
    return { nl: readNl['read.migration.v0_to_v1'], en: readEn['read.migration.v0_to_v1'] };
  },
  noteKey: 'read.migration.v0_to_v1',
  validateInput(raw) {
    const result = v.safeParse(documentSchemaV0, raw);
    return result.success ? [] : issuesToProblems(result.issues);
  },
  migrate(raw) {
    return migrateDraft(v.parse(documentSchemaV0, raw));
  },
};
