/**
 * The messages between the editor and its layout worker (layout-worker.ts): plain data only. The worker keeps
 * its own copy of the document, brought up to date with the edits' immer patches (not a copy per edit; a
 * replaced collection as a list patch, list-patches.ts), and
 * answers with what changed in the scene since the one it sent before (scene-delta.ts), not the whole scene.
 */
import type { KringDocument, View } from '@kring/core';
import type { RenderOptions } from '@kring/scene';
import type { SentPatch } from './list-patches.js';
import type { SceneDelta } from './scene-delta.js';

export type ToWorker =
  | { type: 'document'; doc: KringDocument }
  | { type: 'patches'; patches: readonly SentPatch[] }
  | { type: 'render'; seq: number; view: View; options: RenderOptions };

export type FromWorker =
  | { type: 'scene'; seq: number; delta: SceneDelta; ms: number }
  | { type: 'failed'; seq: number; message: string };
