// Types only: see vue.d.ts (template typings of <kring-editor> for Vue 3).
export {};
