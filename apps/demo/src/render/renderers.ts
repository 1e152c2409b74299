/**
 * The renderer of each view (document → scene). Looked up by name so the demo builds while a renderer
 * package is still empty; a view without a renderer is reported as unavailable.
 */
import type { View } from '@kring/core';
import * as ecogram from '@kring/ecogram';
import * as genogram from '@kring/genogram';
import type { Renderer } from '@kring/scene';
import * as sociogram from '@kring/sociogram';

function pick(module: object, name: string): Renderer | undefined {
  const value = (module as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as Renderer) : undefined;
}

export function rendererFor(view: View): Renderer | undefined {
  switch (view) {
    case 'genogram':
      return pick(genogram, 'renderGenogram');
    case 'ecogram':
      return pick(ecogram, 'renderEcogram');
    case 'sociogram':
      return pick(sociogram, 'renderSociogram');
  }
}
