/**
 * `@hcc/sdk`: the typed client of the hcc public API, and the domain helpers every integrator needs —
 * Vietnamese text folding, dossier codes, the working-day calendar and the on-time rules.
 * The procedure search engine is its own entry point, `@hcc/sdk/search`.
 */
export * from './client/index.js';
export * from './domain/index.js';
export * from './text/index.js';
export { PROBLEM_BASE, problem, problems } from './problems/index.js';
