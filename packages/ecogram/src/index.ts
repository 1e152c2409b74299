// @kring/ecogram — the ecogram (eco-map) renderer: document → scene.
export { renderEcogram } from './render-ecogram.js';
