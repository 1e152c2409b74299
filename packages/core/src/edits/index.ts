/** Edits that keep invariants: helpers that turn what the user chose into valid plain-data commands. */
export * from './partnership-events.js';
