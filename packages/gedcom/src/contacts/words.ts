/**
 * Words a contact list uses, in Dutch and English, and what the import makes of them: column headers (which
 * column is the name, the relation, the sector, the phone…), relation words (a proposed sector, a gender when
 * the word says it: "moeder", "buurman"), organisation words (a system category) and the words that mark a
 * row as an organisation. Matching ignores case, accents and punctuation (`fold`).
 */
import type { Gender, SectorPreset, SystemCategory } from '@kring/core';

/** Lower case, without accents, punctuation as spaces, single spaces: "Buur-vrouw " → "buur vrouw". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@+]+/gu, ' ')
    .trim();
}

/** The roles a column can have. */
export type ColumnRole = 'name' | 'surname' | 'relation' | 'sector' | 'phone' | 'email' | 'kind';
/** Every column role, in the order a column chooser lists them. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  'name',
  'surname',
  'relation',
  'sector',
  'phone',
  'email',
  'kind',
];

/** Header words per role (folded). */
const HEADERS: Record<ColumnRole, readonly string[]> = {
  name: [
    'naam',
    'name',
    'volledige naam',
    'full name',
    'voornaam',
    'first name',
    'given name',
    'roepnaam',
    'contact',
    'contactpersoon',
    'persoon',
    'person',
    'wie',
    'who',
    'netwerklid',
  ],
  surname: ['achternaam', 'last name', 'surname', 'family name', 'familienaam'],
  relation: ['relatie', 'relation', 'relationship', 'rol', 'role', 'verhouding', 'wie is het', 'functie'],
  sector: ['sector', 'domein', 'leefgebied', 'groep', 'group', 'categorie', 'category', 'levensgebied'],
  phone: [
    'telefoon',
    'telefoonnummer',
    'tel',
    'tel nr',
    'telnr',
    'mobiel',
    'mobiel nummer',
    'mobile',
    'mobile phone',
    'gsm',
    'phone',
    'phone number',
    'telephone',
    'nummer',
    'number',
  ],
  email: ['email', 'e mail', 'mail', 'emailadres', 'e mailadres', 'email address', 'e mail address'],
  kind: ['type', 'soort', 'persoon of organisatie', 'person or organisation'],
};

/** The role a header cell names, if any. */
export function headerRole(cell: string): ColumnRole | undefined {
  const f = fold(cell);
  if (f === '') return undefined;
  for (const role of COLUMN_ROLES) if (HEADERS[role].includes(f)) return role;
  return undefined;
}

/** Values of a kind column that make a row an organisation (folded). */
const ORGANISATION_WORDS = new Set([
  'organisatie',
  'organisation',
  'organization',
  'org',
  'instantie',
  'instelling',
  'bedrijf',
  'company',
  'dienst',
  'service',
  'agency',
  'o',
]);

export function isOrganisationWord(value: string): boolean {
  return ORGANISATION_WORDS.has(fold(value));
}

/** The sectors of the default preset a relation word points to; mapped to other presets by `presetSector`. */
type BaseSector = 'family' | 'friends' | 'neighbours' | 'work_school' | 'professionals';

interface RelationWord {
  sector: BaseSector;
  gender?: Gender;
}

const W = (sector: BaseSector, gender?: Gender): RelationWord => (gender ? { sector, gender } : { sector });

