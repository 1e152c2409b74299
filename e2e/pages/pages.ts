/**
 * The e2e pages: a plain HTML page, a mount() page, a Preact page and a page that feeds the element
 * garbage, each loading only its own files.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { js, scriptRoutes, type Route } from '../lib/server.js';
import { family } from '../../packages/svelte/src/lib/state/test-fixtures.js';

const root = path.join(import.meta.dirname, '../..');
const html = (title: string, body: string, script: string): Route => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${title}</title></head>
<body>
${body}
<script type="module" src="${script}"></script>
</body>
</html>`,
});

/** Strict: scripts only from the page's origin, no eval, no connections; inline styles allowed (see docs/embedding.md). */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'";

const recorder = `
window.__events = [];
export function record(el) {
  for (const type of ['kringchange', 'kringselectionchange', 'kringready', 'kringerror'])
    el.addEventListener(type, (e) => {
      if (type === 'kringready') window.__api = e.detail.api;
      window.__events.push({ type, detail: type === 'kringready' ? null : JSON.parse(JSON.stringify(e.detail)) });
    });
}
`;

/**
 * 25 kinds of garbage a host could assign to `el.document`, made in the page (functions, Symbols, Proxies
 * and getters cannot cross from the test). `valid` is the fixture; each maker returns a fresh value.
 */
const garbage = `
import doc from './fixture.js';
const valid = () => JSON.parse(JSON.stringify(doc));
const boom = () => { throw new Error('boom from the host'); };
export const GARBAGE = {
  null: () => null,
  undefined: () => undefined,
  number: () => 42,
  NaN: () => NaN,
  boolean: () => true,
  array: () => [valid()],
  'text that is not JSON': () => '{"format": "kring", persons: [',
  'empty text': () => '',
  'JSON of the wrong shape': () => '{"hello": "world"}',
  'JSON text of a list': () => '[1, 2, 3]',
  'object of the wrong shape': () => ({ format: 'kring', version: 1, persons: 'everybody' }),
  'a newer version': () => ({ ...valid(), version: 99 }),
  'broken references': () => ({
    ...valid(),
    focus: 'p-nobody',
    ties: [{ id: 't-x', from: 'p-tilda', to: 'p-ghost', ring: 1, sector: 'family' }],
  }),
  'a huge string': () => ' '.repeat(21 * 1024 * 1024) + JSON.stringify(valid()),
  'deeply nested JSON': () => '{"format":"kring","version":1,"x":' + '['.repeat(100000) + ']'.repeat(100000) + '}',
  '__proto__ key': () => JSON.parse(JSON.stringify(valid()).replace('{', '{"__proto__":{"polluted":true},')),
  'constructor.prototype': () => ({ ...valid(), constructor: { prototype: { polluted: true } } }),
  'cyclic object': () => { const d = valid(); d.persons.push(d); return d; },
  'getter that throws': () => Object.defineProperty(valid(), 'persons', { get: boom, enumerable: true }),
  'Proxy whose traps throw': () => new Proxy(valid(), { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom }),
  Symbol: () => Symbol('kring'),
  function: () => function kring() { return valid(); },
  BigInt: () => 10n ** 30n,
  Date: () => new Date(0),
  Map: () => new Map(Object.entries(valid())),
};
`;

