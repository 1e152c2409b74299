/**
 * Story defaults: a plain white canvas, and accessibility checks (axe, WCAG 2.2 AA) that count as errors.
 */
import type { Preview } from '@storybook/svelte-vite';

const preview: Preview = {
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
