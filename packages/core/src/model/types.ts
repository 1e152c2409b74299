/**
 * The typed model of a `.kring.json` document, version 2 (docs/format.md).
 * All data is plain JSON: no classes, no Maps, no Dates, so immer, structuredClone and JSON agree.
 * Unknown keys that a reader met are kept on the objects (forward compatibility) but are not typed here.
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

/** A non-empty string, unique across the whole document (one id space for entities and relations). */
export type Id = string;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally prefixed by `~` ("about"). See partial-date.ts. */
export type PartialDateString = string;

export interface Condition {
  /** Legend key: persons sharing a key share a fill. */
  key: string;
  label: string;
  since?: PartialDateString;
  inRecovery?: boolean;
}

export interface Person {
  id: Id;
  name: string;
  gender: Gender;
  sexAtBirth?: SexAtBirth;
  birth?: PartialDateString;
  death?: PartialDateString;
  /** Default `alive`, or `deceased` when `death` is set: use `lifeStatusOf()`. */
  lifeStatus?: LifeStatus;
  /** Default `live_birth`: use `birthStatusOf()`. */
  birthStatus?: BirthStatus;
  gestationWeeks?: number;
  pet?: boolean;
  occupation?: string;
  location?: string;
  notes?: string;
  conditions?: Condition[];
  /** How to reach the person (version 2). Sensitive: never exported unless asked, never pseudonymised. */
  contact?: PersonContact;
}

export interface PersonContact {
  phone?: string;
  email?: string;
  note?: string;
}

export interface Organisation {
  id: Id;
  name: string;
  category: SystemCategory;
  notes?: string;
}

export interface PartnershipEvent {
  kind: PartnershipEventKind;
  date?: PartialDateString;
}

export interface Partnership {
  id: Id;
  a: Id;
  b: Id;
  type: PartnershipType;
  /** In time order. */
  events: PartnershipEvent[];
  consanguineous?: boolean;
}

export interface ParentChild {
  id: Id;
  parent: Id;
  child: Id;
  kind: ParentChildKind;
  /** The couple the child hangs under. */
  partnership?: Id;
  from?: PartialDateString;
  to?: PartialDateString;
}

export interface MultipleBirth {
  id: Id;
  members: Id[];
  zygosity: Zygosity;
}

export interface Household {
  id: Id;
  members: Id[];
  current?: boolean;
  label?: string;
}

export interface Emotional {
  id: Id;
  a: Id;
  b: Id;
  kind: EmotionalKind;
  direction?: EmotionalDirection;
  notes?: string;
}

export interface SupportItem {
  type: SupportType;
  direction: SupportDirection;
  potential?: boolean;
}

export interface Tie {
  id: Id;
  /** Person or organisation id. */
  from: Id;
  /** Person or organisation id. */
  to: Id;
  sector?: string;
  ring?: number;
  strength?: TieStrength;
  stress?: StressLevel;
  flow?: Flow;
  support?: SupportItem[];
  frequency?: Frequency;
  knownFor?: KnownFor;
  critical?: CriticalLevel;
  notes?: string;
}

export interface PlanAction {
  id: Id;
  text: string;
  /** Persons or organisations (organisations since version 2). */
  owners: Id[];
  support?: SupportType;
  due?: PartialDateString;
  status: ActionStatus;
}

/** Someone invited to the netwerkberaad (version 2): a person or an organisation. */
export interface Invitee {
  id: Id;
  status: InviteeStatus;
}

export interface Plan {
  goal: string;
  /** The central question or worry the netwerkberaad works on (version 2). */
  question?: string;
  meetingDate?: PartialDateString;
  /** When the plan is looked at again (version 2). */
  evaluationDate?: PartialDateString;
  actionTeam: Id[];
  /** Who is invited to the netwerkberaad, and whether they come (version 2). */
  invitees: Invitee[];
  actions: PlanAction[];
  /** Agreements made at the meeting, free text (version 2). */
  agreements?: string;
}

/**
 * The network as it was at one moment (version 2): the collections and the plan of a document. Ids form their
 * own id space within one snapshot; the same person keeps the same id across snapshots and the live document.
 */
export interface NetworkState {
  persons: Person[];
  organisations: Organisation[];
  partnerships: Partnership[];
  parentChild: ParentChild[];
  multipleBirths: MultipleBirth[];
  households: Household[];
  emotional: Emotional[];
  ties: Tie[];
  plan: Plan | null;
}

/** A deliberate snapshot ("momentopname") of the network, e.g. "Intake" (T0) or "Na netwerkberaad" (T1). */
export interface Snapshot {
  id: Id;
  label: string;
  date: PartialDateString;
  state: NetworkState;
}

/**
 * A trainer's lesson (version 2), authored in trainer mode. Only `id` and `title` are fixed here; the steps
 * and their fields are documented in docs/format.md and kept as they are read (unknown keys are kept).
 */
export interface Lesson {
  id: Id;
  title: string;
  [extra: string]: unknown;
}

export interface Options {
  symbols: SymbolSet;
  deathMark: DeathMark;
  rings: RingCount;
  sectors: SectorPreset;
}

export interface Point {
  x: number;
  y: number;
}

export interface ViewLayout {
  /** Centres of nodes the user placed by hand (pinned), in the view's drawing units. */
  positions?: Record<Id, Point>;
  [extra: string]: unknown;
}

export interface Layouts {
  genogram?: ViewLayout;
  ecogram?: ViewLayout;
  sociogram?: ViewLayout;
}

export interface KringDocument {
  format: 'kring';
  version: 2;
  title?: string;
  referenceDate?: PartialDateString;
  focus: Id;
  options: Options;
  persons: Person[];
  organisations: Organisation[];
  partnerships: Partnership[];
  parentChild: ParentChild[];
  multipleBirths: MultipleBirth[];
  households: Household[];
  emotional: Emotional[];
  ties: Tie[];
  plan: Plan | null;
  /** Deliberate snapshots of the network, oldest first is usual but not required (version 2). */
  snapshots: Snapshot[];
  /** Trainer lessons (version 2). */
  lessons?: Lesson[];
  layouts: Layouts;
}

/** The array-valued collections of a document, by name. */
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
export type CollectionName = (typeof COLLECTIONS)[number];

export const DEFAULT_OPTIONS: Options = {
  symbols: 'mcgoldrick',
  deathMark: 'x',
  rings: 3,
  sectors: 'default',
};

export const CURRENT_VERSION = 2;
