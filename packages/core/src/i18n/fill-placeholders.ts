/**
 * Fills a template's `{name}` placeholders. A parameter that carries a value of one of the format's
 * enumerations (a refusal's `kind`, `sector`, …) is shown as that value's label in the catalogue's language
 * (`"divorced"` → "gescheiden"), so no enumeration key reaches a message; a value without a label (bad input
 * being refused) is shown as it is.
 */

/** Marks a parameter holding a comma-separated list of the keys of one (unnamed) enumeration. */
const LIST = '*';
/**
 * The enumerations' label prefixes, in the order of parts/enums.en.ts (fill-placeholders.test.ts checks
 * that they are exactly its prefixes). Written out rather than read from the table: the element's
 * code-split build loads the tables of one locale on demand, after this module has loaded.
 */
export const ENUM_PREFIXES: readonly string[] = [
  'gender',
  'sexAtBirth',
  'lifeStatus',
  'birthStatus',
  'partnershipType',
  'partnershipEvent',
  'parentChildKind',
  'zygosity',
  'emotionalKind',
  'emotionalDirection',
  'systemCategory',
  'sectorPreset',
  'sector',
  'ring',
  'supportType',
  'supportLetter',
  'supportDirection',
  'tieStrength',
  'stress',
  'flow',
  'frequency',
  'knownFor',
  'critical',
  'actionStatus',
  'inviteeStatus',
  'symbolSet',
  'deathMark',
  'view',
];

/** Per message key, its parameters that carry an enumeration value, with the enumeration's label prefix. */
const ENUM_PARAMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'commands.eventNeedsStart': { kind: 'partnershipEvent' },
  'commands.eventNeedsMarriage': { kind: 'partnershipEvent' },
  'commands.directionRequired': { kind: 'emotionalKind' },
  'commands.sectorNotInPreset': { sector: 'sector', preset: 'sectorPreset' },
  'commands.badView': { view: 'view' },
  'commands.badOption': { option: 'edits.option' },
  'edits.marriageInserted': { kind: 'partnershipEvent' },
  'interop.note.eventDropped': { kind: 'partnershipEvent' },
  'read.eventNeedsStart': { kind: 'partnershipEvent' },
  'read.eventNeedsMarriage': { kind: 'partnershipEvent' },
  'read.directionRequired': { kind: 'emotionalKind' },
  'read.sectorNotInPreset': { sector: 'sector', preset: 'sectorPreset', allowed: LIST },
  'read.notOneOf': { allowed: LIST },
};

/**
 * `template` with each `{name}` replaced by `params[name]` (a placeholder without a parameter stays as it
 * is); `label(key)` looks up an enumeration label (`partnershipEvent.divorce`) in the caller's catalogue.
 */
export function fillPlaceholders(
  template: string,
  key: string,
  params: Readonly<Record<string, string | number>>,
  label: (key: string) => string | undefined,
): string {
  const enums = Object.prototype.hasOwnProperty.call(ENUM_PARAMS, key) ? ENUM_PARAMS[key] : undefined;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = String(params[name]);
    const prefix = enums?.[name];
    if (prefix === undefined) return value;
    if (prefix !== LIST) return label(`${prefix}.${value}`) ?? value;
    // A list of one enumeration's keys ("man, woman, non_binary"): the enumeration whose keys they all are.
    // Numbers (rings, strengths) stay numbers.
    const items = value.split(', ');
    const found = items.every((v) => /^\d+$/.test(v))
      ? undefined
      : ENUM_PREFIXES.find((p) => items.every((v) => label(`${p}.${v}`) !== undefined));
    return found === undefined ? value : items.map((v) => label(`${found}.${v}`)!).join(', ');
  });
}
