/** The plan document and task cards: plain data for every way of handing a plan out, and an HTML writer. */
export * from './plan-document.js';
export * from './plan-html.js';
