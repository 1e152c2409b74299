/**
 * The styles of `<kring-editor>`'s shadow root before the editor's own arrive: the host box, and the first
 * picture's frame, which takes the editor's layout (KringEditor.svelte, Toolbar.svelte, ContextRow.svelte: a 41 px toolbar row,
 * two lines of 75 px where the view switch and "More" do not fit side by side (measured there: up to 360 px
 * with the editor's fonts, in both languages);
 * in an editor up to 720 px wide or on a touch screen, unless read-only, a row for the context row at the
 * top of the drawing's column (a wider editor with a mouse floats it over the drawing: the one exception,
 * as in ContextRow.svelte); the drawing; the 300 px side panel, or the panel below the drawing in an editor up to 720 px wide) so that
 * the drawing's box is the canvas's box and nothing moves when the editor takes its place. Its colours are
 * the host's custom properties with the editor's defaults, as in the editor. The e2e
 * (element-first-picture.e2e.ts) compares the two boxes.
 */
export const SHELL_STYLE = `
:host { display: block; height: 600px; }
.kring-host { position: relative; height: 100%; }
.kring-first {
  position: absolute; inset: 0; z-index: 1; display: flex; flex-direction: column; min-height: 360px;
  box-sizing: border-box; background: var(--kring-paper, #ffffff); container-type: inline-size;
  font-family: system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif; font-size: 14px;
}
.kring-first * { box-sizing: border-box; }
.kring-first-bar {
  flex: none; height: 41px; background: var(--kring-ui-bg, #f4f5f7);
  border-bottom: 1px solid var(--kring-ui-border, #c5c9d0);
}
.kring-first-body { display: flex; flex: 1; min-height: 0; }
.kring-first-main { position: relative; display: flex; flex-direction: column; flex: 1; min-width: 0; }
.kring-first-stage { position: relative; flex: 1; min-height: 0; overflow: hidden; }
.kring-first-stage svg { position: absolute; left: 0; top: 0; display: block; }
.kring-first-panels {
  width: 300px; max-width: 40%; border-left: 1px solid var(--kring-ui-border, #c5c9d0);
  background: var(--kring-paper, #ffffff);
}
@media not all and (any-pointer: coarse) {
  @container (width > 720px) {
    .kring-first-context { display: none; }
  }
}
@container (max-width: 360px) {
  .kring-first-toolbar { height: 75px; }
}
@container (max-width: 720px) {
  .kring-first-body { flex-direction: column; overflow: hidden; }
  .kring-first-main { flex: 0 0 auto; height: max(320px, 78%); }
  .kring-first-panels {
    width: auto; max-width: none; flex: 1; border-left: none;
    border-top: 1px solid var(--kring-ui-border, #c5c9d0);
  }
}
`;
