/**
 * The typed model of a `.kring.json` document, version 2 (docs/format.md).
 * All data is plain JSON: no classes, no Maps, no Dates, so immer, structuredClone and JSON agree.
 * Unknown keys that a reader met are kept on the objects (forward compatibility) but are not typed here.
 * Optional fields are left out rather than set to `undefined` (the writer drops `undefined` values).
 */
import type {
  ActionStatus,
  BirthStatus,
  CriticalLevel,
  DeathMark,
  EmotionalDirection,
  EmotionalKind,
  Flow,
  Frequency,
  Gender,
  InviteeStatus,
  KnownFor,
  LifeStatus,
  ParentChildKind,
  PartnershipEventKind,
  PartnershipType,
  RingCount,
  SectorPreset,
  SexAtBirth,
  StressLevel,
  SupportDirection,
  SupportType,
  SymbolSet,
  SystemCategory,
  TieStrength,
  Zygosity,
} from './enums.js';

/**
 * An id: a non-empty string, unique across the whole document — persons, organisations, relations, ties and
 * plan actions share one id space (inside a snapshot, the snapshot's own entries form their own id space).
 * The strings `__proto__`, `constructor` and `prototype` are refused as ids. The same person keeps the same
 * id in the live document and in every snapshot.
 */
export type Id = string;

/**
 * A partial date as text: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar date, so `2023-02-30` is not
 * one), optionally prefixed by `~` for "about" (`~1950`). Nothing else is a date: no times, no other
 * separators. Dates compare on the precision both share (see {@link comparePartialDates}); ages are derived
 * from them and the document's `referenceDate`, never stored.
 */
export type PartialDateString = string;

/**
 * A condition of a person (illness, addiction, mental health, "in recovery"), drawn as a fill of part of the
 * genogram symbol and explained in the legend. There is no fixed medical vocabulary: the legend defines the
 * fills. Health data is special-category personal data: exports can hide condition labels ("kenmerk 1, 2 …").
 */
export interface Condition {
  /** Legend key (non-empty): persons sharing a key share a fill and one legend entry. */
  key: string;
  /** The text the legend shows for this key, free text (e.g. "diabetes", "verslaving"). */
  label: string;
  /** Since when the person has the condition (a partial date). */
  since?: PartialDateString;
  /** `true` when the person is in recovery (drawn as such in the fill). */
  inRecovery?: boolean;
}

/**
 * A person in the map: a family member, a network member, a professional known by name, a pet, or a pregnancy
 * that did not lead to a live child (see `birthStatus`). The genogram derives the symbol's shape from
 * `gender`, the age inside it from `birth`, `death` and the document's `referenceDate`.
 */
export interface Person {
  /** The person's id (see {@link Id}); the document's `focus` and every relation refer to it. */
  id: Id;
  /**
   * Display name, free text: any Unicode, including `<`, `&`, quotes, emoji and right-to-left text (renderers
   * escape it). May be empty.
   */
  name: string;
  /** Gender identity, which alone decides the symbol's shape: one of {@link GENDERS}. */
  gender: Gender;
  /** Sex assigned at birth, kept apart from gender identity; shown as an annotation only. */
  sexAtBirth?: SexAtBirth;
  /** Date of birth (a partial date, e.g. `1943` or `~1950`); shown as the year above-left of the symbol. */
  birth?: PartialDateString;
  /**
   * Date of death (a partial date); not before `birth`. Setting it makes the default life status `deceased`.
   */
  death?: PartialDateString;
  /**
   * `alive`, `deceased` or `unknown`. When missing: `alive`, or `deceased` when `death` is set (use
   * {@link lifeStatusOf}). A person with a `death` cannot be `alive`.
   */
  lifeStatus?: LifeStatus;
  /**
   * Live birth or the outcome of a pregnancy; `live_birth` when missing (use {@link birthStatusOf}). A person
   * that is not a live birth is no partner, parent, focus, household member, tie end or action-team member.
   */
  birthStatus?: BirthStatus;
  /** Weeks of gestation, for a pregnancy item: a whole number from 1 to 45. */
  gestationWeeks?: number;
  /** `true` for a pet (a small diamond in the genogram). */
  pet?: boolean;
  /** Occupation, free text; a short line under the name in the genogram. */
  occupation?: string;
  /** Where the person lives, free text (a place, not an address). Left out of pseudonymised output. */
  location?: string;
  /** Free-text notes of the social worker. Never in pseudonymised output. */
  notes?: string;
  /** Conditions drawn as fills of the symbol, each explained in the legend. */
  conditions?: Condition[];
  /** How to reach the person (version 2). Sensitive: never exported unless asked, never pseudonymised. */
  contact?: PersonContact;
}

