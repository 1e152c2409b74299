/** A short plain-text detail after a person's name: age at the reference date, deceased, or birth status. */
import { ageAt, birthStatusOf, lifeStatusOf, yearOf, type KringDocument, type Person } from '@kring/core';
import type { Translate } from '../controls/translator.js';

export function personDetail(doc: KringDocument, person: Person, tr: Translate): string | undefined {
  const birthStatus = birthStatusOf(person);
  if (birthStatus !== 'live_birth') return tr(`birthStatus.${birthStatus}`);
  if (lifeStatusOf(person) === 'deceased') {
    const year = yearOf(person.death);
    return year === undefined ? tr('lifeStatus.deceased') : tr('panel.deceasedIn', { year });
  }
  const age = ageAt(person.birth, doc.referenceDate);
  return age === undefined ? undefined : tr('panel.age', { age });
}
