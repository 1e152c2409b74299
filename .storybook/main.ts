/**
 * Storybook for the Kring editor, its panels and the living notation chart (stories live beside the
 * components in packages/svelte/src, notation-chart stories in packages/svelte/src/stories).
 * `pnpm storybook` serves it on port 6006; `pnpm build:storybook` writes the static build to storybook-static/,
 * which e2e/storybook/stories.e2e.ts opens story by story.
 */
import type { StorybookConfig } from '@storybook/svelte-vite';

// Kring sends nothing anywhere, and neither may its tooling: with telemetry on, storybook build makes DNS
// lookups (and takes twice as long); this variable plus core.disableTelemetry leave it with no connections.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../packages/svelte/src/**/*.stories.@(ts|svelte)'],
  addons: ['@storybook/addon-svelte-csf', '@storybook/addon-a11y'],
  // No svelte-docgen: it costs most of the build (pitfall 18); the stories declare the argTypes they need.
  framework: { name: '@storybook/svelte-vite', options: { docgen: false } },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  async viteFinal(config) {
    const { svelte } = await import('@sveltejs/vite-plugin-svelte');
    // Prepend: vite-plugin-svelte must run before storybook's svelte-docgen plugin (pitfall 16).
    return {
      ...config,
      plugins: [svelte(), ...(config.plugins ?? [])],
      // The iframe bundle holds the whole editor plus storybook's runtime; a large chunk is expected here.
      build: { ...config.build, chunkSizeWarningLimit: 4096 },
    };
  },
};
export default config;
