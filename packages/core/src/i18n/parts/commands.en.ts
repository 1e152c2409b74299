/** English messages of the commands (keys `commands.*`). */
export const commandsEn = {} as const;
