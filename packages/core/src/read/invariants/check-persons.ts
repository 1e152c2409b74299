import { comparePartialDates } from '../../model/partial-date.js';
import type { KringDocument } from '../../model/types.js';
import type { ProblemSink } from '../problem-collector.js';
import { error } from '../problems.js';

/** Invariant 5 (dates half): death not before birth; a death date and life status `alive` contradict. */
export function checkPersons(doc: KringDocument, problems: ProblemSink): void {
  doc.persons.forEach((person, i) => {
    if (person.birth !== undefined && person.death !== undefined) {
      if (comparePartialDates(person.death, person.birth) < 0)
        problems.push(
          error(['persons', i, 'death'], 'read.deathBeforeBirth', {
            death: person.death,
            birth: person.birth,
          }),
        );
    }
    if (person.death !== undefined && person.lifeStatus === 'alive')
      problems.push(error(['persons', i, 'lifeStatus'], 'read.deathButAlive'));
  });
}
