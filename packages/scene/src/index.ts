/**
 * `@kring/scene`: the scene, what every view draws as plain data (shapes in drawing units, nodes, edges, legend),
 * and what works on scenes without a DOM: the SVG writer, privacy (initials, neutral condition labels), text
 * metrics, the palette, comparison marks and the plan document. docs/architecture.md.
 *
 * @packageDocumentation
 */
export * from './types.js';
export * from './options.js';
export * from './display-name.js';
export {
  documentForRender,
  documentForText,
  initialsInText,
  markPrivacy,
  namePartsOf,
  nameReplacer,
} from './privacy.js';
export * from './text-metrics.js';
export { PALETTE, resolveColor, type PaintToken } from './palette.js';
export * from './svg/index.js';
export * from './wrap-label.js';
export * from './shape-bounds.js';
export { extendByPath, type Extent } from './path-bounds.js';
export * from './comparison-marks.js';
export * from './plan-document/index.js';