export function routes(): Record<string, Route> {
  const element = fs.readFileSync(path.join(root, 'packages/svelte/dist/kring-editor.js'));
  const preact = fs.readFileSync(path.join(root, 'node_modules/preact/dist/preact.module.js'));
  const axe = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));
  return {
    // The code-split build behind `@kring/svelte/element` (dist/element/), under `/element/`.
    ...scriptRoutes(path.join(root, 'packages/svelte/dist/element'), '/element'),
    // The code-split element: the editor's lazily loaded parts come as chunks beside it.
    '/lazy.html': html('Lazy parts', '<kring-editor id="editor" locale="en"></kring-editor>', '/lazy.js'),
    '/lazy.js': js(`
import './element/index.js';
import doc from './fixture.js';
document.getElementById('editor').document = doc;
`),
    // A host that preloads every chunk (preloadEditor) before it shows the editor.
    '/preload.html': html(
      'Preloaded',
      '<kring-editor id="editor" locale="en"></kring-editor>',
      '/preload.js',
    ),
    '/preload.js': js(`
import { preloadEditor } from './element/index.js';
import doc from './fixture.js';
await preloadEditor();
window.__preloaded = true;
document.getElementById('editor').document = doc;
`),
    '/axe.js': js(axe),
    '/kring-editor.js': js(element),
    // The script-tag file's parts (the side panel's tabs, …), in the folder beside it.
    ...scriptRoutes(path.join(root, 'packages/svelte/dist/kring-editor'), '/kring-editor'),
    '/preact.js': js(preact),
    '/fixture.js': js(`export default ${JSON.stringify(family())};`),
    '/recorder.js': js(recorder),
    '/plain.html': html('Plain page', '<kring-editor id="editor" locale="en"></kring-editor>', '/plain.js'),
    '/plain.js': js(`
import './kring-editor.js';
import doc from './fixture.js';
import { record } from './recorder.js';
const el = document.getElementById('editor');
record(el);
el.document = doc;
`),
    // The host's id tag (a CRDT's client id) as the attribute; the test changes it as a property.
    '/id-tag.html': html(
      'Id tag',
      '<kring-editor id="editor" locale="en" id-tag="2384756123"></kring-editor>',
      '/id-tag.js',
    ),
    '/id-tag.js': js(`
import './kring-editor.js';
import doc from './fixture.js';
import { record } from './recorder.js';
const el = document.getElementById('editor');
record(el);
el.document = doc;
/** Sets idTag as a property; returns what the assignment threw, if anything. */
window.__setIdTag = (kind, text) => {
  const values = { text, number: 42, Symbol: Symbol('tag'), BigInt: 10n ** 30n, object: { toString: () => 'k7q2m' } };
  try {
    el.idTag = values[kind];
    return null;
  } catch (e) {
    return String(e);
  }
};
`),
    '/garbage.js': js(garbage),
    // When kringready fires: in the microtask after connectedCallback, so before any later microtask of the
    // host, with the editor started (el.api works in the listener).
    '/ready.html': html('kringready', '', '/ready.js'),
    '/ready.js': js(`
import './kring-editor.js';
import doc from './fixture.js';
window.__log = [];
const log = (...entry) => window.__log.push(entry.join(' '));
const el = document.createElement('kring-editor');
el.document = doc;
document.body.append(el);
// Added after connecting, in the same task: still in time.
el.addEventListener('kringready', (e) =>
  log('kringready', e.detail.api === el.api, el.api.getDocument().persons.length),
);
queueMicrotask(() => log('host microtask'));
el.ready.then((api) => log('ready', api === el.api));
`),
    // The custom-element example of docs/embedding.md, as written there.
    '/docs.html': {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>docs</title></head>
<body>
<kring-editor id="map" locale="nl" style="height: 600px"></kring-editor>
<script type="module" src="/app.js"></script>
</body>
</html>`,
    },
    '/app.js': js(`
import './kring-editor.js';
import doc from './fixture.js';
window.__events = [];
const save = (d) => window.__events.push('kringchange ' + d.persons.length);
const show = (ids) => window.__events.push('kringselectionchange ' + ids.join());
const report = (problems) => window.__events.push('kringerror ' + problems.length);
let api;
const el = document.getElementById('map');
el.document = doc;
el.addEventListener('kringchange', (e) => save(e.detail.document));
el.addEventListener('kringselectionchange', (e) => show(e.detail.ids));
el.addEventListener('kringready', (e) => (api = e.detail.api));
el.addEventListener('kringerror', (e) => report(e.detail.problems, e.detail.previous));
el.addEventListener('kringready', () => window.__events.push('kringready ' + api.getDocument().persons.length));
`),
    '/errors.html': html('Errors', '<kring-editor id="editor" locale="en"></kring-editor>', '/errors.js'),
    '/errors.js': js(`
import './kring-editor.js';
import doc from './fixture.js';
import { record } from './recorder.js';
import { GARBAGE } from './garbage.js';
const el = document.getElementById('editor');
record(el);
el.document = doc;
window.__valid = doc;
window.__kinds = Object.keys(GARBAGE);
/** Assigns one kind of garbage; returns what the assignment threw, if anything. */
window.__assign = (kind) => {
  try {
    el.document = kind === 'valid' ? window.__valid : GARBAGE[kind]();
    return null;
  } catch (e) {
    return String(e);
  }
};
`),
    '/mount.html': html('mount()', '<div id="box" style="height:600px"></div>', '/mount.js'),
    '/mount.js': js(`
import { mount } from './kring-editor.js';
import doc from './fixture.js';
window.__mounted = mount(document.getElementById('box'), { initialDocument: doc, locale: 'en' });
`),
    '/preact.html': html('Preact page', '<div id="app"></div>', '/preact-app.js'),
    '/preact-app.js': js(`
import { h, render, Component } from './preact.js';
import './kring-editor.js';
import doc from './fixture.js';
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
