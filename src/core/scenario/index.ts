export * from './schema.js';
export * from './errors.js';
export { normalizeScenario, mapSeedNames, scenarioJsonSchema, zodIssues } from './normalize.js';
