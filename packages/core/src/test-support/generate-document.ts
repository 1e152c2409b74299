/**
 * A seeded generator of large, VALID documents (families with partnerships, children, twins, households,
 * emotional lines, ties to the focus and a plan), for benchmarks and property tests.
 * Same options → same document. Every generated document passes readDocument without errors.
 */
import type { SectorKey, SupportType, SystemCategory } from '../model/enums.js';
import {
  DEFAULT_OPTIONS,
  type Household,
  type KringDocument,
  type Organisation,
  type ParentChild,
  type Partnership,
  type Person,
  type Tie,
} from '../model/types.js';
import { createRandom, type Random } from './generate-random.js';

/** What {@link generateDocument} makes. */
export interface GenerateOptions {
  /** How many persons (at least 2). */
  persons: number;
  /** The seed of the random choices: the same options give the same document. */
  seed: number;
}

const GIVEN_WOMEN = [
  'Anna',
  'Emma',
  'Sophie',
  'Julia',
  'Noor',
  'Fenna',
  'Saar',
  'Lotte',
  'Fatima',
  'Meryem',
  'Riet',
  'Ingrid',
];
const GIVEN_MEN = [
  'Daan',
  'Sem',
  'Lucas',
  'Milan',
  'Finn',
  'Bram',
  'Mohammed',
  'Youssef',
  'Kees',
  'Henk',
  'Jan',
  'Ruben',
];
const FAMILY = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'El Amrani',
  'Yilmaz',
  'Bos',
  'Dekker',
];
const ORGANISATIONS: [string, SystemCategory][] = [
  ['Basisschool De Klimop', 'school'],
  ['Wijkteam Noord', 'social_services'],
  ['Huisartsenpraktijk De Linde', 'health_care'],
  ['Jeugdbescherming Brabant', 'child_protection'],
  ['Voetbalvereniging VV Tongelre', 'leisure'],
  ['Schuldhulp Eindhoven', 'debt_help'],
];
const SUPPORT: SupportType[] = ['emotional', 'practical', 'informational', 'companionship', 'care'];
const THIS_YEAR = 2024;

