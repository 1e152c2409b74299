/** English messages of the reader (keys `read.*`). */
export const readEn = {} as const;
