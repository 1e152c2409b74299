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

/**
 * Changes the document's display options: the genogram's symbol set (`mcgoldrick` or `nsgc`), the death mark
 * (`x` or `slash`), the number of rings of the ecogram and sociogram (3 or 4) and the sector preset
 * (`default`, `lensink`, `tracy_whittaker`). A value outside its list is refused with `commands.badOption`.
 * Fewer rings or another preset repair the ties in the same undo step instead of refusing, in the live
 * network and in every snapshot: a ring beyond the new count moves to the outermost ring, and a sector the
 * new preset lacks is cleared (the views then derive it).
 */
export interface SetOptions {
  /** Discriminant of the {@link Command} union. */
  type: 'options.set';
  /** The options to change; those left out keep their value. */
  changes: Partial<Options>;
}
/** Sets the title, or clears it with `null`. Never refused. */
export interface SetTitle {
  /** Discriminant of the {@link Command} union. */
  type: 'title.set';
  /** The new title (free text), or `null` to remove it. */
  title: string | null;
}
/**
 * Sets the reference date (a partial date), or clears it with `null`: the date ages are computed at. A value
 * that is not a partial date is refused with `commands.badDate`.
 */
export interface SetReferenceDate {
  /** Discriminant of the {@link Command} union. */
  type: 'referenceDate.set';
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally after `~` ("about"); or `null` to remove it. */
  date: string | null;
}
/**
 * Makes another person the focus (the index person, *aangemelde persoon*): the double outline of the
 * genogram, the centre of the ecogram and the sociogram. Refused when `id` is no person or not a live birth
 * (`commands.notFound`, `commands.notAPerson`, `commands.notLiveBirth`), and with
 * `commands.focusNotInSnapshot` when a snapshot does not hold that person as a live birth (every snapshot is
 * read with the document's focus).
 */
export interface SetFocus {
  /** Discriminant of the {@link Command} union. */
  type: 'focus.set';
  /** The new focus person. */
  id: Id;
}
/** The commands on the document as a whole: options, title, reference date and focus. */
export type DocumentSettingsCommand = SetOptions | SetTitle | SetReferenceDate | SetFocus;

/**
 * The command that changes the options given in `changes` (see {@link SetOptions}).
 *
 * @example
 * ```ts
 * setOptions({ rings: 4, sectors: 'lensink' });
 * ```
 */
export const setOptions = (changes: Partial<Options>): SetOptions => ({ type: 'options.set', changes });
/** The command that sets the document's title (`null` removes it). */
export const setTitle = (title: string | null): SetTitle => ({ type: 'title.set', title });
/** The command that sets the reference date, a partial date (`null` removes it). */
export const setReferenceDate = (date: string | null): SetReferenceDate => ({
  type: 'referenceDate.set',
  date,
});
/** The command that makes person `id` the focus (see {@link SetFocus}). */
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
