/**
 * Core's parts of the message catalogue, each in both locales: what the format, the reader, the commands,
 * the renderers, insight, kinship, comparisons and the plan document say. A consumer with strings of its own
 * (the editor, the CLI, the demo, gedcom, the report) builds its translator from the parts it shows and its
 * own with `createTranslator`. Every nl part must have every key of its en twin (its type demands it).
 * Insight's, the comparisons', kinship's and the plan document's parts are modules of their own
 * (parts/insight.ts, parts/compare.ts, parts/kinship.ts, parts/plan.ts), so that a bundle that holds this
 * module holds their words only where it shows them.
 */
import type { MessagePart } from './catalogue.js';
import { checksEn } from './parts/checks.en.js';
import { checksNl } from './parts/checks.nl.js';
import { commandsEn } from './parts/commands.en.js';
import { commandsNl } from './parts/commands.nl.js';
import { editsEn } from './parts/edits.en.js';
import { editsNl } from './parts/edits.nl.js';
import { enumsEn } from './parts/enums.en.js';
import { enumsNl } from './parts/enums.nl.js';
import { filesEn } from './parts/files.en.js';
import { filesNl } from './parts/files.nl.js';
import { readEn } from './parts/read.en.js';
import { readNl } from './parts/read.nl.js';
import { renderEn } from './parts/render.en.js';
import { renderNl } from './parts/render.nl.js';
import { warningsEn } from './parts/warnings.en.js';
import { warningsNl } from './parts/warnings.nl.js';

/** Labels of the format's enumerations (`gender.*`, `sector.*`, `view.*`, …). */
export const enumsMessages: MessagePart<typeof enumsEn> = { en: enumsEn, nl: enumsNl };
/** Why an edit was refused (`commands.*`). */
export const commandsMessages: MessagePart<typeof commandsEn> = { en: commandsEn, nl: commandsNl };
/** What core's edit helpers did besides what was asked (`edits.*`). */
export const editsMessages: MessagePart<typeof editsEn> = { en: editsEn, nl: editsNl };
/** The renderers' and the SVG writer's text (`render.*`). */
export const renderMessages: MessagePart<typeof renderEn> = { en: renderEn, nl: renderNl };
/** The reader's problems before and in the structure and migration notes (`read.*`). */
export const readMessages: MessagePart<typeof readEn> = { en: readEn, nl: readNl };
/**
 * What reading a file's bytes and writing a document say (`read.encoding*`, `read.svgWithoutDocument`,
 * `read.write.*`): a part of its own, which the element's build leaves out (it neither reads files nor writes).
 */
export const filesMessages: MessagePart<typeof filesEn> = { en: filesEn, nl: filesNl };
/** The invariants that `checkInvariants()` reports as errors (`read.*`). */
export const checksMessages: MessagePart<typeof checksEn> = { en: checksEn, nl: checksNl };
/** The soft rules and repairs: warnings of the reader and of `checkInvariants()` (`read.warn.*`). */
export const warningsMessages: MessagePart<typeof warningsEn> = { en: warningsEn, nl: warningsNl };

/**
 * The parts core's `t()` knows: the start of every consumer's catalogue. Insight's, kinship's and the
 * comparisons' parts are not among them: the modules that say those things (insight/report.ts,
 * queries/kinship.ts, compare/describe-comparison.ts) make their own translators, so a bundle carries their
 * words only where it carries them (the editor loads its insight panel on demand).
 */
export const coreMessageParts = [
  enumsMessages,
  readMessages,
  filesMessages,
  checksMessages,
  warningsMessages,
  commandsMessages,
  editsMessages,
  renderMessages,
] as const;
