/** English messages of the editor's side panels: inspector, legend, outline, plan (keys `inspector.*`, `panel.*`). */
export const inspectorEn = {} as const;
