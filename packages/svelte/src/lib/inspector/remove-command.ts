/** The command that removes an item of any kind (used by the inspector's delete action). */
import {
  removeEmotional,
  removeHousehold,
  removeMultipleBirth,
  removeOrganisation,
  removePartnership,
  removePerson,
  removeTie,
  unlinkParent,
  type Command,
} from '@kring/core';
import type { ItemTarget } from './selection-target.js';

export function removeCommand(target: ItemTarget): Command {
  const id = target.item.id;
  switch (target.kind) {
    case 'person':
      return removePerson(id);
    case 'organisation':
      return removeOrganisation(id);
    case 'partnership':
      return removePartnership(id);
    case 'parentChild':
      return unlinkParent(id);
    case 'multipleBirth':
      return removeMultipleBirth(id);
    case 'household':
      return removeHousehold(id);
    case 'emotional':
      return removeEmotional(id);
    case 'tie':
      return removeTie(id);
  }
}
