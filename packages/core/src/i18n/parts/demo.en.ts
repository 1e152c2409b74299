/** English messages of the demo site (keys `demo.*`). */
export const demoEn = {} as const;
