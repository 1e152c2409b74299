/**
 * What `mount()` and `<kring-editor>` share, without Svelte: the editor's props as the host last gave them,
 * and the editor started once everything it needs is here — its Svelte side (editor-module.ts; in the
 * code-split build a chunk, editor-loader-lazy.ts), the words of its locale (locale-tables.ts) and, for a
 * document of an older format version, the migrations (migrations-loader.ts). Where all three are at hand
 * (the single file, `@kring/svelte`, a page where they have loaded) the editor starts in the constructor.
 * Later changes wait for what they need (a locale's words, the migrations) and apply then; the newest
 * change wins over one still waiting.
 */
import type { Locale } from '@kring/core';
import type { KringEditorApi } from '../state/api.js';
import { ViewRegistry } from '../state/renderers.js';
import { loadEditor, loadedEditor, type EditorModule } from './editor-loader.js';
import { loadLocale, localeReady } from './locale-tables.js';
import { loadMigrations, needsMigrations } from './migrations-loader.js';
import type { BoundProps, EditorProps } from './mount-props.svelte.js';
import type { StartedEditor } from './editor-module.js';

/** The locale the editor shows for a `locale` prop (as the editor reads it). */
export const localeOf = (value: unknown): Locale => (value === 'en' ? 'en' : 'nl');

const VIEW_NAMES = ['genogram', 'ecogram', 'sociogram'] as const;

export class EditorHost {
  readonly #target: HTMLElement;
  readonly #bound: BoundProps;
  #props: EditorProps;
  #editor: StartedEditor | undefined;
  #started: KringEditorApi | undefined;
  #destroyed = false;
  /** The host's own `onready`. */
  #hostReady: EditorProps['onready'];
  /** Called once the editor has started (its `onready` has run and it has drawn), with its API. */
  readonly #onstart: (api: KringEditorApi) => void;
  // The latest locale and document asked for (a later update wins over one still waiting for its chunk).
  #wantedLocale: Locale;
  #wantedDocument: unknown;

  /**
   * `after`: what must load before the editor's chunk is asked for (the first picture's chunks: on a slow
   * line they would otherwise share it with the editor's, and the picture would come barely before it).
   */
  constructor(
    target: HTMLElement,
    props: EditorProps,
    onstart: (api: KringEditorApi) => void,
    bound: BoundProps = {},
    after?: Promise<unknown>,
  ) {
    this.#target = target;
    this.#bound = bound;
    this.#onstart = onstart;
    this.#hostReady = props.onready;
    this.#props = {
      ...props,
      onready: (api) => {
        this.#started = api;
        this.#hostReady?.(api);
      },
    };
    this.#wantedLocale = localeOf(props.locale);
    this.#wantedDocument = props.document;
    if (this.#startable()) this.#start(loadedEditor()!);
    else {
      if (after) void after.then(() => this.#wait());
      else this.#wait();
      // The first view's renderer loads beside the rest, not after it.
      const view = VIEW_NAMES.find((v) => v === props.view) ?? 'genogram';
      new ViewRegistry().load(view).catch(() => undefined);
    }
  }

  /** Whether the editor has started. */
  get started(): boolean {
    return this.#started !== undefined;
  }

  #first(): unknown {
    return this.#props.document ?? this.#props.initialDocument;
  }

  #startable(): boolean {
    return (
      loadedEditor() !== undefined &&
      localeReady(localeOf(this.#props.locale)) &&
      !needsMigrations(this.#first())
    );
  }

  /** Loads what the start needs (in parallel), then starts, or waits again for what a change asked for since. */
  #wait(): void {
    const first = this.#first();
    Promise.all([
      loadEditor(),
      loadLocale(localeOf(this.#props.locale)),
      needsMigrations(first) && loadMigrations(),
    ]).then(
      ([editor]) => {
        if (this.#destroyed || this.#editor) return;
        if (this.#startable()) this.#start(editor);
        else this.#wait();
      },
      // A failed load leaves the box as it is.
      () => undefined,
    );
  }

  #start(editor: EditorModule): void {
    this.#editor = editor.startEditor(this.#target, this.#props, this.#bound);
    if (this.#started) this.#onstart(this.#started);
  }

  /** Changes some props; a new locale or an older document applies once its words or the migrations are here. */
  update(next: Partial<EditorProps>): void {
    if ('locale' in next) this.#wantedLocale = localeOf(next.locale);
    if ('document' in next) this.#wantedDocument = next.document;
    const editor = this.#editor;
    if (!editor) {
      // Not started yet: the start takes the props as they are then.
      if ('onready' in next) this.#hostReady = next.onready;
      this.#props = { ...this.#props, ...next, onready: this.#props.onready };
      return;
    }
    const locale = 'locale' in next && !localeReady(this.#wantedLocale) ? this.#wantedLocale : undefined;
    const migrate = 'document' in next && needsMigrations(next.document);
    if (locale === undefined && !migrate) {
      editor.update(next);
      return;
    }
    // The locale once its words are here, an older document once the migrations are; the rest now.
    const now: Partial<EditorProps> = { ...next };
    if (locale !== undefined) delete now.locale;
    if (migrate) delete now.document;
    editor.update(now);
    const later = next.document;
    Promise.all([locale && loadLocale(locale), migrate && loadMigrations()]).then(
      () => {
        if (this.#destroyed) return;
        const apply: Partial<EditorProps> = {};
        if (locale !== undefined && this.#wantedLocale === locale) apply.locale = locale;
        if (migrate && this.#wantedDocument === later) apply.document = later;
        editor.update(apply);
      },
      () => undefined,
    );
  }

  destroy(): void {
    this.#destroyed = true;
    this.#editor?.destroy();
    this.#editor = undefined;
  }
}
