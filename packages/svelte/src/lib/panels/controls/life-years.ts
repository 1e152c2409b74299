/**
 * A person's years as a picker shows them after the name ("1819–1901", "1950–", "–1479"), so that two
 * persons of one name (royal families have many) can be told apart; undefined when neither date is known.
 */
import type { Person } from '@kring/core';

/** The year of a partial date (`~1950`, `1943-05`), with its `~` when it is approximate. */
function year(date: string | undefined): string {
  return date?.match(/^~?-?\d+/)?.[0] ?? '';
}

export function lifeYears(person: Pick<Person, 'birth' | 'death'>): string | undefined {
  const born = year(person.birth);
  const died = year(person.death);
  return born === '' && died === '' ? undefined : `${born}–${died}`;
}