function birthDate(random: Random, year: number): string {
  if (random.chance(0.6)) return String(year);
  const month = random.int(1, 12);
  return random.chance(0.5)
    ? `${year}-${String(month).padStart(2, '0')}`
    : `${year}-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

/**
 * A valid document of about `persons` persons (at least 2) with families, partnerships, children, twins,
 * households, emotional lines, organisations, ties to the focus and a plan. The same options give the same
 * document; every generated document is read by readDocument without errors.
 */
export function generateDocument({ persons: target, seed }: GenerateOptions): KringDocument {
  const random = createRandom(seed);
  const total = Math.max(2, Math.floor(target));
  const persons: Person[] = [];
  const years = new Map<string, number>();
  const partnerships: Partnership[] = [];
  const parentChild: ParentChild[] = [];
  const households: Household[] = [];
  const multipleBirths: KringDocument['multipleBirths'] = [];
  const relatives = new Map<string, string[]>();
  const queue: string[] = [];
  let head = 0;

  const addPerson = (year: number, woman: boolean): string => {
    const id = `p${persons.length}`;
    const given = random.pick(woman ? GIVEN_WOMEN : GIVEN_MEN);
    const person: Person = {
      id,
      name: `${given} ${random.pick(FAMILY)}`,
      gender: woman ? 'woman' : 'man',
      birth: birthDate(random, year),
    };
    if (year < THIS_YEAR - 85 || (year < THIS_YEAR - 60 && random.chance(0.3))) {
      const deathYear = Math.min(THIS_YEAR, year + random.int(60, 95));
      person.death = String(deathYear);
    }
    if (random.chance(0.03)) person.conditions = [{ key: 'diabetes', label: 'diabetes' }];
    persons.push(person);
    years.set(id, year);
    return id;
  };
  const relate = (a: string, b: string): void => {
    relatives.set(a, [...(relatives.get(a) ?? []), b]);
    relatives.set(b, [...(relatives.get(b) ?? []), a]);
  };

  const founders = Math.max(1, Math.floor(total / 60));
  for (let i = 0; i < founders && persons.length < total; i++)
    queue.push(addPerson(1880 + random.int(0, 20), random.chance(0.5)));

  while (persons.length < total) {
    if (head >= queue.length) queue.push(addPerson(1880 + random.int(0, 20), random.chance(0.5)));
    const a = queue[head++]!;
    if (head > founders && !random.chance(0.75)) continue;
    const yearA = years.get(a)!;
    const aIsWoman = persons[Number(a.slice(1))]!.gender === 'woman';
    const b = addPerson(yearA + random.int(-3, 3), !aIsWoman);
    relate(a, b);
    const married = yearA + random.int(22, 30);
    const partnership: Partnership = {
      id: `pa${partnerships.length}`,
      a,
      b,
      type: 'marriage',
      events: [{ kind: 'married', date: String(married) }],
    };
    if (random.chance(0.15))
      partnership.events.push({ kind: 'divorced', date: String(married + random.int(5, 15)) });
    partnerships.push(partnership);
    const members = [a, b];
    const children = random.int(0, 4);
    for (let c = 0; c < children && persons.length < total; c++) {
      const year = Math.max(yearA, years.get(b)!) + random.int(24, 40);
      if (year > THIS_YEAR) break;
      const twins = random.chance(0.03) && persons.length + 1 < total;
      const born = twins
        ? [addPerson(year, true), addPerson(year, random.chance(0.5))]
        : [addPerson(year, random.chance(0.5))];
      for (const child of born) {
        for (const parent of [a, b])
          parentChild.push({
            id: `pc${parentChild.length}`,
            parent,
            child,
            kind: 'biological',
            partnership: partnership.id,
          });
        relate(a, child);
        relate(b, child);
        members.push(child);
        queue.push(child);
      }
      if (twins)
        multipleBirths.push({ id: `mb${multipleBirths.length}`, members: born, zygosity: 'dizygotic' });
    }
    households.push({ id: `h${households.length}`, members });
  }

  // The focus: the youngest person with relatives, living with their family.
  let focus = persons[persons.length - 1]!.id;
  for (let i = persons.length - 1; i >= 0; i--) {
    const id = persons[i]!.id;
    if ((relatives.get(id)?.length ?? 0) >= 2 && persons[i]!.death === undefined) {
      focus = id;
      break;
    }
  }
  const home = households.find((h) => h.members.includes(focus));
  if (home) home.current = true;

  const organisations: Organisation[] = ORGANISATIONS.slice(
    0,
    Math.min(ORGANISATIONS.length, 1 + Math.floor(total / 20)),
  ).map(([name, category], i) => ({ id: `o${i}`, name, category }));
  const ties: Tie[] = [];
  const tied = new Set<string>([focus]);
  const addTie = (to: string, sector: SectorKey): void => {
    if (tied.has(to)) return;
    tied.add(to);
    const tie: Tie = {
      id: `t${ties.length}`,
      from: focus,
      to,
      sector,
      ring: random.int(1, 3),
      strength: random.pick([1, 2, 3] as const),
    };
    if (random.chance(0.7))
      tie.support = [{ type: random.pick(SUPPORT), direction: random.chance(0.7) ? 'received' : 'given' }];
    ties.push(tie);
  };
  for (const relative of relatives.get(focus) ?? [])
    if (persons[Number(relative.slice(1))]!.death === undefined) addTie(relative, 'family');
  for (let i = 0; i < Math.min(40, total / 4); i++) {
    const other = persons[random.int(0, persons.length - 1)]!;
    if (other.death === undefined)
      addTie(other.id, random.pick(['friends', 'neighbours', 'work_school'] as const));
  }
  for (const organisation of organisations) addTie(organisation.id, 'professionals');
  const alters = ties.map((t) => t.to).filter((id) => id.startsWith('p'));
  for (let i = 0; i + 1 < alters.length && i < 20; i += 2)
    ties.push({ id: `t${ties.length}`, from: alters[i]!, to: alters[i + 1]!, strength: 1 });

  const emotional: KringDocument['emotional'] = partnerships
    .filter(() => random.chance(0.1))
    .map((p, i) => ({
      id: `e${i}`,
      a: p.a,
      b: p.b,
      kind: random.pick(['close', 'conflict', 'distant'] as const),
    }));
  if (alters.length > 0)
    emotional.push({
      id: `e${emotional.length}`,
      a: alters[0]!,
      b: focus,
      kind: 'caretaker',
      direction: 'a_to_b',
    });

  const team = [focus, ...alters.slice(0, 3)];
  const plan: KringDocument['plan'] =
    alters.length >= 2
      ? {
          goal: 'Een stabiele thuissituatie.',
          meetingDate: '2024-03-01',
          actionTeam: team,
          invitees: [],
          actions: team.slice(1).map((owner, i) => ({
            id: `a${i}`,
            text: `Afspraak ${i + 1}`,
            owners: [owner],
            support: random.pick(SUPPORT),
            status: 'agreed' as const,
          })),
        }
      : null;

  return {
    format: 'kring',
    version: 2,
    title: `Gegenereerd netwerk (${total} personen, seed ${seed})`,
    referenceDate: '2024-06-01',
    focus,
    options: { ...DEFAULT_OPTIONS },
    persons,
    organisations,
    partnerships,
    parentChild,
    multipleBirths,
    households,
    emotional,
    ties,
    plan,
    snapshots: [],
    layouts: {},
  };
}
