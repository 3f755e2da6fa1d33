/**
 * focus-generator: the library. The pure generation core (also importable alone as
 * `focus-generator/core`, e.g. in a browser), plus the Node-side run orchestrator (writers,
 * layouts, sinks) and the FOCUS validator.
 */
export * from './core/index.js';
export { runGeneration } from './io/run.js';
export type { RunOptions, RunProgress, RunResult, OutputFile } from './io/run.js';
export { validate, formatConsole, formatJson, formatJunit } from './validate/index.js';
export type { ValidationReport } from './validate/index.js';
