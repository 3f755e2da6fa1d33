/** focus-generator: the library. The generation core plus Node-side writers, sinks and the validator. */
export * from './core/index.js';
