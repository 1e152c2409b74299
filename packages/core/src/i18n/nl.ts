/** Core's Dutch message catalogue. Must have every key of en.ts (the type enforces it). */
import type { MessageKey } from './en.js';
import { checksNl } from './parts/checks.nl.js';
import { commandsNl } from './parts/commands.nl.js';
import { compareNl } from './parts/compare.nl.js';
import { editsNl } from './parts/edits.nl.js';
import { enumsNl } from './parts/enums.nl.js';
import { filesNl } from './parts/files.nl.js';
import { insightNl } from './parts/insight.nl.js';
import { insightLinesNl } from './parts/insight-lines.nl.js';
import { kinshipNl } from './parts/kinship.nl.js';
import { planNl } from './parts/plan.nl.js';
import { readNl } from './parts/read.nl.js';
import { renderNl } from './parts/render.nl.js';
import { warningsNl } from './parts/warnings.nl.js';

/** Core's Dutch templates, by key. */
export const nl: Record<MessageKey, string> = {
  ...enumsNl,
  ...readNl,
  ...filesNl,
  ...checksNl,
  ...warningsNl,
  ...commandsNl,
  ...editsNl,
  ...renderNl,
  ...kinshipNl,
  ...insightNl,
  ...insightLinesNl,
  ...compareNl,
  ...planNl,
};
