/** The Dutch message catalogue. Must have every key of en.ts (the type enforces it). */
import type { MessageKey } from './en.js';
import { checksNl } from './parts/checks.nl.js';
import { commandsNl } from './parts/commands.nl.js';
import { demoNl } from './parts/demo.nl.js';
import { editsNl } from './parts/edits.nl.js';
import { enumsNl } from './parts/enums.nl.js';
import { compareNl } from './parts/compare.nl.js';
import { insightNl } from './parts/insight.nl.js';
import { interopNl } from './parts/interop.nl.js';
import { kinshipNl } from './parts/kinship.nl.js';
import { inspectorNl } from './parts/inspector.nl.js';
import { linkNl } from './parts/link.nl.js';
import { readNl } from './parts/read.nl.js';
import { renderNl } from './parts/render.nl.js';
import { reportNl } from './parts/report.nl.js';
import { uiNl } from './parts/ui.nl.js';
import { warningsNl } from './parts/warnings.nl.js';

export const nl: Record<MessageKey, string> = {
  ...enumsNl,
  ...readNl,
  ...checksNl,
  ...warningsNl,
  ...commandsNl,
  ...editsNl,
  ...renderNl,
  ...uiNl,
  ...linkNl,
  ...inspectorNl,
  ...kinshipNl,
  ...insightNl,
  ...compareNl,
  ...interopNl,
  ...demoNl,
  ...reportNl,
};
