/// <reference lib="webworker" />
/**
 * Runs the generation core's preview off the main thread, so typing in the form never stutters.
 * The same `previewScenario` the server's /api/v1/preview calls.
 */
import { previewScenario } from '../../../src/core/preview.js';
import type { Scenario } from '../../../src/core/scenario/index.js';

export interface PreviewRequest {
  id: number;
  scenario: Scenario;
  maxRows: number;
  maxRowsPerFile: number;
  maxRowsTotal: number;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<PreviewRequest>) => {
  const { id, scenario, maxRows, maxRowsPerFile, maxRowsTotal } = ev.data;
  const started = performance.now();
  try {
    const result = previewScenario(scenario, { maxRows, maxRowsPerFile, maxRowsTotal });
    scope.postMessage({ id, result, ms: Math.round(performance.now() - started) });
  } catch (e) {
    scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
