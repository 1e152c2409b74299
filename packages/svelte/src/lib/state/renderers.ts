/** The renderer of each view (document → scene). */
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
