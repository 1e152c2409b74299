export { default as LiveRegion } from './lib/LiveRegion.svelte';
