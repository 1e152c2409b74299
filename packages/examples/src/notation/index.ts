/** The living notation chart: every symbol and line kind of the three views, as tiny documents. */
import type { View } from '@kring/core';
import { ECOGRAM_SAMPLES } from './ecogram.js';
import { GENOGRAM_SAMPLES } from './genogram.js';
import type { NotationSample } from './sample.js';
import { SOCIOGRAM_SAMPLES } from './sociogram.js';

export type { NotationSample, SampleName } from './sample.js';
export { GENOGRAM_SAMPLES, ECOGRAM_SAMPLES, SOCIOGRAM_SAMPLES };

export const NOTATION_SAMPLES: readonly NotationSample[] = [
  ...GENOGRAM_SAMPLES,
  ...ECOGRAM_SAMPLES,
  ...SOCIOGRAM_SAMPLES,
];

export const NOTATION_SAMPLES_BY_VIEW: Readonly<Record<View, readonly NotationSample[]>> = {
  genogram: GENOGRAM_SAMPLES,
  ecogram: ECOGRAM_SAMPLES,
  sociogram: SOCIOGRAM_SAMPLES,
};

/** The sample with this slug; throws for an unknown slug (a story or doc naming a sample that is gone). */
export function notationSample(slug: string): NotationSample {
  const found = NOTATION_SAMPLES.find((s) => s.slug === slug);
  if (!found) throw new Error(`No notation sample "${slug}"`);
  return found;
}