/** Relation words (folded), Dutch and English. */
const RELATIONS: Record<string, RelationWord> = {
  moeder: W('family', 'woman'),
  mama: W('family', 'woman'),
  mam: W('family', 'woman'),
  mother: W('family', 'woman'),
  mum: W('family', 'woman'),
  mom: W('family', 'woman'),
  vader: W('family', 'man'),
  papa: W('family', 'man'),
  pap: W('family', 'man'),
  father: W('family', 'man'),
  dad: W('family', 'man'),
  ouder: W('family'),
  parent: W('family'),
  stiefmoeder: W('family', 'woman'),
  stiefvader: W('family', 'man'),
  stepmother: W('family', 'woman'),
  stepfather: W('family', 'man'),
  pleegmoeder: W('family', 'woman'),
  pleegvader: W('family', 'man'),
  pleegouder: W('family'),
  broer: W('family', 'man'),
  brother: W('family', 'man'),
  zus: W('family', 'woman'),
  zuster: W('family', 'woman'),
  sister: W('family', 'woman'),
  halfbroer: W('family', 'man'),
  halfzus: W('family', 'woman'),
  stiefbroer: W('family', 'man'),
  stiefzus: W('family', 'woman'),
  zoon: W('family', 'man'),
  son: W('family', 'man'),
  dochter: W('family', 'woman'),
  daughter: W('family', 'woman'),
  kind: W('family'),
  child: W('family'),
  oma: W('family', 'woman'),
  grootmoeder: W('family', 'woman'),
  grandmother: W('family', 'woman'),
  grandma: W('family', 'woman'),
  opa: W('family', 'man'),
  grootvader: W('family', 'man'),
  grandfather: W('family', 'man'),
  grandpa: W('family', 'man'),
  kleinkind: W('family'),
  kleinzoon: W('family', 'man'),
  kleindochter: W('family', 'woman'),
  grandchild: W('family'),
  tante: W('family', 'woman'),
  aunt: W('family', 'woman'),
  oom: W('family', 'man'),
  uncle: W('family', 'man'),
  neef: W('family', 'man'),
  nicht: W('family', 'woman'),
  nephew: W('family', 'man'),
  niece: W('family', 'woman'),
  cousin: W('family'),
  partner: W('family'),
  vriend: W('friends'),
  vriendin: W('friends', 'woman'),
  friend: W('friends'),
  echtgenoot: W('family', 'man'),
  echtgenote: W('family', 'woman'),
  man: W('family', 'man'),
  vrouw: W('family', 'woman'),
  husband: W('family', 'man'),
  wife: W('family', 'woman'),
  schoonmoeder: W('family', 'woman'),
  schoonvader: W('family', 'man'),
  zwager: W('family', 'man'),
  schoonzus: W('family', 'woman'),
  familie: W('family'),
  family: W('family'),
  peetoom: W('family', 'man'),
  peettante: W('family', 'woman'),
  kennis: W('friends'),
  acquaintance: W('friends'),
  buurman: W('neighbours', 'man'),
  buurvrouw: W('neighbours', 'woman'),
  buren: W('neighbours'),
  buur: W('neighbours'),
  buurt: W('neighbours'),
  neighbour: W('neighbours'),
  neighbor: W('neighbours'),
  collega: W('work_school'),
  colleague: W('work_school'),
  werkgever: W('work_school'),
  baas: W('work_school'),
  leidinggevende: W('work_school'),
  employer: W('work_school'),
  boss: W('work_school'),
  klasgenoot: W('work_school'),
  classmate: W('work_school'),
  leraar: W('work_school', 'man'),
  lerares: W('work_school', 'woman'),
  docent: W('work_school'),
  juf: W('work_school', 'woman'),
  meester: W('work_school', 'man'),
  mentor: W('work_school'),
  teacher: W('work_school'),
  trainer: W('work_school'),
  coach: W('work_school'),
  school: W('work_school'),
  werk: W('work_school'),
  work: W('work_school'),
  sportclub: W('work_school'),
  vereniging: W('work_school'),
  club: W('work_school'),
  kerk: W('work_school'),
  moskee: W('work_school'),
  huisarts: W('professionals'),
  dokter: W('professionals'),
  doctor: W('professionals'),
  gp: W('professionals'),
  arts: W('professionals'),
  hulpverlener: W('professionals'),
  maatschappelijk: W('professionals'),
  jeugdzorg: W('professionals'),
  jeugdbescherming: W('professionals'),
  gezinsvoogd: W('professionals'),
  wijkteam: W('professionals'),
  wijkagent: W('professionals'),
  politie: W('professionals'),
  ggz: W('professionals'),
  psycholoog: W('professionals'),
  therapeut: W('professionals'),
  schuldhulp: W('professionals'),
  bewindvoerder: W('professionals'),
  casemanager: W('professionals'),
  begeleider: W('professionals'),
  thuiszorg: W('professionals'),
  consulent: W('professionals'),
  'social worker': W('professionals'),
  therapist: W('professionals'),
  counsellor: W('professionals'),
  gemeente: W('professionals'),
  uwv: W('professionals'),
  woningcorporatie: W('professionals'),
  kinderopvang: W('professionals'),
};

/** The relation word a text holds: the whole text, else its first word that is one ("tante van moeder"). */
export function relationWord(text: string): RelationWord | undefined {
  const f = fold(text);
  if (f === '') return undefined;
  const whole = RELATIONS[f];
  if (whole) return whole;
  for (const word of f.split(' ')) {
    const hit = RELATIONS[word];
    if (hit) return hit;
  }
  return undefined;
}

/** A base sector in the sectors of `preset` (Lensink and Tracy & Whittaker group them differently). */
export function presetSector(sector: BaseSector, preset: SectorPreset): string {
  if (preset === 'default') return sector;
  if (preset === 'lensink')
    return sector === 'family' ? 'family' : sector === 'professionals' ? 'professionals' : 'community';
  return sector === 'family'
    ? 'other_family'
    : sector === 'professionals'
      ? 'agencies'
      : sector === 'work_school'
        ? 'work_school'
        : sector;
}

/** Organisation words (folded) and their system category. */
const CATEGORIES: Record<string, SystemCategory> = {
  school: 'school',
  basisschool: 'school',
  college: 'school',
  mbo: 'school',
  werk: 'work',
  werkgever: 'work',
  work: 'work',
  employer: 'work',
  kinderopvang: 'childcare',
  opvang: 'childcare',
  bso: 'childcare',
  creche: 'childcare',
  childcare: 'childcare',
  huisarts: 'health_care',
  ziekenhuis: 'health_care',
  thuiszorg: 'health_care',
  tandarts: 'health_care',
  gp: 'health_care',
  hospital: 'health_care',
  ggz: 'mental_health',
  psycholoog: 'mental_health',
  jeugdzorg: 'youth_care',
  jeugdhulp: 'youth_care',
  jeugdbescherming: 'child_protection',
  gezinsvoogd: 'child_protection',
  'veilig thuis': 'child_protection',
  wijkteam: 'social_services',
  buurtteam: 'social_services',
  gemeente: 'social_services',
  maatschappelijk: 'social_services',
  uwv: 'income_benefits',
  uitkering: 'income_benefits',
  schuldhulp: 'debt_help',
  schuldhulpverlening: 'debt_help',
  bewindvoerder: 'debt_help',
  woningcorporatie: 'housing',
  woningbouw: 'housing',
  housing: 'housing',
  kerk: 'faith',
  moskee: 'faith',
  church: 'faith',
  mosque: 'faith',
  sportclub: 'leisure',
  vereniging: 'leisure',
  club: 'leisure',
  politie: 'police_justice',
  wijkagent: 'police_justice',
  reclassering: 'police_justice',
  police: 'police_justice',
};

/** The system category of an organisation from the words of its row (name, relation, sector). */
export function categoryOf(...texts: (string | undefined)[]): SystemCategory {
  for (const text of texts) {
    if (text === undefined) continue;
    const f = fold(text);
    const whole = CATEGORIES[f];
    if (whole) return whole;
    for (const word of f.split(' ')) {
      const hit = CATEGORIES[word];
      if (hit) return hit;
    }
  }
  return 'other';
}
