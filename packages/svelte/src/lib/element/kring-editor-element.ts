/**
 * The `<kring-editor>` custom element: a plain `HTMLElement` (no Svelte in the page's first load). Inputs are
 * properties (`document`, `view`, `locale`, `readonly`, `pseudonymise`, `messages`, `panels`, `idTag`) and
 * attributes (`view`, `locale`, `readonly` and `pseudonymise` reflected; `document` and `messages` as JSON
 * text; `id-tag`); outputs are CustomEvents on the element: `kringchange` ({ document, patches, source }),
 * `kringselectionchange` ({ ids }), `kringready` ({ api }), `kringerror` (KringErrorDetail). `el.api` and
 * `el.ready` are there from the upgrade on (host-api.ts). Everything lives in an open shadow root.
 *
 * Where the editor's code and words are at hand (the single file) the editor starts in the microtask after
 * `connectedCallback` and `kringready` fires in that microtask. In the code-split build the element first
 * draws the map as a still picture (first-picture.ts) in the box the editor's canvas will take, while the
 * editor's chunk loads; the editor then takes its place, and `kringready` fires when it is interactive.
 *
 * No property throws into the page: `view`, `locale` and `messages` are passed on only when they are of
 * their type; `document` takes anything, which the editor hands to the reader and, when refused, shows as
 * an error instead of drawing it.
 */
import { VIEWS, type KringDocument, type Locale, type View } from '@kring/core';
import type { EditorMessages } from '../messages.js';
import type { KringEditorApi } from '../state/api.js';
import { EditorHost, localeOf } from './editor-host.js';
import { loadedEditor } from './editor-loader.js';
import { pictureDocument, pictureRenderer, pictureScene, pictureSvg } from './first-picture.js';
import { attachHostApi, type HostApi } from './host-api.js';
import type { EditorProps } from './mount-props.svelte.js';
import { safeMessages } from './safe-messages.js';
import { SHELL_STYLE } from './shell-style.js';

