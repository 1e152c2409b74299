import type { MessagePart } from '../catalogue.js';
import { planEn } from './plan.en.js';
import { planNl } from './plan.nl.js';

/**
 * The plan document's words (`render.plan.*`): the print view, HTML export and case-file PDF of the plan
 * (@kring/scene's plan-document). A part of its own, so that a bundle without the plan document (the
 * editor) does not carry them.
 */
export const planMessages: MessagePart<typeof planEn> = { en: planEn, nl: planNl };
