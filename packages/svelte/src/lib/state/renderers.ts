/** The renderer of each view (document → scene). */
import type { View } from '@kring/core';
import type { Renderer } from '@kring/scene';
import { fallbackRenderer } from './fallback-renderer.js';

export const RENDERERS: Record<View, Renderer> = {
  genogram: fallbackRenderer('genogram'),
  ecogram: fallbackRenderer('ecogram'),
  sociogram: fallbackRenderer('sociogram'),
};
