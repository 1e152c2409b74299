/** A host's catalogue overrides for `<kring-editor>` (`messages`, a property or the attribute's JSON text). */
import type { EditorMessages } from '../messages.js';

/** A host's catalogue overrides: the own string values of an object or of its JSON text, else none. */
export function safeMessages(value: unknown): EditorMessages | undefined {
  try {
    const source: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    if (typeof source !== 'object' || source === null) return undefined;
    // A template (attribute JSON or property) or, set as a property, a function of the message's parameters.
    const out: Record<string, unknown> = {};
    for (const [key, text] of Object.entries(source))
      if (typeof text === 'string' || typeof text === 'function') out[key] = text;
    return out as EditorMessages;
  } catch {
    // Bad JSON text, a throwing getter or Proxy: no overrides.
    return undefined;
  }
}
