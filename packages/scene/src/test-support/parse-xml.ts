/**
 * The well-formedness check of the tests: a real XML parser (@xmldom/xmldom) that fails on every error and
 * warning, plus the two XML 1.0 rules xmldom lets through: characters XML forbids, and a bare `&` that starts
 * no entity reference.
 */
import { DOMParser, type Document } from '@xmldom/xmldom';

const FORBIDDEN_CHAR =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BARE_AMPERSAND = /&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9a-fA-F]+);)/;

export function parseStrictXml(text: string): Document {
  const problems: string[] = [];
  const char = FORBIDDEN_CHAR.exec(text);
  if (char) problems.push(`forbidden character U+${char[0].charCodeAt(0).toString(16)} at ${char.index}`);
  const amp = BARE_AMPERSAND.exec(text);
  if (amp) problems.push(`bare & at ${amp.index}: ${text.slice(amp.index, amp.index + 20)}`);
  const parser = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  });
  let doc: Document | undefined;
  try {
    doc = parser.parseFromString(text, 'image/svg+xml');
  } catch (error) {
    problems.push(String(error));
  }
  if (problems.length > 0 || !doc) throw new Error(`XML not well-formed:\n${problems.join('\n')}`);
  return doc;
}
