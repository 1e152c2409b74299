import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: { warningFilter: (w) => w.code !== 'options_missing_custom_element' },
};
