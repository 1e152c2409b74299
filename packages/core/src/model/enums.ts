/**
 * Every enumeration of the `.kring.json` format (docs/format.md), as readonly tuples so that the TypeScript
 * types, the validator and the message catalogue are derived from one list. Each value `v` of a tuple has nl
 * and en labels in the message catalogue (e.g. `gender.woman`: "vrouw" / "woman").
 */

/**
 * The values of `Person.gender`, the gender identity: `man`, `woman`, `non_binary`, `other` (self-described)
 * and `unknown`. The genogram symbol is derived from it alone (square, circle, dome, diamond with "?"); sex
 * assigned at birth is the separate field `sexAtBirth`. Dutch labels in the editor: man, vrouw, non-binair,
 * anders, onbekend (catalogue keys `gender.*`).
 */
export const GENDERS = ['man', 'woman', 'non_binary', 'other', 'unknown'] as const;
/** A person's gender identity: one of {@link GENDERS}. */
export type Gender = (typeof GENDERS)[number];

/**
 * The values of `Person.sexAtBirth`: `afab` (assigned female at birth, "bij geboorte vrouw"), `amab`
 * (assigned male at birth, "bij geboorte man"), `uaab` (unassigned or intersex, "niet toegewezen") and
 * `not_recorded` ("niet vastgelegd"). Shown as an annotation; it never changes the symbol's shape.
 */
export const SEX_AT_BIRTH = ['afab', 'amab', 'uaab', 'not_recorded'] as const;
/** Sex assigned at birth: one of {@link SEX_AT_BIRTH}. */
export type SexAtBirth = (typeof SEX_AT_BIRTH)[number];

/**
 * The values of `Person.lifeStatus`: `alive` ("in leven"), `deceased` ("overleden", drawn with the death
 * mark) and `unknown` ("onbekend"). When the field is missing the status is `alive`, or `deceased` if a death
 * date is set (see {@link lifeStatusOf}).
 */
export const LIFE_STATUSES = ['alive', 'deceased', 'unknown'] as const;
/** Whether a person is alive: one of {@link LIFE_STATUSES}. */
export type LifeStatus = (typeof LIFE_STATUSES)[number];

/**
 * The values of `Person.birthStatus`: `live_birth` ("levend geboren", the default) or the outcome of a
 * pregnancy that did not lead to a live child — `pregnancy` (ongoing, "zwangerschap"), `miscarriage`
 * ("miskraam"), `abortion` (induced, "abortus"), `stillbirth` ("doodgeboren") and `ectopic`
 * ("buitenbaarmoederlijke zwangerschap"). Anything but a live birth is drawn small on its parents' child row
 * and cannot be a partner, parent, focus, household member, tie end or action-team member.
 */
export const BIRTH_STATUSES = [
  'live_birth',
  'pregnancy',
  'miscarriage',
  'abortion',
  'stillbirth',
  'ectopic',
] as const;
/** A person's birth status: one of {@link BIRTH_STATUSES}. */
export type BirthStatus = (typeof BIRTH_STATUSES)[number];

/**
 * The values of `Partnership.type`: `marriage` ("huwelijk"), `registered_partnership` ("geregistreerd
 * partnerschap"), `cohabitation` ("samenwonend"), `lat` (committed, living apart: "LAT-relatie"), `dating`
 * ("verkering"), `engagement` ("verloving"), `affair` ("affaire") and `brief` ("kortstondige relatie"). The
 * genogram picks the couple line's style from it (solid for the legal unions, dashed or dotted otherwise).
 */
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
/** The kind of a couple relationship: one of {@link PARTNERSHIP_TYPES}. */
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

/**
 * The values of `PartnershipEvent.kind`, the steps of a couple's history: `started` ("relatie begonnen"),
 * `engaged` ("verloofd"), `cohabiting` ("gaan samenwonen"), `married` (married or registered:
 * "getrouwd/geregistreerd"), `separated` ("uit elkaar", one slash on the couple line), `reconciled`
 * ("verzoend"), `divorced` ("gescheiden", two slashes; also the dissolution of a registered partnership),
 * `ended` (the end of a non-legal union, "beëindigd"), `annulled` ("nietig verklaard") and `widowed`
 * ("partner overleden"). `separated` and `reconciled` need an earlier start (`started`, `engaged`,
 * `cohabiting` or `married`), `divorced` and `annulled` an earlier `married`, `reconciled` an earlier
 * `separated`.
 */
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
/** One step in a couple's history: one of {@link PARTNERSHIP_EVENT_KINDS}. */
export type PartnershipEventKind = (typeof PARTNERSHIP_EVENT_KINDS)[number];

