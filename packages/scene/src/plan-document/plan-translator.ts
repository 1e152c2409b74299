/** The plan document's translator: core's base parts (enumeration labels) and the plan's words (`render.plan.*`). */
import { coreMessageParts, createTranslator, planMessages } from '@kring/core';

export const translatePlan = /* @__PURE__ */ createTranslator([...coreMessageParts, planMessages]);

/** A key the plan document shows. */
export type PlanDocumentKey = Parameters<typeof translatePlan>[1];
