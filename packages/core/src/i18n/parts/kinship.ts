import type { MessagePart } from '../catalogue.js';
import { kinshipEn } from './kinship.en.js';
import { kinshipNl } from './kinship.nl.js';

/** Kinship words (`kinship.*`) of core's kinship queries. */
export const kinshipMessages: MessagePart<typeof kinshipEn> = { en: kinshipEn, nl: kinshipNl };
