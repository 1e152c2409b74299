/** Select options for an enumeration of the format, labelled from the catalogue (`<prefix>.<value>`). */

import type { Option } from '../panels/controls/option.js';
import type { Translate } from '../panels/controls/translator.js';
import type { EditorMessageKey } from '../messages.js';

export function enumOptions(tr: Translate, prefix: string, values: readonly (string | number)[]): Option[] {
  return values.map((v) => ({ value: String(v), label: tr(`${prefix}.${v}` as EditorMessageKey) }));
}
