/**
 * The catalogue's parts, each in both locales, for consumers to register with `registerMessages()`.
 * `t()` always knows `enumsMessages`, `commandsMessages`, `editsMessages` and `renderMessages` (every
 * consumer shows enumeration labels, refusals, what an edit added and drawings); the others are registered by whoever shows them: the editor
 * registers `uiMessages`, `inspectorMessages` and `warningsMessages` (the plan's warnings); the CLI
 * `readMessages`, `checksMessages` and `warningsMessages`; the demo those three and `demoMessages`. A bundle
 * then carries only the parts its consumer uses. Every nl part must have every key of its en twin (its type
 * demands it).
 */
import type { MessageKey } from './en.js';
import { checksEn } from './parts/checks.en.js';
import { checksNl } from './parts/checks.nl.js';
import { commandsEn } from './parts/commands.en.js';
import { commandsNl } from './parts/commands.nl.js';
import { demoEn } from './parts/demo.en.js';
import { demoNl } from './parts/demo.nl.js';
import { editsEn } from './parts/edits.en.js';
import { editsNl } from './parts/edits.nl.js';
import { enumsEn } from './parts/enums.en.js';
import { enumsNl } from './parts/enums.nl.js';
import { compareEn } from './parts/compare.en.js';
import { compareNl } from './parts/compare.nl.js';
import { insightEn } from './parts/insight.en.js';
import { insightNl } from './parts/insight.nl.js';
import { interopEn } from './parts/interop.en.js';
import { interopNl } from './parts/interop.nl.js';
import { kinshipEn } from './parts/kinship.en.js';
import { kinshipNl } from './parts/kinship.nl.js';
import { inspectorEn } from './parts/inspector.en.js';
import { inspectorNl } from './parts/inspector.nl.js';
import { linkEn } from './parts/link.en.js';
import { linkNl } from './parts/link.nl.js';
import { readEn } from './parts/read.en.js';
import { readNl } from './parts/read.nl.js';
import { renderEn } from './parts/render.en.js';
import { renderNl } from './parts/render.nl.js';
import { reportEn } from './parts/report.en.js';
import { reportNl } from './parts/report.nl.js';
import { uiEn } from './parts/ui.en.js';
import { uiNl } from './parts/ui.nl.js';
import { warningsEn } from './parts/warnings.en.js';
import { warningsNl } from './parts/warnings.nl.js';

/** One part of the catalogue in both locales (each `parts/<area>.nl.ts` is typed to have every en key). */
export interface MessagePart {
  readonly en: Readonly<Partial<Record<MessageKey, string>>>;
  readonly nl: Readonly<Partial<Record<MessageKey, string>>>;
}

/** Labels of the format's enumerations (`gender.*`, `sector.*`, `view.*`, …). Always known to `t()`. */
export const enumsMessages: MessagePart = { en: enumsEn, nl: enumsNl };
/** Why an edit was refused (`commands.*`). Always known to `t()`. */
export const commandsMessages: MessagePart = { en: commandsEn, nl: commandsNl };
/** What core's edit helpers did besides what was asked (`edits.*`). Always known to `t()`. */
export const editsMessages: MessagePart = { en: editsEn, nl: editsNl };
/** The renderers' and the SVG writer's text (`render.*`). Always known to `t()`. */
export const renderMessages: MessagePart = { en: renderEn, nl: renderNl };
/** The editor's toolbar, canvas, announcements, links, context menu and tray (`ui.*`). */
export const uiMessages: MessagePart = { en: { ...uiEn, ...linkEn }, nl: { ...uiNl, ...linkNl } };
/** The editor's side panels: inspector, legend, outline, plan (`inspector.*`, `panel.*`). */
export const inspectorMessages: MessagePart = { en: inspectorEn, nl: inspectorNl };
/** Insight: the findings' sentences, `kring insight` and the editor's insight panel (`insight.*`). */
export const insightMessages: MessagePart = { en: insightEn, nl: insightNl };
/** Comparisons over time: what changed between two states, `kring diff`, the snapshots panel (`compare.*`). */
export const compareMessages: MessagePart = { en: compareEn, nl: compareNl };
/** Kinship words (`kinship.*`): core's kinship queries register this part on first use. */
export const kinshipMessages: MessagePart = { en: kinshipEn, nl: kinshipNl };
/** Interop: GEDCOM import and export, research exports, `kring import`/`kring export` (`interop.*`). */
export const interopMessages: MessagePart = { en: interopEn, nl: interopNl };
/** The reader's problems before and in the structure, migration notes and the CLI's text (`read.*`). */
export const readMessages: MessagePart = { en: readEn, nl: readNl };
/** The invariants that `checkInvariants()` reports as errors (`read.*`). */
export const checksMessages: MessagePart = { en: checksEn, nl: checksNl };
/** The soft rules and repairs: warnings of the reader and of `checkInvariants()` (`read.warn.*`). */
export const warningsMessages: MessagePart = { en: warningsEn, nl: warningsNl };
/** The case-file report (`report.*`): @kring/report, `kring report` and the demo's report action. */
export const reportMessages: MessagePart = { en: reportEn, nl: reportNl };
/** The demo site (`demo.*`). */
export const demoMessages: MessagePart = { en: demoEn, nl: demoNl };
