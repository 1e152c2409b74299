import type { BirthStatus, LifeStatus } from './enums.js';
import type { Person } from './types.js';

/** A person's life status with the format's default applied (`deceased` when a death date is set). */
export function lifeStatusOf(person: Person): LifeStatus {
  return person.lifeStatus ?? (person.death !== undefined ? 'deceased' : 'alive');
}

/** A person's birth status with the format's default applied (`live_birth`). */
export function birthStatusOf(person: Person): BirthStatus {
  return person.birthStatus ?? 'live_birth';
}

/**
 * Whether the person is a live birth (the default), i.e. not a pregnancy outcome: only live births can be
 * partners, parents, the focus, household members, tie ends or action-team members.
 */
export function isLiveBirth(person: Person): boolean {
  return birthStatusOf(person) === 'live_birth';
}
