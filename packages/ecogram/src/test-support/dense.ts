import {
  SUPPORT_TYPES,
  type KringDocument,
  type Organisation,
  type Person,
  type SupportItem,
  type Tie,
} from '@kring/core';
import { documentWith } from './documents.js';

const SECTORS = ['family', 'friends', 'neighbours', 'work_school'] as const;
const CATEGORIES = ['health_care', 'social_services', 'debt_help', 'housing', 'leisure'] as const;

/**
 * A dense ecogram: the client alone (no household) with `count` satellites (persons in four sectors, then
 * organisations), every tie carrying support letters in both directions, and ties between some satellites.
 * Deterministic: everything follows from the index.
 */
export function denseDocument(count = 40): KringDocument {
  const persons: Person[] = [];
  const organisations: Organisation[] = [];
  const ties: Tie[] = [];
  const people = Math.ceil(count * 0.65);
  const support = (i: number): SupportItem[] => [
    { type: SUPPORT_TYPES[i % SUPPORT_TYPES.length]!, direction: 'received' },
    ...(i % 3 === 0
      ? [{ type: SUPPORT_TYPES[(i + 1) % SUPPORT_TYPES.length]!, direction: 'received' as const }]
      : []),
    { type: SUPPORT_TYPES[(i + 2) % SUPPORT_TYPES.length]!, direction: 'given', potential: i % 4 === 0 },
  ];
  for (let i = 0; i < count; i++) {
    const id = `s${i}`;
    if (i < people) persons.push({ id, name: `Persoon ${i + 1}`, gender: i % 2 === 0 ? 'woman' : 'man' });
    else
      organisations.push({ id, name: `Instelling ${i + 1}`, category: CATEGORIES[i % CATEGORIES.length]! });
    ties.push({
      id: `t${i}`,
      from: 'f',
      to: id,
      ...(i < people ? { sector: SECTORS[i % SECTORS.length]! } : {}),
      strength: ((i % 3) + 1) as 1 | 2 | 3,
      ...(i % 5 === 0 ? { stress: 'some' as const } : {}),
      flow: i % 2 === 0 ? 'to_focus' : 'from_focus',
      support: support(i),
    });
  }
  // Ties between satellites: neighbours, across the ring, and a few long ones.
  for (let i = 0; i < count; i += 4) ties.push({ id: `a${i}`, from: `s${i}`, to: `s${(i + 7) % count}` });
  for (let i = 1; i < count; i += 9)
    ties.push({ id: `b${i}`, from: `s${i}`, to: `s${(i + count / 2) % count}` });
  return documentWith({ persons, organisations, ties });
}
