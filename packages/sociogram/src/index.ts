// @kring/sociogram — the sociogram (network circle) renderer: document → scene.
export { renderSociogram, SOCIOGRAM_SEED } from './render-sociogram.js';
