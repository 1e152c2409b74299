// Types only: see react.d.ts (JSX typings of <kring-editor> for React 19).
export {};
