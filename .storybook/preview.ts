/**
 * Story defaults: a plain white canvas, the editor's lazily loaded parts, and accessibility checks (axe, WCAG 2.2 AA) that count as errors.
 */
import type { Preview } from '@storybook/svelte-vite';
import { preloadParts } from '../packages/svelte/src/lib/lazy-parts.js';

const preview: Preview = {
  // The editor's lazily loaded parts (inspector, outline, menus) before a story renders, as in a page a
  // moment after the first picture: the stories' checks see the whole editor.
  loaders: [async () => ({ parts: await preloadParts() })],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    },
  },
};
export default preview;