function isView(value: unknown): value is View {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

type Kind = 'string' | 'boolean' | 'object';
/** The element's inputs: property name → attribute, type, and whether the attribute follows the property. */
const INPUTS = {
  document: { attribute: 'document', kind: 'string', reflect: false },
  view: { attribute: 'view', kind: 'string', reflect: true },
  locale: { attribute: 'locale', kind: 'string', reflect: true },
  readonly: { attribute: 'readonly', kind: 'boolean', reflect: true },
  pseudonymise: { attribute: 'pseudonymise', kind: 'boolean', reflect: true },
  messages: { attribute: 'messages', kind: 'string', reflect: false },
  panels: { attribute: 'panels', kind: 'boolean', reflect: false },
  idTag: { attribute: 'id-tag', kind: 'string', reflect: false },
} as const satisfies Record<string, { attribute: string; kind: Kind; reflect: boolean }>;
type Input = keyof typeof INPUTS;
const NAMES = Object.keys(INPUTS) as Input[];
/** The inputs the first picture shows: a change before the editor starts draws it again. */
const PICTURED: ReadonlySet<Input> = new Set([
  'document',
  'view',
  'locale',
  'pseudonymise',
  'panels',
  'readonly',
]);
const BY_ATTRIBUTE = new Map<string, Input>(NAMES.map((name) => [INPUTS[name].attribute, name]));

/** What a property setter keeps, per input (a Boolean input as Svelte's custom elements read it). */
function guard(name: Input, value: unknown): unknown {
  if (INPUTS[name].kind === 'boolean') return typeof value === 'boolean' ? value : value != null;
  if (name === 'view') return isView(value) ? value : undefined;
  if (name === 'locale') return typeof value === 'string' ? value : undefined;
  if (name === 'messages') return safeMessages(value);
  return value;
}

export class KringEditorElement extends HTMLElement {
  static get observedAttributes(): string[] {
    return NAMES.map((name) => INPUTS[name].attribute);
  }

  readonly #values: Partial<Record<Input, unknown>> = {};
  readonly #hostApi: HostApi;
  #editor: EditorHost | undefined;
  #box: HTMLDivElement | undefined;
  #first: HTMLDivElement | undefined;
  #reflecting = false;
  /** Bumped on every (re)connection and document change: a picture drawn for an older one is dropped. */
  #pictureFor = 0;

  constructor() {
    super();
    this.#hostApi = attachHostApi(this);
    // Properties a host set before the element was defined shadow the accessors: take them over.
    for (const name of NAMES)
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value: unknown = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
  }

  connectedCallback(): void {
    // In a microtask (as Svelte's custom elements did): properties set in the connecting task are there.
    queueMicrotask(() => this.#connect());
  }

  disconnectedCallback(): void {
    // In a microtask: a move within the page keeps the editor.
    queueMicrotask(() => {
      if (this.isConnected || !this.#editor) return;
      // el.api stops calling this editor (and keeps its document) before it goes.
      this.#hostApi.stopped();
      this.#editor.destroy();
      this.#editor = undefined;
      this.#box?.replaceChildren();
      this.#first = undefined;
    });
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    if (this.#reflecting) return;
    const name = BY_ATTRIBUTE.get(attribute);
    if (name) this.#set(name, INPUTS[name].kind === 'boolean' ? value !== null : value);
  }

  #connect(): void {
    if (!this.isConnected || this.#editor) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!this.#box) {
      const style = document.createElement('style');
      style.textContent = SHELL_STYLE;
      this.#box = document.createElement('div');
      this.#box.className = 'kring-host';
      root.append(style, this.#box);
    }
    for (const name of NAMES) if (INPUTS[name].reflect) this.#reflect(name);
    this.#box.setAttribute('aria-busy', 'true');
    const props = this.#props();
    const picture = loadedEditor() === undefined ? this.#showFirst() : undefined;
    let startedNow: KringEditorApi | undefined;
    let editor: EditorHost | undefined = undefined;
    editor = new EditorHost(
      this.#box,
      props,
      (api) => {
        if (editor && this.#editor === editor) this.#started(api);
        else startedNow = api;
      },
      {
        document: (doc) => (this.#values.document = doc),
        view: (view) => {
          this.#values.view = view;
          this.#reflect('view');
        },
      },
      picture,
    );
    this.#editor = editor;
    // Started in the constructor (everything at hand): the host hears it now that the element holds it.
    if (startedNow) this.#started(startedNow);
  }

  /** The editor has started: it takes the first picture's place, and the host hears `kringready`. */
  #started(api: KringEditorApi): void {
    this.#first?.remove();
    this.#first = undefined;
    this.#box?.removeAttribute('aria-busy');
    this.#hostApi.started(api);
  }

  /**
   * The frame of the editor's layout, and the map's picture in it once drawn (first-picture.ts). Returns
   * when what the picture needs has loaded (settled either way).
   */
  #showFirst(): Promise<unknown> {
    const first = document.createElement('div');
    first.className = 'kring-first';
    first.setAttribute('lang', localeOf(this.#values.locale));
    const bar = document.createElement('div');
    bar.className = 'kring-first-bar kring-first-toolbar';
    // The context row's place at the top of the drawing's column (ContextRow.svelte): kept on phones and
    // touch screens, unless read-only.
    const context = this.readonly ? [] : [document.createElement('div')];
    for (const row of context) row.className = 'kring-first-bar kring-first-context';
    const body = document.createElement('div');
    body.className = 'kring-first-body';
    const main = document.createElement('div');
    main.className = 'kring-first-main';
    const stage = document.createElement('div');
    stage.className = 'kring-first-stage';
    main.append(...context, stage);
    body.append(main);
    if (this.panels) {
      const panels = document.createElement('div');
      panels.className = 'kring-first-panels';
      body.append(panels);
    }
    first.append(bar, body);
    this.#first?.remove();
    this.#first = first;
    this.#box!.append(first);
    let loaded!: () => void;
    const inputs = new Promise<void>((resolve) => (loaded = resolve));
    void this.#drawPicture(stage, loaded);
    return inputs;
  }

  /** Draws the picture into `stage`; calls `loaded` once what it needs is here (or it will not be drawn). */
  async #drawPicture(stage: HTMLElement, loaded: () => void): Promise<void> {
    const token = ++this.#pictureFor;
    const input = {
      document: this.#values.document,
      view: this.view,
      locale: localeOf(this.#values.locale),
      pseudonymise: this.pseudonymise,
    };
    const current = () => token === this.#pictureFor && this.#first?.contains(stage) === true;
    // The renderer and the picture's words are asked for at once, not after an older document's migrations.
    const renderer = pictureRenderer(input);
    renderer.catch(() => undefined); // awaited below when there is a picture to draw
    try {
      const doc = await pictureDocument(input.document);
      if (!doc || !current()) return;
      const view = await renderer;
      loaded();
      if (!current()) return;
      const scene = pictureScene(view, doc, input);
      const svg = pictureSvg(
        scene,
        doc.focus,
        stage.clientWidth,
        stage.clientHeight,
        input.locale,
        input.pseudonymise,
      );
      if (svg && current()) stage.replaceChildren(svg);
    } catch {
      // No picture: the editor shows the map (or why it cannot) when it starts.
    } finally {
      loaded();
    }
  }

  /** The editor's props from the element's inputs (and its events). */
  #props(): EditorProps {
    const v = this.#values;
    return {
      document: v.document as KringDocument | undefined,
      view: this.view,
      locale: localeOf(v.locale),
      readonly: this.readonly,
      pseudonymise: this.pseudonymise,
      messages: v.messages as EditorMessages | undefined,
      panels: this.panels,
      idTag: v.idTag as string | undefined,
      onchange: (doc, { patches, source }) => this.#emit('kringchange', { document: doc, patches, source }),
      onselectionchange: (ids) => this.#emit('kringselectionchange', { ids }),
      onerror: (detail) => this.#emit('kringerror', detail),
    };
  }

  #emit(type: string, detail: unknown): void {
    const send = () => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    // An event of the editor's start (`kringerror` of a refused first document) comes once it has started.
    if (this.#editor?.started) send();
    else queueMicrotask(send);
  }

  #set(name: Input, value: unknown): void {
    const kept = guard(name, value);
    this.#values[name] = kept;
    if (INPUTS[name].reflect && this.isConnected && this.#box) this.#reflect(name);
    const editor = this.#editor;
    if (!editor) {
      // Out of the page: the next editor reads it; el.api.getDocument() no longer answers the old one.
      if (name === 'document') this.#hostApi.documentReplaced();
      return;
    }
    const prop =
      name === 'locale'
        ? localeOf(kept)
        : name === 'view'
          ? this.view
          : name === 'panels'
            ? this.panels
            : kept;
    editor.update({ [name]: prop } as Partial<EditorProps>);
    if (!editor.started && this.#first) {
      // Before the editor starts, the picture follows what it shows.
      if (PICTURED.has(name)) void this.#showFirst();
    }
  }

  #reflect(name: Input): void {
    const value = this.#values[name];
    const attribute = INPUTS[name].attribute;
    this.#reflecting = true;
    try {
      if (INPUTS[name].kind === 'boolean') {
        if (value === true) this.setAttribute(attribute, '');
        else this.removeAttribute(attribute);
      } else {
        const shown = name === 'view' ? this.view : name === 'locale' ? this.locale : value;
        if (typeof shown === 'string') this.setAttribute(attribute, shown);
        else this.removeAttribute(attribute);
      }
    } finally {
      this.#reflecting = false;
    }
  }

  get document(): KringDocument | object | string | undefined {
    return this.#values.document as KringDocument | undefined;
  }
  set document(value: KringDocument | object | string | undefined) {
    this.#set('document', value);
  }
  get view(): View {
    return isView(this.#values.view) ? this.#values.view : 'genogram';
  }
  set view(value: View) {
    this.#set('view', value);
  }
  get locale(): Locale {
    return (this.#values.locale as Locale | undefined) ?? 'nl';
  }
  set locale(value: Locale) {
    this.#set('locale', value);
  }
  get readonly(): boolean {
    return this.#values.readonly === true;
  }
  set readonly(value: boolean) {
    this.#set('readonly', value);
  }
  get pseudonymise(): boolean {
    return this.#values.pseudonymise === true;
  }
  set pseudonymise(value: boolean) {
    this.#set('pseudonymise', value);
  }
  get messages(): EditorMessages | string | undefined {
    return this.#values.messages as EditorMessages | undefined;
  }
  set messages(value: EditorMessages | string | undefined) {
    this.#set('messages', value);
  }
  get panels(): boolean {
    return this.#values.panels !== false;
  }
  set panels(value: boolean) {
    this.#set('panels', value);
  }
  get idTag(): string | undefined {
    return this.#values.idTag as string | undefined;
  }
  set idTag(value: string | undefined) {
    this.#set('idTag', value);
  }
}
