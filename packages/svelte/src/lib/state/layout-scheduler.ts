/**
 * Where a scene is laid out. Small maps render synchronously on the main thread (EditorState's `scene`);
 * large ones go here, off the critical path:
 * - in the layout worker (layout-worker.ts) when one can be created: the main thread stays responsive. The
 *   worker keeps its own copy of the document; edits reach it as the history's immer patches, a whole
 *   document only when the chain of patches does not lead from its copy to the wanted document;
 * - otherwise on the main thread in slices: a view renders in phases (renderers.ts), with a task boundary
 *   (after a frame, so that the progress indicator is painted) before each phase.
 * One job runs at a time; while it runs, only the newest wanted job waits (older ones are never started),
 * and a result whose job is no longer the newest is dropped (sequence numbers). The worker answers with the
 * change from the scene it sent before (scene-delta.ts): every answer, a dropped one too, is applied to the
 * copy of that scene kept here, so unchanged nodes and lines keep their objects from one scene to the next.
 *
 * Which maps are large is measured: a view whose last render took longer than SYNC_MAX_MS goes off the main
 * thread; before a first measurement, a document of more than OFF_MAIN_ENTITIES entities does; a document of
 * at most SYNC_ENTITIES entities never does. A view laid out off the main thread comes back only when a render
 * there took at most half of SYNC_MAX_MS, and never while its last render on the main thread took longer than
 * SYNC_MAX_MS (until the document is replaced): the time there is the layout alone, while the same render on
 * the main thread also hands the canvas a whole new scene to compare, and runs colder code (traced at 5,000
 * persons, loaded machine: a render the worker reported under 50 ms took a 120–170 ms task there). Without
 * that, a map near the threshold went back and forth: one edit in three or four was laid out twice.
 */
import { COLLECTIONS, type ChangeInfo, type KringDocument, type View } from '@kring/core';
import type { RenderOptions, Scene } from '@kring/scene';
import type { FromWorker, ToWorker } from './layout-protocol.js';
import { compactPatches, type SentPatch } from './list-patches.js';
import { applySceneDelta } from './scene-delta.js';
import type { ViewRegistry } from './renderers.js';

type Patch = ChangeInfo['patches'][number];

/** A render longer than this (ms) blocks input for several frames: later renders of the view go off the main thread. */
export const SYNC_MAX_MS = 50;
/** A view laid out off the main thread comes back to it when a render there took at most this part of SYNC_MAX_MS. */
export const BACK_TO_MAIN = 0.5;
/** Documents with more entities than this open off the main thread (before a render of theirs was measured). */
export const OFF_MAIN_ENTITIES = 2_000;
/** Documents this small always render synchronously, however slow the machine (no worker for a family of 12). */
export const SYNC_ENTITIES = 500;
/** Patch steps kept for the worker's copy; beyond, the worker gets the whole document again. */
const MAX_STEPS = 500;

/** When a render goes off the main thread (SYNC_MAX_MS and OFF_MAIN_ENTITIES by default). */
export interface Thresholds {
  syncMaxMs: number;
  offMainEntities: number;
  syncEntities: number;
}

let defaults: Thresholds = {
  syncMaxMs: SYNC_MAX_MS,
  offMainEntities: OFF_MAIN_ENTITIES,
  syncEntities: SYNC_ENTITIES,
};

/**
 * Changes the thresholds of schedulers made from now on without their own. For test setups: the browser tests
 * of other parts expect every map drawn synchronously (test-support/preload-views.ts).
 */
export function setDefaultThresholds(thresholds: Thresholds): void {
  defaults = thresholds;
}

export interface LayoutJob {
  doc: KringDocument;
  view: View;
  options: RenderOptions;
}

export interface LayoutResult {
  job: LayoutJob;
  scene: Scene;
  /** How long the render took where it ran (ms). */
  ms: number;
}

export function entityCount(doc: KringDocument): number {
  let count = 0;
  for (const name of COLLECTIONS) count += (doc[name] as readonly unknown[]).length;
  return count;
}

/** A task boundary after the next frame: what was drawn before is painted, input gets its turn. */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const next = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(next);
    else next();
  });
}

export class LayoutScheduler {
  readonly #views: ViewRegistry;
  readonly #done: (result: LayoutResult) => void;
  readonly #createWorker: () => Worker | undefined;
  readonly #thresholds: Thresholds;
  /** undefined: not tried yet; null: none (cannot be created, or it failed). */
  #worker: Worker | null | undefined;
  /** The scene the worker sent last (its next answer is the change from this one). */
  #workerScene: Scene | undefined;
  /** The document the worker holds once the messages posted so far are handled. */
  #workerDoc: KringDocument | undefined;
  /** Edits since (patch steps), for bringing the worker's copy up to date. */
  #steps: { from: KringDocument; to: KringDocument; patches: readonly Patch[] }[] = [];
  #seq = 0;
  #running: { seq: number; job: LayoutJob } | null = null;
  #waiting: LayoutJob | null = null;
  /** The last measured render time per view (ms), and whether it was measured off the main thread. */
  readonly #measured = new Map<View, { ms: number; offMain: boolean }>();
  /** The views whose last render on the main thread took longer than the threshold (since the last document). */
  readonly #slowHere = new Set<View>();
  #destroyed = false;

  constructor(
    views: ViewRegistry,
    done: (result: LayoutResult) => void,
    createWorker: () => Worker | undefined,
    thresholds: Thresholds = defaults,
  ) {
    this.#views = views;
    this.#done = done;
    this.#createWorker = createWorker;
    this.#thresholds = thresholds;
  }

