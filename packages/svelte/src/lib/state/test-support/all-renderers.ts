/** Every view's renderer, loaded at once (tests and stories; the editor loads each view on first use). */
import type { View } from '@kring/core';
import { renderEcogram } from '@kring/ecogram';
import { renderGenogram } from '@kring/genogram';
import type { Renderer } from '@kring/scene';
import { renderSociogram } from '@kring/sociogram';

export const RENDERERS: Record<View, Renderer> = {
  genogram: renderGenogram,
  ecogram: renderEcogram,
  sociogram: renderSociogram,
};
