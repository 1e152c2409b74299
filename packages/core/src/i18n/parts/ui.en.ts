/** English messages of the editor (keys `ui.*`). */
export const uiEn = {} as const;
