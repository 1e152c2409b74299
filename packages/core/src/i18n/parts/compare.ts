import type { MessagePart } from '../catalogue.js';
import { compareEn } from './compare.en.js';
import { compareNl } from './compare.nl.js';

/** Comparisons over time: what changed between two states, `kring diff`, the snapshots panel (`compare.*`). */
export const compareMessages: MessagePart<typeof compareEn> = { en: compareEn, nl: compareNl };
