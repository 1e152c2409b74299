/**
 * The English message catalogue: the source of truth for message keys.
 * Every user-facing string of Kring (enumeration labels, reader problems, command refusals, renderer and UI
 * text) lives in one of the parts below, each with a Dutch twin whose type demands every key.
 * Placeholders are `{name}`. Keys are dotted and namespaced (`gender.man`, `read.tooNew`, `ui.toolbar.undo`).
 */
import { checksEn } from './parts/checks.en.js';
import { commandsEn } from './parts/commands.en.js';
import { demoEn } from './parts/demo.en.js';
import { editsEn } from './parts/edits.en.js';
import { enumsEn } from './parts/enums.en.js';
import { compareEn } from './parts/compare.en.js';
import { insightEn } from './parts/insight.en.js';
import { interopEn } from './parts/interop.en.js';
import { kinshipEn } from './parts/kinship.en.js';
import { inspectorEn } from './parts/inspector.en.js';
import { linkEn } from './parts/link.en.js';
import { readEn } from './parts/read.en.js';
import { renderEn } from './parts/render.en.js';
import { reportEn } from './parts/report.en.js';
import { uiEn } from './parts/ui.en.js';
import { warningsEn } from './parts/warnings.en.js';

export const en = {
  ...enumsEn,
  ...readEn,
  ...checksEn,
  ...warningsEn,
  ...commandsEn,
  ...editsEn,
  ...renderEn,
  ...uiEn,
  ...linkEn,
  ...inspectorEn,
  ...kinshipEn,
  ...insightEn,
  ...compareEn,
  ...interopEn,
  ...demoEn,
  ...reportEn,
} as const;

export type MessageKey = keyof typeof en;
