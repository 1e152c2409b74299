/** English messages of the renderers (keys `render.*`). */
export const renderEn = {} as const;
