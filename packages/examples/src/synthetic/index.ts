/**
 * Seeded synthetic documents for tests and benchmarks: families for the genogram, personal networks for the
 * sociogram and ecogram. Import from `@kring/examples/synthetic`; the example cases do not pull this in.
 */
export { syntheticFamily } from './family.js';
export { syntheticNetwork, type SyntheticNetworkOptions } from './network.js';
export { seededRandom, type SeededRandom } from './seeded-random.js';