/**
 * The values of `ParentChild.kind`: `biological` ("biologisch", solid descent line; at most two per child),
 * `adoptive` ("adoptie", dashed), `foster` ("pleeg", dotted), `step` (by choice or recognised: "stief"),
 * `guardian` ("voogd") and `donor` (donor or surrogate: "donor/draagmoeder"). The `biological` and `adoptive`
 * links together may form no cycle.
 */
export const PARENT_CHILD_KINDS = ['biological', 'adoptive', 'foster', 'step', 'guardian', 'donor'] as const;
/** The kind of a parent–child link: one of {@link PARENT_CHILD_KINDS}. */
export type ParentChildKind = (typeof PARENT_CHILD_KINDS)[number];

/**
 * The values of `MultipleBirth.zygosity`: `monozygotic` (identical, "eeneiig": the genogram adds a bar
 * between the children's lines), `dizygotic` (fraternal, "twee-eiig") and `unknown` ("onbekend", drawn with a
 * "?").
 */
export const ZYGOSITIES = ['monozygotic', 'dizygotic', 'unknown'] as const;
/** Whether twins (or more) are identical: one of {@link ZYGOSITIES}. */
export type Zygosity = (typeof ZYGOSITIES)[number];

/**
 * The values of `Emotional.kind`, the genogram's interaction lines (McGoldrick's set, Dutch labels as the
 * editor shows them): `close` (hecht), `fused` (versmolten / zeer hecht), `distant` (afstandelijk),
 * `conflict` (conflictueus), `hostile` (vijandig), `close_hostile` (hecht én vijandig), `fused_hostile`
 * (versmolten én vijandig), `distant_hostile` (afstandelijk én vijandig), `cutoff` (verbroken contact),
 * `cutoff_repaired` (hersteld na breuk), `focused_on` (gericht op), `physical_abuse` (fysieke mishandeling),
 * `emotional_abuse` (emotionele mishandeling), `sexual_abuse` (seksueel misbruik), `neglect` (verwaarlozing),
 * `caretaker` (verzorgend, mantelzorg), `spiritual` (spirituele band), `indifferent` (onverschillig) and
 * `normal` (normaal). The kinds in {@link DIRECTED_EMOTIONAL_KINDS} need a direction.
 */
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
/** The kind of an interaction line: one of {@link EMOTIONAL_KINDS}. */
export type EmotionalKind = (typeof EMOTIONAL_KINDS)[number];

/**
 * The emotional kinds that point from one person to the other — `focused_on`, the three abuse kinds,
 * `neglect` and `caretaker`: a line of such a kind needs a `direction` other than `none` (a missing direction
 * counts as `none`, and the reader refuses it).
 */
export const DIRECTED_EMOTIONAL_KINDS: ReadonlySet<EmotionalKind> = new Set([
  'focused_on',
  'physical_abuse',
  'emotional_abuse',
  'sexual_abuse',
  'neglect',
  'caretaker',
]);

/**
 * The values of `Emotional.direction`: `none` ("geen richting", the default when missing), `a_to_b` (from the
 * line's first person to the second), `b_to_a` (from the second to the first) and `both` ("wederzijds"). For
 * an abuse line the arrow points at the one it happens to.
 */
export const EMOTIONAL_DIRECTIONS = ['none', 'a_to_b', 'b_to_a', 'both'] as const;
/** Which way an interaction line points: one of {@link EMOTIONAL_DIRECTIONS}. */
export type EmotionalDirection = (typeof EMOTIONAL_DIRECTIONS)[number];

/**
 * The values of `Organisation.category`, the kinds of outside systems of the ecogram (Dutch labels as the
 * editor shows them): `household` (huishouden), `extended_family` (familie), `friends` (vrienden),
 * `neighbours` (buren, buurt), `work` (werk), `school`, `childcare` (kinderopvang), `health_care`
 * (gezondheidszorg), `mental_health` (ggz), `youth_care` (jeugdhulp), `child_protection` (jeugdbescherming),
 * `social_services` (sociaal wijkteam, gemeente), `income_benefits` (werk en inkomen, uitkering), `debt_help`
 * (schuldhulpverlening), `housing` (woningcorporatie), `faith` (geloofsgemeenschap), `leisure` (vereniging,
 * sport, vrije tijd), `police_justice` (politie, justitie), `online` (online contacten) and `other` (overig).
 */
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
/** The kind of an organisation: one of {@link SYSTEM_CATEGORIES}. */
export type SystemCategory = (typeof SYSTEM_CATEGORIES)[number];