  /** Whether `job` should be laid out here rather than synchronously. */
  offMainThread(job: LayoutJob): boolean {
    const { syncMaxMs, offMainEntities, syncEntities } = this.#thresholds;
    const entities = entityCount(job.doc);
    if (entities <= syncEntities) return false;
    const last = this.#measured.get(job.view);
    if (last === undefined) return entities > offMainEntities;
    if (!last.offMain) return last.ms > syncMaxMs;
    return last.ms > syncMaxMs * BACK_TO_MAIN || this.#slowHere.has(job.view);
  }

  /** Records how long a synchronous render of `view` on the main thread took. */
  measured(view: View, ms: number): void {
    this.#measured.set(view, { ms, offMain: false });
    if (ms > this.#thresholds.syncMaxMs) this.#slowHere.add(view);
    else this.#slowHere.delete(view);
  }

  /** The document was replaced: how slow the main thread was with the one before says nothing about it. */
  noteReplaced(): void {
    this.#slowHere.clear();
  }

  /** Whether a worker does the work (false before the first job and where none can be created). */
  get usesWorker(): boolean {
    return this.#worker instanceof Object;
  }

  /** An edit of the document (the history's patches from `from` to `to`), for the worker's copy. */
  noteChange(from: KringDocument, to: KringDocument, patches: readonly Patch[]): void {
    if (this.#worker === null) return;
    this.#steps.push({ from, to, patches });
    if (this.#steps.length > MAX_STEPS) this.#steps = [];
  }

  /** Asks for the scene of `job` (again asking for the running or waiting job changes nothing). */
  want(job: LayoutJob): void {
    if (this.#destroyed || this.#running?.job === job || this.#waiting === job) return;
    if (this.#running) this.#waiting = job;
    else this.#start(job);
  }

  destroy(): void {
    this.#destroyed = true;
    this.#worker?.terminate();
    this.#worker = null;
  }

  #start(job: LayoutJob): void {
    const seq = ++this.#seq;
    this.#running = { seq, job };
    if (this.#worker === undefined) this.#worker = this.#spawn();
    if (this.#worker) this.#post(this.#worker, seq, job);
    else void this.#slices(seq, job);
  }

  #spawn(): Worker | null {
    const worker = this.#createWorker();
    if (!worker) return null;
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.#answer(event.data));
    // A worker that cannot load (a CSP without worker-src 'self', a missing file) or crashes: slices from now on.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#abandonWorker();
    });
    return worker;
  }

  #post(worker: Worker, seq: number, job: LayoutJob): void {
    const patches = this.#patchesTo(job.doc);
    const messages: ToWorker[] = [];
    if (patches === undefined) messages.push({ type: 'document', doc: job.doc });
    else if (patches.length > 0) messages.push({ type: 'patches', patches });
    messages.push({ type: 'render', seq, view: job.view, options: job.options });
    for (const message of messages) worker.postMessage(message);
    this.#workerDoc = job.doc;
  }

  /** The patches that bring the worker's copy to `doc`, or undefined when it needs the whole document. */
  #patchesTo(doc: KringDocument): SentPatch[] | undefined {
    if (this.#workerDoc === doc) {
      this.#steps = [];
      return [];
    }
    const start = this.#steps.findIndex((s) => s.from === this.#workerDoc);
    if (this.#workerDoc === undefined || start < 0) {
      this.#steps = [];
      return undefined;
    }
    const patches: SentPatch[] = [];
    for (let i = start; i < this.#steps.length; i++) {
      const step = this.#steps[i]!;
      for (const patch of compactPatches(step.from, step.patches)) patches.push(patch);
      if (step.to === doc) {
        this.#steps = this.#steps.slice(i + 1);
        return patches;
      }
    }
    this.#steps = [];
    return undefined;
  }

  #answer(message: FromWorker): void {
    // The job this answers, when it is still the running one.
    const running = this.#running?.seq === message.seq ? this.#running : null;
    if (message.type === 'scene') {
      // Applied even when stale: the worker's next delta is made from this scene.
      const scene = applySceneDelta(this.#workerScene, message.delta);
      this.#workerScene = scene;
      if (running) this.#finish(running.job, scene, message.ms);
    } else if (running) {
      // The renderer failed on this document: the main thread tries, and reports what it throws there.
      this.#running = null;
      void this.#slices(++this.#seq, running.job);
    }
  }

  #finish(job: LayoutJob, scene: Scene, ms: number): void {
    this.#running = null;
    this.#measured.set(job.view, { ms, offMain: true });
    const next = this.#waiting;
    this.#waiting = null;
    if (next) this.#start(next);
    // Stale when a newer job was wanted meanwhile: dropped.
    else if (!this.#destroyed) this.#done({ job, scene, ms });
  }

  #abandonWorker(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#workerDoc = undefined;
    this.#workerScene = undefined;
    this.#steps = [];
    const running = this.#running;
    if (running) {
      this.#running = null;
      this.#start(running.job);
    }
  }

  async #slices(seq: number, job: LayoutJob): Promise<void> {
    this.#running = { seq, job };
    const stale = () => this.#destroyed || this.#running?.seq !== seq || this.#waiting !== null;
    let ms = 0;
    try {
      await pause();
      if (stale()) return this.#skip(seq);
      const view = await this.#views.load(job.view);
      const phases = view.phases(job.doc, job.options);
      for (;;) {
        const start = performance.now();
        const step = phases.next();
        ms += performance.now() - start;
        if (step.done) return this.#finish(job, step.value, ms);
        await pause();
        if (stale()) return this.#skip(seq);
      }
    } catch (error) {
      this.#skip(seq);
      throw error;
    }
  }

  /** A slice run given up for a newer job: that one starts. */
  #skip(seq: number): void {
    if (this.#running?.seq !== seq) return;
    this.#running = null;
    const next = this.#waiting;
    this.#waiting = null;
    if (next && !this.#destroyed) this.#start(next);
  }
}
