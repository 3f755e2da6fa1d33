/**
 * Live preview: debounced, computed in a Web Worker by the core's previewScenario (falling back to
 * POST /api/v1/preview where workers are unavailable). Stale answers are dropped by request id.
 */
import { useEffect, useRef, useState } from 'react';
import type { PreviewResult } from '../../../src/core/preview.js';
import type { Scenario } from '../../../src/core/scenario/index.js';
import { api, ApiError } from '../api/client.js';

export interface PreviewState {
  result: PreviewResult | null;
  loading: boolean;
  error: string | null;
  ms: number | null;
}

const DEBOUNCE_MS = 250;
const MAX_ROWS = 50;
/** Rows generated for the aggregates: exact for a single provider-month of the smaller profiles, bounded to a few seconds otherwise. */
const MAX_ROWS_PER_FILE = 40_000;
const MAX_ROWS_TOTAL = 48_000;

function newWorker(): Worker | null {
  try {
    return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export function usePreview(scenario: Scenario | null): PreviewState {
  const [state, setState] = useState<PreviewState>({ result: null, loading: false, error: null, ms: null });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const seq = useRef(0);

  useEffect(() => {
    worker.current = newWorker();
    return () => worker.current?.terminate();
  }, []);

  const key = scenario ? JSON.stringify(scenario) : '';
  useEffect(() => {
    if (!scenario) {
      // Invalid form: keep the last preview on screen, and let a late answer for it be ignored.
      seq.current++;
      setState((s) => ({ ...s, loading: false }));
      return;
    }
    const id = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      if (busy.current && worker.current) {
        // A superseded preview may take seconds on a big scenario: drop it rather than queue behind it.
        worker.current.terminate();
        worker.current = newWorker();
      }
      const w = worker.current;
      if (w) {
        const onMessage = (ev: MessageEvent<{ id: number; result?: PreviewResult; error?: string; ms?: number }>) => {
          if (ev.data.id !== id) return;
          w.removeEventListener('message', onMessage);
          busy.current = false;
          if (id !== seq.current) return;
          if (ev.data.result) setState({ result: ev.data.result, loading: false, error: null, ms: ev.data.ms ?? null });
          else setState((s) => ({ ...s, loading: false, error: ev.data.error ?? 'Preview failed' }));
        };
        w.addEventListener('message', onMessage);
        busy.current = true;
        w.postMessage({ id, scenario, maxRows: MAX_ROWS, maxRowsPerFile: MAX_ROWS_PER_FILE, maxRowsTotal: MAX_ROWS_TOTAL });
      } else {
        const started = performance.now();
        api
          .preview(scenario, MAX_ROWS)
          .then((result) => id === seq.current && setState({ result, loading: false, error: null, ms: Math.round(performance.now() - started) }))
          .catch((e: unknown) => id === seq.current && setState((s) => ({ ...s, loading: false, error: e instanceof ApiError ? e.message : String(e) })));
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // The scenario object is rebuilt on every render; its JSON is the real dependency.
  }, [key]);

  return state;
}
