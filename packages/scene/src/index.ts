export * from './types.js';
export * from './options.js';
export * from './display-name.js';
export * from './text-metrics.js';
export * from './palette.js';
export * from './svg/index.js';
export * from './wrap-label.js';
export * from './shape-bounds.js';
