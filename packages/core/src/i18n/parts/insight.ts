import type { MessagePart } from '../catalogue.js';
import { insightEn } from './insight.en.js';
import { insightNl } from './insight.nl.js';

/** Insight: the findings' sentences, `kring insight` and the editor's insight panel (`insight.*`). */
export const insightMessages: MessagePart<typeof insightEn> = { en: insightEn, nl: insightNl };