/**
 * How to reach a person (format version 2), all free text. Sensitive: never in an export unless the user asks
 * for it, never in pseudonymised output or initials mode.
 */
export interface PersonContact {
  /** A phone number as the user typed it (not validated). */
  phone?: string;
  /** An e-mail address as the user typed it (not validated). */
  email?: string;
  /** A note on contacting the person, e.g. "liever na 17 uur". */
  note?: string;
}

/**
 * An outside system the person or household deals with (school, GP, youth care, debt help, a club…): a
 * satellite of the ecogram and an alter in the sociogram's professional sector. It cannot be a partner,
 * parent or household member; it can be a tie end, an invitee and (since version 2) an action owner.
 */
export interface Organisation {
  /** The organisation's id (one id space with persons and relations). */
  id: Id;
  /** Display name, free text, e.g. "Basisschool De Klimop". */
  name: string;
  /** What kind of system it is: one of {@link SYSTEM_CATEGORIES}. */
  category: SystemCategory;
  /** Free-text notes. Never in pseudonymised output. */
  notes?: string;
}

/** One dated (or undated) step in a couple's history, e.g. `{ kind: "married", date: "1990" }`. */
export interface PartnershipEvent {
  /** What happened: one of {@link PARTNERSHIP_EVENT_KINDS}. */
  kind: PartnershipEventKind;
  /** When (a partial date); dated events of one partnership must be in time order. */
  date?: PartialDateString;
}

/**
 * A couple relationship between two persons (the genogram's couple line, "relatie"), with its history as
 * events. Same-sex and non-binary couples are modelled the same way; a person may have several partnerships.
 */
export interface Partnership {
  /** The partnership's id; parent links refer to it to hang a child under this couple. */
  id: Id;
  /** One partner: a person id (a live birth), different from `b`. Which partner is `a` carries no meaning. */
  a: Id;
  /** The other partner: a person id (a live birth), different from `a`. */
  b: Id;
  /** The kind of relationship: one of {@link PARTNERSHIP_TYPES}. */
  type: PartnershipType;
  /**
   * The history, in time order (`[]` when missing on reading). `separated`/`reconciled` need an earlier
   * start, `divorced`/`annulled` an earlier `married`, `reconciled` an earlier `separated`; the current state
   * is derived from the last event.
   */
  events: PartnershipEvent[];
  /** `true` when the partners are blood relatives (a double couple line in pedigrees). */
  consanguineous?: boolean;
}

/**
 * A link from a parent to a child (the genogram's descent line). A child has at most two `biological` parents
 * and any number of other links; the `biological`/`adoptive` links form no cycle (no one is their own
 * ancestor).
 */
export interface ParentChild {
  /** The link's id. */
  id: Id;
  /** The parent: a person id (a live birth), different from `child`. */
  parent: Id;
  /** The child: a person id (may be a pregnancy outcome). */
  child: Id;
  /** The kind of parenthood: one of {@link PARENT_CHILD_KINDS}; decides the line style. */
  kind: ParentChildKind;
  /**
   * The couple the child hangs under: a partnership id; the parent must be one of its two partners (except
   * for `donor` links). Without it the child hangs under the parent alone.
   */
  partnership?: Id;
  /** Start of the link (a partial date), e.g. of a foster placement or an adoption. */
  from?: PartialDateString;
  /** End of the link (a partial date), e.g. when a foster placement ended. */
  to?: PartialDateString;
}

/**
 * Twins, triplets…: children born at one birth, whose descent lines start at one point. Members whose
 * biological parents are recorded must have the same ones.
 */
export interface MultipleBirth {
  /** The group's id. */
  id: Id;
  /** The children born together: at least two distinct person ids. */
  members: Id[];
  /** Identical, fraternal or unknown: one of {@link ZYGOSITIES}. */
  zygosity: Zygosity;
}

/**
 * People who live together ("huishouden"), encircled by a boundary line in the genogram; a current household
 * that lists the focus forms the centre of the ecogram and the sociogram ("home"). A person in two current
 * households gets a warning, not a refusal.
 */
