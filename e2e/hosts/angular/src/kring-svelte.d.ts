// The Angular compiler typechecks the host page alone: the element module is imported for its side effect
// (it defines <kring-editor>); its typings are tested by e2e/install.e2e.ts against the packed package.
declare module '@kring/svelte/element';
