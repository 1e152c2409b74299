import type { MessagePart } from '@kring/core';
import { inspectorEn } from './inspector.en.js';
import { inspectorNl } from './inspector.nl.js';

/**
 * The editor's side panels: inspector, legend, outline, plan (`inspector.*`, `panel.*`). Only the panels'
 * translators (panels/controls/translator.ts, panels/insight/insight-translator.ts) hold it, so its words
 * are loaded with the panels, not with the editor's first picture.
 */
export const inspectorMessages: MessagePart<typeof inspectorEn> = { en: inspectorEn, nl: inspectorNl };