export interface Household {
  /** The household's id. */
  id: Id;
  /** The persons living together: distinct person ids, each a live birth. */
  members: Id[];
  /** `true` for a household as it is now; past households (missing or `false`) are kept but not drawn. */
  current?: boolean;
  /** A name for the household, free text, e.g. "Gezin Bakker" (left out of pseudonymised output). */
  label?: string;
}

/**
 * A genogram interaction line ("interactiepatroon") between two persons: how they relate (close, conflictual,
 * cut-off, abuse…), an assessment as reported, apart from the family structure.
 */
export interface Emotional {
  /** The line's id. */
  id: Id;
  /** The first person (a person id, different from `b`); `a_to_b` points from this one. */
  a: Id;
  /** The second person (a person id, different from `a`). */
  b: Id;
  /** The kind of relationship: one of {@link EMOTIONAL_KINDS}. */
  kind: EmotionalKind;
  /**
   * Which way the line points; `none` when missing. The kinds in {@link DIRECTED_EMOTIONAL_KINDS} need a
   * direction other than `none`.
   */
  direction?: EmotionalDirection;
  /** Free-text notes. Never in pseudonymised output. */
  notes?: string;
}

/**
 * One kind of support carried by a tie, in one direction, e.g. practical help the client receives:
 * `{ type: "practical", direction: "received" }`. The ecogram writes its letter (E, P, G, A…) on the tie;
 * insight counts it.
 */
export interface SupportItem {
  /** What kind of support: one of {@link SUPPORT_TYPES}. */
  type: SupportType;
  /** Seen from the client: `received` (the other gives it) or `given` (the client gives it back). */
  direction: SupportDirection;
  /**
   * `true` when the support could be asked for but does not happen yet; the netwerkberaad aims to turn
   * potential support into agreed actions. Missing: it happens now.
   */
  potential?: boolean;
}

/**
 * A link in the client's network, used by the ecogram and the sociogram. A tie from the focus (or from a
 * member of the focus's current household) to an alter places that alter in the views; a tie between two
 * alters is drawn as a line between them. Strength and stress are separate dimensions (a tie can be strong
 * and stressful).
 */
export interface Tie {
  /** The tie's id. */
  id: Id;
  /** One end: a person (a live birth) or organisation id, different from `to`. Usually the focus side. */
  from: Id;
  /** The other end: a person (a live birth) or organisation id, different from `from`. Usually the alter. */
  to: Id;
  /**
   * The sociogram sector (life domain) of the alter: a key of the document's sector preset (see {@link
   * SECTOR_PRESETS}). When missing it is derived: kin of the focus → the family sector, an organisation → the
   * professional sector (see {@link effectiveSector}).
   */
  sector?: string;
  /**
   * The closeness ring in the sociogram: a whole number in `1..options.rings`, 1 = closest ("heel dichtbij").
   * A tie without a ring is drawn in the outermost ring; the editor proposes one from strength and frequency
   * (see {@link proposedRing}) and writes it here.
   */
  ring?: number;
  /** How strong the tie is: 1 weak, 2 moderate, 3 strong (line weight). */
  strength?: TieStrength;
  /** How much stress or conflict it carries: `none`, `some` or `high` (a hatched line). */
  stress?: StressLevel;
  /** Which way energy or resources flow, relative to the focus (arrows along the line). */
  flow?: Flow;
  /** The kinds of support the tie carries, each in a direction. */
  support?: SupportItem[];
  /** How often the two see each other. */
  frequency?: Frequency;
  /** How long the two have known each other. */
  knownFor?: KnownFor;
  /** How often the other is critical of the client. */
  critical?: CriticalLevel;
  /** Free-text notes. Never in pseudonymised output. */
  notes?: string;
}

/** One action ("afspraak") of the plan: who does what, by when, and where it stands. */
export interface PlanAction {
  /** The action's id, unique in the document like every other id. */
  id: Id;
  /** What will be done, free text (names in it become initials in pseudonymised output). */
  text: string;
  /**
   * Who carries it out: distinct person or organisation ids (organisations since version 2); may be empty.
   */
  owners: Id[];
  /** The kind of support the action delivers, if one applies. */
  support?: SupportType;
  /** By when (a partial date). */
  due?: PartialDateString;
  /** Where the action stands: one of {@link ACTION_STATUSES}. */
  status: ActionStatus;
}

