export * from './model/enums.js';
export * from './model/types.js';
export * from './model/partial-date.js';
export * from './model/defaults.js';
export * from './i18n/en.js';
export * from './i18n/translate.js';
export * from './queries/index.js';
