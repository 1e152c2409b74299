/**
 * The one place where text becomes XML. Every user string (names, labels, titles, the embedded document)
 * passes through `escapeXml` before it is written into the SVG, so no input can open a tag, close an
 * attribute or smuggle in a character that makes the file unreadable.
 */

/**
 * Characters XML 1.0 forbids: C0 controls except tab, LF and CR; lone (unpaired) surrogates; U+FFFE and U+FFFF.
 * Without the `u` flag the regex sees UTF-16 units, so the lookarounds find surrogates that form no pair.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `value` without the characters XML 1.0 forbids. */
export function stripInvalidXmlChars(value: string): string {
  return value.replace(FORBIDDEN, '');
}

/** How {@link escapeXml} escapes. */
export interface EscapeOptions {
  /** Escaping for an attribute value (adds `"` and `'`); default: element content. */
  attribute?: boolean;
}

/** Anything escaping might change: markup and quote characters, controls, surrogates, U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex -- the controls XML forbids, plus tab/LF/CR for attributes
const NEEDS_WORK = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const CONTENT = /[&<>]/g;
const ATTRIBUTE = /[&<>"']/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes `value` for XML: `& < >` in element content, `& < > " '` in attribute values, after removing the
 * characters XML 1.0 forbids. Tabs and line breaks in attributes are written as character references so a
 * parser does not normalise them to spaces.
 */
export function escapeXml(value: string, options: EscapeOptions = {}): string {
  if (!NEEDS_WORK.test(value)) return value; // most labels: nothing to do, one scan
  const clean = stripInvalidXmlChars(value);
  if (!options.attribute) return clean.replace(CONTENT, (ch) => ENTITIES[ch]!);
  return clean
    .replace(ATTRIBUTE, (ch) => ENTITIES[ch]!)
    .replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