/** Someone invited to the netwerkberaad (version 2): a person or an organisation. */
export interface Invitee {
  /** The invited person or organisation; each id appears at most once among the invitees. */
  id: Id;
  /** Invited, confirmed, declined or attended: one of {@link INVITEE_STATUSES}. */
  status: InviteeStatus;
}

/**
 * The plan for the future ("toekomstplan"), made at a netwerkberaad with the client's network and carried out
 * by an action team. A document has at most one plan (`null` when there is none).
 */
export interface Plan {
  /** The goal for the future (the "uitzicht"), free text. */
  goal: string;
  /** The central question or worry the netwerkberaad works on (version 2). */
  question?: string;
  /** When the netwerkberaad met (a partial date). */
  meetingDate?: PartialDateString;
  /** When the plan is looked at again (version 2). */
  evaluationDate?: PartialDateString;
  /**
   * The action team ("actieteam") that carries out the plan: distinct person ids (persons only, live births).
   * Fewer than 3 or more than 6 members, or only professionals, gives a warning.
   */
  actionTeam: Id[];
  /** Who is invited to the netwerkberaad, and whether they come (version 2). */
  invitees: Invitee[];
  /** The actions agreed, in the order the user keeps them. */
  actions: PlanAction[];
  /** Agreements made at the meeting, free text (version 2). */
  agreements?: string;
}

/**
 * The network as it was at one moment (version 2): the collections and the plan of a document. Ids form their
 * own id space within one snapshot; the same person keeps the same id across snapshots and the live document.
 * Every invariant holds within a state, checked with the document's focus and options.
 */
export interface NetworkState {
  /** The persons then. */
  persons: Person[];
  /** The organisations then. */
  organisations: Organisation[];
  /** The partnerships then. */
  partnerships: Partnership[];
  /** The parent–child links then. */
  parentChild: ParentChild[];
  /** The multiple births then. */
  multipleBirths: MultipleBirth[];
  /** The households then. */
  households: Household[];
  /** The interaction lines then. */
  emotional: Emotional[];
  /** The ties then. */
  ties: Tie[];
  /** The plan then, or `null`. */
  plan: Plan | null;
}

/**
 * A deliberate snapshot ("momentopname", version 2) of the network, e.g. "Intake" (T0), "Na netwerkberaad"
 * (T1), "Evaluatie" (T2): a full copy of the collections and the plan, so changes over time can be compared.
 * Apart from the device's automatic version history. Each snapshot counts separately against the
 * 20,000-entity limit.
 */
export interface Snapshot {
  /** The snapshot's id, unique among the snapshots. */
  id: Id;
  /** Its name as the user gave it, e.g. "Intake". */
  label: string;
  /** The moment it records (a partial date). */
  date: PartialDateString;
  /** The network as it was then. */
  state: NetworkState;
}

/**
 * A trainer's lesson (version 2), authored in trainer mode: a walk through the map, step by step, with text
 * slides and speaker notes. Only `id` and `title` are checked and typed here; the other fields (`view`,
 * `initials`, `steps`…) are documented in docs/format.md and kept as they are read, so lessons written by a
 * newer Kring survive. The lesson commands check them when they edit.
 */
export interface Lesson {
  /** The lesson's id (non-empty). */
  id: Id;
  /** The lesson's title, free text. */
  title: string;
  /** Every other field of the lesson, kept as read. */
  [extra: string]: unknown;
}

/** The notation options of a document; missing ones take the values of {@link DEFAULT_OPTIONS}. */
export interface Options {
  /** The genogram's glyph set where the notations differ: `mcgoldrick` (default) or `nsgc`. */
  symbols: SymbolSet;
  /** How a deceased person is marked: `x` (default) or `slash`. */
  deathMark: DeathMark;
  /**
   * The number of closeness rings of the sociogram: 3 (default) or 4 (Lensink). Changing it repairs the ties
   * whose ring no longer fits, in the live document and in every snapshot.
   */
  rings: RingCount;
  /** The sociogram's sector preset: `default`, `lensink` or `tracy_whittaker`. */
  sectors: SectorPreset;
}

/**
 * A position in a view's drawing units (the units of the SVG the renderers draw: y grows downwards). Saved
 * coordinates are finite and within ±1,000,000 ({@link MAX_COORDINATE}).
 */
export interface Point {
  /** Horizontal coordinate, in drawing units. */
  x: number;
  /** Vertical coordinate, in drawing units (down is positive). */
  y: number;
}