/**
 * The sector presets of the sociogram (pie slices of the rings, by life domain), each with its sector keys in
 * drawing order, clockwise from the top: `default` (family, friends, neighbours, work/school/clubs,
 * professionals), `lensink` (Lensink's network circle: family, fellow clients, professionals, community) and
 * `tracy_whittaker` (the seven areas of the Tracy & Whittaker social network map). `Options.sectors` picks
 * one; a tie's `sector` must be one of its keys. The professional sector is `professionals`, or `agencies` in
 * Tracy & Whittaker.
 */
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
/**
 * The name of a sector preset, the value of `Options.sectors`: `default` ("standaard"), `lensink`
 * ("netwerkcirkel van Lensink") or `tracy_whittaker` (the Tracy & Whittaker social network map).
 */
export type SectorPreset = keyof typeof SECTOR_PRESETS;
/**
 * The names of the sector presets, in the order of {@link SECTOR_PRESETS}: the allowed values of
 * `Options.sectors`.
 */
export const SECTOR_PRESET_NAMES = Object.keys(SECTOR_PRESETS) as SectorPreset[];
/**
 * A sector key of any preset (a tie's `sector` must be a key of the document's own preset). Dutch labels:
 * family (familie), friends (vrienden), neighbours (buren, buurt), work_school (werk, school, verenigingen),
 * professionals (professionals, instanties), fellow_clients (medecliënten), community (samenleving),
 * household (huishouden), other_family (overige familie), clubs_organisations (clubs, organisaties,
 * geloofsgemeenschap), agencies (instanties, formele hulp).
 */
export type SectorKey = (typeof SECTOR_PRESETS)[SectorPreset][number];
/** Every sector key of every preset, each once, in the order the presets first name them. */
export const ALL_SECTOR_KEYS: readonly SectorKey[] = [...new Set(Object.values(SECTOR_PRESETS).flat())];

/**
 * The values of `SupportItem.type` and `PlanAction.support`: `emotional` ("emotionele steun", letter E),
 * `practical` ("praktische steun", P), `informational` ("informatie en advies", A), `companionship`
 * ("gezelschap", G), `care` ("zorg, mantelzorg", Z), `financial` ("financiële steun", F) and `appraisal`
 * ("waardering, feedback", W). The letters are the codes the ecogram writes on a tie.
 */
export const SUPPORT_TYPES = [
  'emotional',
  'practical',
  'informational',
  'companionship',
  'care',
  'financial',
  'appraisal',
] as const;
/** A kind of support: one of {@link SUPPORT_TYPES}. */
export type SupportType = (typeof SUPPORT_TYPES)[number];

/**
 * The values of `SupportItem.direction`, seen from the client: `received` ("ontvangen", the other gives it to
 * the client) and `given` ("gegeven", the client gives it: reciprocity, "wat kun jij teruggeven?").
 */
export const SUPPORT_DIRECTIONS = ['received', 'given'] as const;
/** Who gives a support item: one of {@link SUPPORT_DIRECTIONS}. */
export type SupportDirection = (typeof SUPPORT_DIRECTIONS)[number];

/**
 * The values of `Tie.strength`: `1` weak ("zwak", dotted or thin line), `2` moderate ("gemiddeld"), `3`
 * strong ("sterk", thick line). Strength and stress are separate: a tie can be strong and stressful at once.
 */
export const TIE_STRENGTHS = [1, 2, 3] as const;
/** How strong a tie is: one of {@link TIE_STRENGTHS} (1 weak to 3 strong). */
export type TieStrength = (typeof TIE_STRENGTHS)[number];

/**
 * The values of `Tie.stress`: `none` ("geen spanning"), `some` ("enige spanning") and `high` ("veel spanning,
 * conflict", drawn as a hatched line in the ecogram).
 */
export const STRESS_LEVELS = ['none', 'some', 'high'] as const;
/** How much stress or conflict a tie carries: one of {@link STRESS_LEVELS}. */
export type StressLevel = (typeof STRESS_LEVELS)[number];

/**
 * The values of `Tie.flow`, the direction energy or resources flow along a tie (never an arrow glyph):
 * `to_focus` ("vooral naar cliënt"), `from_focus` ("vooral van cliënt"), `both` ("wederzijds") and `none`
 * ("geen uitwisseling").
 */
