/** A name as shown in a panel: "(no name)" for an empty one (e.g. an unnamed miscarriage), so no button is blank. */
import type { Translate } from './translator.js';

export function shownName(name: string, tr: Translate): string {
  return name.trim() === '' ? tr('panel.unnamed') : name;
}