/** The saved layout state of one view. */
export interface ViewLayout {
  /**
   * Centres of the nodes the user placed by hand (pinned), by person or organisation id, in the view's
   * drawing units. Layout algorithms keep pinned nodes where they are and place the rest around them. The
   * reader drops positions of ids that name nothing and moves coordinates beyond ±1,000,000 onto that bound
   * (warnings).
   */
  positions?: Record<Id, Point>;
  /** Other per-view display state (hidden ids, zoom…), kept as read. */
  [extra: string]: unknown;
}

/** The saved layout state of each view; a view without an entry is laid out entirely automatically. */
export interface Layouts {
  /** The genogram's layout state. */
  genogram?: ViewLayout;
  /** The ecogram's layout state. */
  ecogram?: ViewLayout;
  /** The sociogram's layout state. */
  sociogram?: ViewLayout;
}

/**
 * A `.kring.json` document (format version 2): one person's network, read by all three views. Read it with
 * {@link readDocument} (which checks every rule and migrates older versions), make one with {@link
 * newDocument}, change it only through commands (which keep every invariant), save it with {@link
 * writeDocument}.
 *
 * @remarks
 * Invariants (a document that breaks one is refused): `focus` names a live-born person; every reference names
 * an existing entity of the right kind and nothing links to itself; a child has at most two biological
 * parents and the biological/adoptive parent graph has no cycles; partnership events follow each other as
 * described at {@link PARTNERSHIP_EVENT_KINDS}; `death` is not before `birth`; only live births take part in
 * relations; rings and sectors fit the options; directed emotional kinds have a direction; multiple births
 * have at least two members with the same recorded biological parents. Limits: at most 20,000 entries (all
 * collections plus plan actions, counted in the live document and in each snapshot separately) and 20 MiB of
 * UTF-8.
 */
export interface KringDocument {
  /** Always `"kring"`: anything else is not a Kring document. */
  format: 'kring';
  /** The format version, 2 ({@link CURRENT_VERSION}); older versions are migrated on reading. */
  version: 2;
  /** The map's title, free text, e.g. "Netwerk van Sophia". */
  title?: string;
  /** The date ages are computed at (a partial date); the editor sets it to the day the map was created. */
  referenceDate?: PartialDateString;
  /** The index person ("aangemelde persoon"): the id of a live-born person, drawn with a double outline. */
  focus: Id;
  /** The notation options (symbol set, death mark, rings, sector preset). */
  options: Options;
  /** The persons, including pets and pregnancy outcomes. */
  persons: Person[];
  /** The outside systems (school, GP, youth care…). */
  organisations: Organisation[];
  /** The couple relationships. */
  partnerships: Partnership[];
  /** The parent–child links. */
  parentChild: ParentChild[];
  /** Twins and other multiple births. */
  multipleBirths: MultipleBirth[];
  /** Who lives together, now and before. */
  households: Household[];
  /** The genogram's interaction lines. */
  emotional: Emotional[];
  /** The links of the network (ecogram and sociogram). */
  ties: Tie[];
  /** The plan of the netwerkberaad, or `null` when there is none. */
  plan: Plan | null;
  /** Deliberate snapshots of the network, oldest first is usual but not required (version 2). */
  snapshots: Snapshot[];
  /** Trainer lessons (version 2). */
  lessons?: Lesson[];
  /** Per view, the positions the user pinned and other display state. */
  layouts: Layouts;
}

/**
 * The names of the array-valued entity collections of a document (and of a {@link NetworkState}), in the
 * order the writer puts them: persons, organisations, partnerships, parentChild, multipleBirths, households,
 * emotional, ties. Plan actions are counted with them where limits apply.
 */
export const COLLECTIONS = [
  'persons',
  'organisations',
  'partnerships',
  'parentChild',
  'multipleBirths',
  'households',
  'emotional',
  'ties',
] as const;
/** The name of one entity collection of a document: one of {@link COLLECTIONS}. */
export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * The options a document gets when it has none, or for the ones it leaves out: McGoldrick symbols, an X as
 * the death mark, 3 rings, the default sector preset.
 */
export const DEFAULT_OPTIONS: Options = {
  symbols: 'mcgoldrick',
  deathMark: 'x',
  rings: 3,
  sectors: 'default',
};

/**
 * The format version this Kring reads and writes: 2. Older versions (down to {@link OLDEST_VERSION}) are
 * migrated by the reader; newer ones are refused as made by a newer Kring (`tooNew`).
 */
export const CURRENT_VERSION = 2;