export const FLOWS = ['to_focus', 'from_focus', 'both', 'none'] as const;
/** Which way resources flow along a tie: one of {@link FLOWS}. */
export type Flow = (typeof FLOWS)[number];

/**
 * The values of `Tie.frequency`, how often the two see each other: `daily` ("dagelijks"), `weekly`
 * ("wekelijks"), `monthly` ("maandelijks"), `few_per_year` ("een paar keer per jaar") and `rarely` ("zelden
 * of nooit").
 */
export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'few_per_year', 'rarely'] as const;
/** How often the ends of a tie see each other: one of {@link FREQUENCIES}. */
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * The values of `Tie.knownFor`, how long the two have known each other: `lt_1y` ("korter dan een jaar"),
 * `y1_5` ("een tot vijf jaar") and `gt_5y` ("langer dan vijf jaar").
 */
export const KNOWN_FOR = ['lt_1y', 'y1_5', 'gt_5y'] as const;
/** How long the ends of a tie have known each other: one of {@link KNOWN_FOR}. */
export type KnownFor = (typeof KNOWN_FOR)[number];

/**
 * The values of `Tie.critical`, how often the other is critical of the client (the negative side of a tie,
 * from the Tracy & Whittaker network grid): `hardly_ever` ("bijna nooit"), `sometimes` ("soms") and
 * `almost_always` ("bijna altijd").
 */
export const CRITICAL_LEVELS = ['hardly_ever', 'sometimes', 'almost_always'] as const;
/** How often the other end of a tie is critical of the client: one of {@link CRITICAL_LEVELS}. */
export type CriticalLevel = (typeof CRITICAL_LEVELS)[number];

/**
 * The values of `PlanAction.status`: `proposed` ("voorgesteld"), `agreed` ("afgesproken"), `in_progress`
 * ("loopt"), `done` ("gedaan"), `stalled` ("loopt vast") and `dropped` ("vervallen").
 */
export const ACTION_STATUSES = ['proposed', 'agreed', 'in_progress', 'done', 'stalled', 'dropped'] as const;
/** Where an action of the plan stands: one of {@link ACTION_STATUSES}. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * The values of `Invitee.status` (format version 2), where an invitee of the netwerkberaad stands: `invited`
 * ("uitgenodigd"), `confirmed` ("bevestigd"), `declined` ("afgemeld") and `attended` ("aanwezig geweest").
 */
export const INVITEE_STATUSES = ['invited', 'confirmed', 'declined', 'attended'] as const;
/** Where an invitee of the netwerkberaad stands: one of {@link INVITEE_STATUSES}. */
export type InviteeStatus = (typeof INVITEE_STATUSES)[number];

/**
 * The values of `Options.symbols`, the genogram's glyph set where the two notations differ: `mcgoldrick` (the
 * clinical genogram, default: "genogram (McGoldrick)") and `nsgc` (the genetic pedigree: "stamboom (NSGC)"),
 * e.g. for pregnancy losses and the unknown-gender diamond.
 */
export const SYMBOL_SETS = ['mcgoldrick', 'nsgc'] as const;
/** The genogram's glyph set: one of {@link SYMBOL_SETS}. */
export type SymbolSet = (typeof SYMBOL_SETS)[number];

/**
 * The values of `Options.deathMark`, how a deceased person's symbol is marked: `x` (an X through the symbol,
 * "kruis door het symbool", the default) or `slash` (one diagonal slash, "schuine streep", as in pedigrees;
 * some practitioners find the X harsh).
 */
export const DEATH_MARKS = ['x', 'slash'] as const;
/** How a deceased person's symbol is marked: one of {@link DEATH_MARKS}. */
export type DeathMark = (typeof DEATH_MARKS)[number];

/**
 * The values of `Options.rings`, the number of closeness rings of the sociogram: `3` (the convoy model,
 * default: "heel dichtbij", "dichtbij", "verder weg") or `4` (Lensink's network circle, whose fourth ring is
 * "diensten", paid services). A tie's `ring` must lie within `1..rings`.
 */
export const RING_COUNTS = [3, 4] as const;
/** The number of closeness rings: one of {@link RING_COUNTS}. */
export type RingCount = (typeof RING_COUNTS)[number];

/**
 * The three views of a document: `genogram` (family over generations), `ecogram` (the household and its
 * outside systems) and `sociogram` (the network in rings and sectors). Each has its own layout under
 * `layouts`.
 */
export const VIEWS = ['genogram', 'ecogram', 'sociogram'] as const;
/** One of the three views: one of {@link VIEWS}. */
export type View = (typeof VIEWS)[number];
