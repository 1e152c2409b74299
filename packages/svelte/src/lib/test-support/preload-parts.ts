/**
 * Setup of the browser test projects: the tests drive a complete editor right after `render()`, so its
 * lazily loaded parts (lazy-parts.ts) are loaded first. In a page they arrive right after the first picture;
 * e2e/element.e2e.ts checks that the built element loads them under the strict CSP.
 */
import { beforeAll } from 'vitest';
import { preloadParts } from '../lazy-parts.js';

beforeAll(() => preloadParts());
