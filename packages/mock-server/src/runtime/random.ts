/**
 * Seeded randomness: the same seed gives the same mock database in Node, in the browser and in the CLI. It is the
 * SDK's generator, the one behind the derived procedure details, so dossiers and details share one implementation.
 */
export { createRandom, hashString, type Random } from '@hcc/sdk/catalogue';
