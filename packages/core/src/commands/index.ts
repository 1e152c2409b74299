/** Commands: every edit as plain data, applied with immer into patches and inverse patches. */
export type { Command, CommandType } from './command.js';
export { applyCommand, type CommandResult } from './apply-command.js';
export { COMMAND_TYPES } from './command-schemas.js';
export { MAX_COMMAND_TEXT, MAX_COMMAND_VALUES, type CommandPath } from './plain-data.js';
export type { Changes } from './refusal.js';
export * from './persons.js';
export * from './contact.js';
export * from './organisations.js';
export * from './partnerships.js';
export * from './parent-child.js';
export * from './multiple-births.js';
export * from './households.js';
export * from './emotional.js';
export * from './ties.js';
export * from './plan.js';
export * from './document-settings.js';
export * from './layout.js';
export * from './lessons.js';
