/**
 * The name a renderer draws for a person or organisation. With `pseudonymise`, names become initials
 * ("Tilda van der Berg" → "T.v.d.B."), so a map can be shown outside the case file without full names.
 * Anything in brackets ("Joke (buurvrouw)") is left out of the initials: it may hold another name.
 * Unnamed entities get an em dash so they still have a visible label.
 */
export function displayName(name: string, pseudonymise = false): string {
  const trimmed = name.trim();
  if (trimmed === '') return '—';
  if (!pseudonymise) return trimmed;
  const initials = trimmed
    .replace(/\([^)]*\)?|\[[^\]]*\]?/gu, ' ')
    .split(/\s+/u)
    .map((word) => word.match(/[\p{L}\p{N}]/u)?.[0])
    .filter((letter): letter is string => letter !== undefined)
    .map((letter) => `${letter}.`)
    .join('');
  return initials === '' ? '—' : initials;
}
