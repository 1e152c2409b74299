/**
 * Commands on the document as a whole: options, title, reference date and focus.
 *
 * Changing `options.rings` or `options.sectors` repairs the ties in the same step instead of refusing:
 * rings beyond the new count move to the outermost ring, and sectors that the new preset lacks are
 * cleared (the view then derives them, see queries/effective-sector.ts). The ties inside every snapshot are
 * repaired alike, and the focus can only move to a person who is in every snapshot (snapshots are read with
 * the document's options and focus).
 */
import {
  DEATH_MARKS,
  RING_COUNTS,
  SECTOR_PRESET_NAMES,
  SECTOR_PRESETS,
  SYMBOL_SETS,
} from '../model/enums.js';
import { isLiveBirth } from '../model/defaults.js';
import type { Id, Options, Snapshot, Tie } from '../model/types.js';
import { checkDate, checkPerson, nameOf } from './lookup.js';
import { refuse, type Handlers } from './refusal.js';

export interface SetOptions {
  type: 'options.set';
  changes: Partial<Options>;
}
/** Sets the title, or clears it with `null`. */
export interface SetTitle {
  type: 'title.set';
  title: string | null;
}
/** Sets the reference date (a partial date), or clears it with `null`. */
export interface SetReferenceDate {
  type: 'referenceDate.set';
  date: string | null;
}
export interface SetFocus {
  type: 'focus.set';
  id: Id;
}
export type DocumentSettingsCommand = SetOptions | SetTitle | SetReferenceDate | SetFocus;

export const setOptions = (changes: Partial<Options>): SetOptions => ({ type: 'options.set', changes });
export const setTitle = (title: string | null): SetTitle => ({ type: 'title.set', title });
export const setReferenceDate = (date: string | null): SetReferenceDate => ({
  type: 'referenceDate.set',
  date,
});
export const setFocus = (id: Id): SetFocus => ({ type: 'focus.set', id });

/**
 * The ties whose ring lies beyond `options.rings` (moved to the outermost ring) or whose sector the preset
 * lacks (cleared), by index; empty when every tie fits.
 */
function repairedTies(ties: readonly Tie[], options: Options): Map<number, Tie> {
  const sectors: readonly string[] = SECTOR_PRESETS[options.sectors];
  const repaired = new Map<number, Tie>();
  ties.forEach((tie, i) => {
    const ringTooFar = tie.ring !== undefined && tie.ring > options.rings;
    const sectorGone = tie.sector !== undefined && !sectors.includes(tie.sector);
    if (!ringTooFar && !sectorGone) return;
    const next = { ...tie };
    if (ringTooFar) next.ring = options.rings;
    if (sectorGone) delete next.sector;
    repaired.set(i, next);
  });
  return repaired;
}

const ALLOWED: { [K in keyof Options]: readonly unknown[] } = {
  symbols: SYMBOL_SETS,
  deathMark: DEATH_MARKS,
  rings: RING_COUNTS,
  sectors: SECTOR_PRESET_NAMES,
};

export const documentSettingsHandlers: Handlers<DocumentSettingsCommand> = {
  'options.set': (doc, { changes }) => {
    const options: Options = { ...doc.options };
    for (const [key, value] of Object.entries(changes) as [keyof Options, unknown][]) {
      if (value === undefined) continue;
      if (!(key in ALLOWED) || !ALLOWED[key].includes(value))
        return refuse('commands.badOption', { option: String(key), value: String(value) });
      (options as unknown as Record<string, unknown>)[key] = value;
    }
    const repaired = repairedTies(doc.ties, options);
    // Snapshots are checked with the document's options too: their ties are repaired the same way.
    let snapshots: Snapshot[] | undefined;
    doc.snapshots.forEach((snapshot, i) => {
      const ties = repairedTies(snapshot.state.ties, options);
      if (ties.size === 0) return;
      snapshots ??= [...doc.snapshots];
      const next = [...snapshot.state.ties];
      for (const [j, tie] of ties) next[j] = tie;
      snapshots[i] = { ...snapshot, state: { ...snapshot.state, ties: next } };
    });
    return (draft) => {
      draft.options = options;
      for (const [i, tie] of repaired) draft.ties[i] = tie;
      if (snapshots) draft.snapshots = snapshots;
    };
  },
  'title.set':
    (_doc, { title }) =>
    (draft) => {
      if (title === null) delete draft.title;
      else draft.title = title;
    },
  'referenceDate.set': (_doc, { date }) => {
    if (date === null)
      return (draft) => {
        delete draft.referenceDate;
      };
    const problem = checkDate(date);
    if (problem) return problem;
    return (draft) => {
      draft.referenceDate = date;
    };
  },
  'focus.set': (doc, { id }) => {
    const problem = checkPerson(doc, id, true);
    if (problem) return problem;
    // Every snapshot is read with the document's focus (format.md, Snapshot): it must be a live birth there.
    const missing = doc.snapshots.find((s) => !s.state.persons.some((p) => p.id === id && isLiveBirth(p)));
    if (missing)
      return refuse('commands.focusNotInSnapshot', { name: nameOf(doc, id), label: missing.label });
    return (draft) => {
      draft.focus = id;
    };
  },
};
