/** Dutch messages of the commands; must have every key of commands.en.ts. */
import type { commandsEn } from './commands.en.js';

export const commandsNl: Record<keyof typeof commandsEn, string> = {};
