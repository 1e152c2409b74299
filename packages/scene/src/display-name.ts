/**
 * The name a renderer draws for a person or organisation. With `pseudonymise`, names become initials
 * ("Tilda van der Berg" → "T.v.d.B."), so a map can be shown outside the case file without full names.
 * Unnamed entities get an em dash so they still have a visible label.
 */
export function displayName(name: string, pseudonymise = false): string {
  const trimmed = name.trim();
  if (trimmed === '') return '—';
  if (!pseudonymise) return trimmed;
  const words = trimmed.split(/\s+/u);
  return words.map((w) => `${Array.from(w)[0] ?? ''}.`).join('');
}
