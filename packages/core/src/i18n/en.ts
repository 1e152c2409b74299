/**
 * The English message catalogue: the source of truth for message keys.
 * Every user-facing string of Kring (enumeration labels, reader problems, command refusals, UI text) lives in
 * one of the parts below, each with a Dutch twin whose type demands every key. Placeholders are `{name}`.
 * Keys are dotted and namespaced (`gender.man`, `read.tooNew`, `ui.toolbar.undo`).
 */
import { enumsEn } from './parts/enums.en.js';

export const en = {
  ...enumsEn,
} as const;

export type MessageKey = keyof typeof en;
