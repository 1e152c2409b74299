/** The e2e pages: a plain HTML page, a mount() page and a Preact page, each loading only its own files. */
import fs from 'node:fs';
import path from 'node:path';
import type { Route } from '../lib/server.js';
import { family } from '../../packages/svelte/src/lib/state/test-fixtures.js';

const root = path.join(import.meta.dirname, '../..');
const js = (body: string | Buffer): Route => ({ body, type: 'text/javascript; charset=utf-8' });
const html = (title: string, body: string, script: string): Route => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>
<body>
${body}
<script type="module" src="${script}"></script>
</body>
</html>`,
});

/** Strict: scripts only from the page's origin, no eval, no connections; inline styles allowed (see docs/embedding.md). */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'";

const recorder = `
window.__events = [];
export function record(el) {
  for (const type of ['kringchange', 'kringselectionchange', 'kringready'])
    el.addEventListener(type, (e) => {
      if (type === 'kringready') window.__api = e.detail.api;
      window.__events.push({ type, detail: type === 'kringready' ? null : JSON.parse(JSON.stringify(e.detail)) });
    });
}
`;

export function routes(): Record<string, Route> {
  const element = fs.readFileSync(path.join(root, 'packages/svelte/dist/kring-editor.js'));
  const preact = fs.readFileSync(path.join(root, 'node_modules/preact/dist/preact.module.js'));
  return {
    '/kring-editor.js': js(element),
    '/preact.js': js(preact),
    '/fixture.js': js(`export default ${JSON.stringify(family())};`),
    '/recorder.js': js(recorder),
    '/plain.html': html('Plain page', '<kring-editor id="editor" locale="en"></kring-editor>', '/plain.js'),
    '/plain.js': js(`
import '/kring-editor.js';
import doc from '/fixture.js';
import { record } from '/recorder.js';
const el = document.getElementById('editor');
record(el);
el.document = doc;
`),
    '/mount.html': html('mount()', '<div id="box" style="height:600px"></div>', '/mount.js'),
    '/mount.js': js(`
import { mount } from '/kring-editor.js';
import doc from '/fixture.js';
window.__mounted = mount(document.getElementById('box'), { initialDocument: doc, locale: 'en' });
`),
    '/preact.html': html('Preact page', '<div id="app"></div>', '/preact-app.js'),
    '/preact-app.js': js(`
import { h, render, Component } from '/preact.js';
import '/kring-editor.js';
import doc from '/fixture.js';
class App extends Component {
  state = { locale: 'en', changes: 0, selected: [] };
  render() {
    return h('main', null,
      h('p', { id: 'status' }, 'changes: ' + this.state.changes + '; selected: ' + this.state.selected.join(',')),
      h('button', { id: 'lang', onClick: () => this.setState({ locale: this.state.locale === 'en' ? 'nl' : 'en' }) }, 'nl/en'),
      h('kring-editor', {
        document: doc,
        locale: this.state.locale,
        onkringchange: () => this.setState({ changes: this.state.changes + 1 }),
        onkringselectionchange: (e) => this.setState({ selected: e.detail.ids }),
      }));
  }
}
render(h(App, null), document.getElementById('app'));
`),
  };
}
