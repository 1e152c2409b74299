/**
 * Every enumeration of the `.kring.json` format (../../../../docs/format.md), as readonly tuples so that
 * the TypeScript types, the validator and the message catalogue are derived from one list.
 */

export const GENDERS = ['man', 'woman', 'non_binary', 'other', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export const SEX_AT_BIRTH = ['afab', 'amab', 'uaab', 'not_recorded'] as const;
export type SexAtBirth = (typeof SEX_AT_BIRTH)[number];

export const LIFE_STATUSES = ['alive', 'deceased', 'unknown'] as const;
export type LifeStatus = (typeof LIFE_STATUSES)[number];

export const BIRTH_STATUSES = [
  'live_birth',
  'pregnancy',
  'miscarriage',
  'abortion',
  'stillbirth',
  'ectopic',
] as const;
export type BirthStatus = (typeof BIRTH_STATUSES)[number];

export const PARTNERSHIP_TYPES = [
  'marriage',
  'registered_partnership',
  'cohabitation',
  'lat',
  'dating',
  'engagement',
  'affair',
  'brief',
] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

export const PARTNERSHIP_EVENT_KINDS = [
  'started',
  'engaged',
  'cohabiting',
  'married',
  'separated',
  'reconciled',
  'divorced',
  'ended',
  'annulled',
  'widowed',
] as const;
export type PartnershipEventKind = (typeof PARTNERSHIP_EVENT_KINDS)[number];

export const PARENT_CHILD_KINDS = ['biological', 'adoptive', 'foster', 'step', 'guardian', 'donor'] as const;
export type ParentChildKind = (typeof PARENT_CHILD_KINDS)[number];

export const ZYGOSITIES = ['monozygotic', 'dizygotic', 'unknown'] as const;
export type Zygosity = (typeof ZYGOSITIES)[number];

export const EMOTIONAL_KINDS = [
  'close',
  'fused',
  'distant',
  'conflict',
  'hostile',
  'close_hostile',
  'fused_hostile',
  'distant_hostile',
  'cutoff',
  'cutoff_repaired',
  'focused_on',
  'physical_abuse',
  'emotional_abuse',
  'sexual_abuse',
  'neglect',
  'caretaker',
  'spiritual',
  'indifferent',
  'normal',
] as const;
export type EmotionalKind = (typeof EMOTIONAL_KINDS)[number];

/** Emotional kinds that point from one person to the other: they need a direction other than `none`. */
export const DIRECTED_EMOTIONAL_KINDS: ReadonlySet<EmotionalKind> = new Set([
  'focused_on',
  'physical_abuse',
  'emotional_abuse',
  'sexual_abuse',
  'neglect',
  'caretaker',
]);

export const EMOTIONAL_DIRECTIONS = ['none', 'a_to_b', 'b_to_a', 'both'] as const;
export type EmotionalDirection = (typeof EMOTIONAL_DIRECTIONS)[number];

export const SYSTEM_CATEGORIES = [
  'household',
  'extended_family',
  'friends',
  'neighbours',
  'work',
  'school',
  'childcare',
  'health_care',
  'mental_health',
  'youth_care',
  'child_protection',
  'social_services',
  'income_benefits',
  'debt_help',
  'housing',
  'faith',
  'leisure',
  'police_justice',
  'online',
  'other',
] as const;
export type SystemCategory = (typeof SYSTEM_CATEGORIES)[number];

/** Sector presets of the sociogram (docs/notation-spec.md §3.2). Order is the drawing order, clockwise from the top. */
export const SECTOR_PRESETS = {
  default: ['family', 'friends', 'neighbours', 'work_school', 'professionals'],
  lensink: ['family', 'fellow_clients', 'professionals', 'community'],
  tracy_whittaker: [
    'household',
    'other_family',
    'work_school',
    'clubs_organisations',
    'friends',
    'neighbours',
    'agencies',
  ],
} as const;
export type SectorPreset = keyof typeof SECTOR_PRESETS;
export const SECTOR_PRESET_NAMES = Object.keys(SECTOR_PRESETS) as SectorPreset[];
export type SectorKey = (typeof SECTOR_PRESETS)[SectorPreset][number];
export const ALL_SECTOR_KEYS: readonly SectorKey[] = [...new Set(Object.values(SECTOR_PRESETS).flat())];

export const SUPPORT_TYPES = [
  'emotional',
  'practical',
  'informational',
  'companionship',
  'care',
  'financial',
  'appraisal',
] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

export const SUPPORT_DIRECTIONS = ['received', 'given'] as const;
export type SupportDirection = (typeof SUPPORT_DIRECTIONS)[number];

export const TIE_STRENGTHS = [1, 2, 3] as const;
export type TieStrength = (typeof TIE_STRENGTHS)[number];

export const STRESS_LEVELS = ['none', 'some', 'high'] as const;
export type StressLevel = (typeof STRESS_LEVELS)[number];

export const FLOWS = ['to_focus', 'from_focus', 'both', 'none'] as const;
export type Flow = (typeof FLOWS)[number];

export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'few_per_year', 'rarely'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const KNOWN_FOR = ['lt_1y', 'y1_5', 'gt_5y'] as const;
export type KnownFor = (typeof KNOWN_FOR)[number];

export const CRITICAL_LEVELS = ['hardly_ever', 'sometimes', 'almost_always'] as const;
export type CriticalLevel = (typeof CRITICAL_LEVELS)[number];

export const ACTION_STATUSES = ['proposed', 'agreed', 'in_progress', 'done', 'stalled', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Where an invitee of the netwerkberaad stands (format version 2). */
export const INVITEE_STATUSES = ['invited', 'confirmed', 'declined', 'attended'] as const;
export type InviteeStatus = (typeof INVITEE_STATUSES)[number];

export const SYMBOL_SETS = ['mcgoldrick', 'nsgc'] as const;
export type SymbolSet = (typeof SYMBOL_SETS)[number];

export const DEATH_MARKS = ['x', 'slash'] as const;
export type DeathMark = (typeof DEATH_MARKS)[number];

export const RING_COUNTS = [3, 4] as const;
export type RingCount = (typeof RING_COUNTS)[number];

export const VIEWS = ['genogram', 'ecogram', 'sociogram'] as const;
export type View = (typeof VIEWS)[number];
