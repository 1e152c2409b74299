/**
 * `mount(element, options)`: the editor in any page or framework without Svelte and without a custom
 * element. Returns `{ update, destroy, api, ready }`; `update` changes props in place, `destroy` removes the
 * editor with all its listeners.
 */
import { idTagProblem, VIEWS, type Locale } from '@kring/core';
import { flushSync, mount as svelteMount, unmount } from 'svelte';
import KringEditor from './lib/KringEditor.svelte';
import { forwardingApi } from './lib/element/forwarding-api.js';
import { loadLocale, localeReady } from './lib/element/locale-tables.js';
import { loadMigrations, needsMigrations } from './lib/element/migrations-loader.js';
import { reactiveProps, type EditorProps } from './lib/element/mount-props.svelte.js';
import { ViewRegistry } from './lib/state/renderers.js';
import type { KringEditorOptions, MountedEditor } from './element-types.js';

/** The options of `mount()`: the editor's props (derived from `KringEditorProps` in element-types.ts). */
export type MountOptions = KringEditorOptions;
export type { MountedEditor };

// Every prop of the editor is a mount option: KringEditorOptions must keep every prop of KringEditor.
type Unlisted = Exclude<keyof EditorProps, keyof KringEditorOptions>;
const everyPropListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyPropListed;
// …with a type that accepts every value the prop accepts (e.g. each tab of `panel`).
type Narrower = {
  [K in keyof EditorProps & keyof KringEditorOptions]-?: [Required<EditorProps>[K]] extends [
    Required<KringEditorOptions>[K],
  ]
    ? never
    : K;
}[keyof EditorProps & keyof KringEditorOptions];
const everyValueAccepted: [Narrower] extends [never] ? true : Narrower = true;
void everyValueAccepted;

/** Throws for an `idTag` that is not an id tag (the component would only log it): before anything changes. */
function checkIdTag(options: Partial<MountOptions>): void {
  if (!('idTag' in Object(options)) || options.idTag === undefined) return;
  const problem = idTagProblem(options.idTag);
  if (problem !== undefined) throw new RangeError(`mount(): ${problem}`);
}

/** The locale the editor shows for a `locale` option (as the editor reads it). */
const localeOf = (value: unknown): Locale => (value === 'en' ? 'en' : 'nl');

/**
 * Starts the editor inside `target` (which it fills; give it a height) with `options` as its props, and
 * returns `{ update, destroy, api, ready }`. A document the reader refuses shows the error panel and calls
 * `onerror`: it never throws for that. Throws only when the editor could not start at all, or a `RangeError`
 * for an `idTag` that is not an id tag (also from `update`, which then changes nothing).
 *
 * The editor starts at once, and `api` works on return, wherever the words of its locale are at hand: the
 * single file, `@kring/svelte`, or a locale loaded before. In the code-split `@kring/svelte/element` each
 * locale's words are a chunk: the first `mount()` of a locale starts the editor once they have loaded (in
 * parallel with the first view's renderer), and `ready` resolves then; `api` throws until it has.
 *
 * @example
 * ```ts
 * import { mount } from '@kring/svelte/element';
 *
 * const editor = mount(document.getElementById('box')!, { initialDocument: doc, locale: 'en', onchange: save });
 * (await editor.ready).fit();
 * editor.update({ locale: 'nl' });
 * editor.destroy();
 * ```
 */
export function mount(target: HTMLElement, options: MountOptions = {}): MountedEditor {
  checkIdTag(options);
  const forward = forwardingApi('mount()', 'ready');
  // The latest locale and document asked for (a later update wins over one still waiting for its chunk).
  let wantedLocale = localeOf(options.locale);
  let wantedDocument = options.document;
  let component: ReturnType<typeof svelteMount> | undefined;
  let destroyed = false;
  let started = false;
  const { props, update } = reactiveProps({
    ...options,
    onready: (a) => {
      started = true;
      forward.forwardTo(a);
      options?.onready?.(a);
    },
  });
  const start = (): void => {
    if (destroyed || component) return;
    component = svelteMount(KringEditor, { target, props });
    flushSync();
  };
  const first = options.document ?? options.initialDocument;
  if (localeReady(wantedLocale) && !needsMigrations(first)) {
    start();
    if (!started) throw new Error('The Kring editor did not start.');
  } else {
    // The words, the migrations an older document needs and the first view's renderer load in parallel; a
    // failed load leaves the box empty.
    Promise.all([loadLocale(wantedLocale), needsMigrations(first) && loadMigrations()]).then(
      start,
      () => undefined,
    );
    const view = VIEWS.find((v) => v === options.view) ?? 'genogram';
    new ViewRegistry().load(view).catch(() => undefined);
  }
  return {
    update(next) {
      checkIdTag(next);
      if ('locale' in next) wantedLocale = localeOf(next.locale);
      if ('document' in next) wantedDocument = next.document;
      const locale = 'locale' in next && !localeReady(wantedLocale) ? wantedLocale : undefined;
      const migrate = 'document' in next && needsMigrations(next.document);
      if (locale === undefined && !migrate) {
        update(next);
        flushSync();
        return;
      }
      // The locale once its words are here, an older document once the migrations are; the rest now.
      const now: Partial<MountOptions> = { ...next };
      if (locale !== undefined) delete now.locale;
      if (migrate) delete now.document;
      update(now);
      flushSync();
      const later = { locale, document: next.document };
      Promise.all([locale && loadLocale(locale), migrate && loadMigrations()]).then(
        () => {
          if (destroyed) return;
          const apply: Partial<MountOptions> = {};
          if (locale !== undefined && wantedLocale === locale) apply.locale = locale;
          if (migrate && wantedDocument === later.document) apply.document = later.document;
          update(apply);
          flushSync();
        },
        () => undefined,
      );
    },
    destroy() {
      destroyed = true;
      if (component) void unmount(component);
    },
    api: forward.api,
    ready: forward.ready,
  };
}
