/**
 * The one guard against putting the document into a picture that was made to hide parts of it. A scene drawn
 * with `pseudonymise` or `hideHealth` (its flags, set by every renderer through `markPrivacy`), or an export
 * asked with those options, never carries the document: it holds the full names, notes, dates and health data.
 * The SVG writer calls it; the demo, the editor and the CLI ask `embedRefusal` before offering to embed.
 */
import { t, type Message } from '@kring/core';
import type { Scene } from '../types.js';

/** An export that the options forbid; `detail` is a catalogue message for the user. */
export class SvgExportError extends Error {
  /** Why the export was refused, as a catalogue message for the user (`message` is its English text). */
  readonly detail: Message;
  /** @param detail - why the export was refused. */
  constructor(detail: Message) {
    super(t('en', detail.key, detail.params));
    this.detail = detail;
    this.name = 'SvgExportError';
  }
}

/** The export options that decide whether the document may be embedded. */
export interface EmbedGuardFacts {
  /** The export shows initials instead of names: embedding the document would give the names back. */
  pseudonymise?: boolean;
  /** The export hides health data: embedding the document would give the conditions back. */
  hideHealth?: boolean;
}

/** Why the document may not be embedded under these options (or in this scene), or undefined when it may. */
export function embedRefusal(
  facts: EmbedGuardFacts,
  scene?: Pick<Scene, 'pseudonymised' | 'healthHidden'>,
): Message | undefined {
  if (facts.pseudonymise === true || scene?.pseudonymised === true)
    return { key: 'render.svg.embedPseudonymised' };
  if (facts.hideHealth === true || scene?.healthHidden === true)
    return { key: 'render.svg.embedHealthHidden' };
  return undefined;
}

/** Throws SvgExportError when a document is to be embedded where embedRefusal refuses it. */
export function assertEmbeddable(
  scene: Pick<Scene, 'pseudonymised' | 'healthHidden'>,
  options: EmbedGuardFacts & { embedDocument?: unknown },
): void {
  if (options.embedDocument === undefined) return;
  const refusal = embedRefusal(options, scene);
  if (refusal) throw new SvgExportError(refusal);
}
