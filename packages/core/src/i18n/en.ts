/**
 * Core's English message catalogue: the source of truth for core's message keys and, through their `{name}`
 * placeholders, of each message's parameters. Every string of the format, the reader, the commands, the
 * renderers, insight, comparisons and the plan document lives in one of the parts below, each with a Dutch twin whose type
 * demands every key. Keys are dotted and namespaced (`gender.man`, `read.tooNew`, `render.legend.title`).
 * The editor's, the demo's, the CLI's, gedcom's and the report's strings live in their own packages.
 */
import { checksEn } from './parts/checks.en.js';
import { commandsEn } from './parts/commands.en.js';
import { compareEn } from './parts/compare.en.js';
import { editsEn } from './parts/edits.en.js';
import { enumsEn } from './parts/enums.en.js';
import { filesEn } from './parts/files.en.js';
import { insightEn } from './parts/insight.en.js';
import { insightLinesEn } from './parts/insight-lines.en.js';
import { kinshipEn } from './parts/kinship.en.js';
import { planEn } from './parts/plan.en.js';
import { readEn } from './parts/read.en.js';
import { renderEn } from './parts/render.en.js';
import { warningsEn } from './parts/warnings.en.js';

/** Core's English templates, by key. */
export const en = {
  ...enumsEn,
  ...readEn,
  ...filesEn,
  ...checksEn,
  ...warningsEn,
  ...commandsEn,
  ...editsEn,
  ...renderEn,
  ...kinshipEn,
  ...insightEn,
  ...insightLinesEn,
  ...compareEn,
  ...planEn,
} as const;

/** A key of core's catalogue (of any of its parts). */
export type MessageKey = keyof typeof en;
/** The English templates of every part of core (the type of {@link en}), by key. */
export type CoreTemplates = typeof en;
/** The English templates of the parts core's `t()` knows (`coreMessageParts`), by key. */
export type BaseTemplates = typeof enumsEn &
  typeof readEn &
  typeof filesEn &
  typeof checksEn &
  typeof warningsEn &
  typeof commandsEn &
  typeof editsEn &
  typeof renderEn;
/** Insight's English templates (`insight.*`, `insightMessages`). */
export type InsightTemplates = typeof insightEn;
/** The comparisons' English templates (`compare.*`, `compareMessages`). */
export type CompareTemplates = typeof compareEn;
/** The plan document's English templates (`render.plan.*`, `planMessages`). */
export type PlanTemplates = typeof planEn;
/** Kinship's English templates (`kinship.*`, `kinshipMessages`). */
export type KinshipTemplates = typeof kinshipEn;
