/**
 * Worker thread body: re-plans the scenario (planning is pure and deterministic), then encodes the
 * units it is sent, streaming bytes back to the main thread one acknowledged chunk at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { planScenario, type PlanExtras } from '../core/generate.js';
import type { Scenario } from '../core/scenario/schema.js';
import { produceUnit, type UnitJob } from './produce.js';

export type ToWorker = { type: 'unit'; id: number; job: UnitJob } | { type: 'ack'; id: number };
export type FromWorker =
  | { type: 'chunk'; id: number; chunk: Uint8Array }
  | { type: 'rows'; id: number; n: number }
  | { type: 'done'; id: number; totals: import('./summary.js').CostTotals }
  | { type: 'error'; id: number; message: string };

const port = parentPort!;
const data = workerData as { scenario: Scenario; extras?: PlanExtras };
const plan = planScenario(data.scenario, data.extras);
let ack: (() => void) | undefined;

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'ack') {
    const a = ack;
    ack = undefined;
    a?.();
    return;
  }
  const { id, job } = msg;
  const post = (m: FromWorker, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);
  produceUnit(plan, job, {
    write(chunk, release) {
      // Copy: a Buffer may be a view into a shared pool, which must never be transferred; the
      // copy is taken now, so the writer may reuse its buffer at once.
      const own = new Uint8Array(chunk);
      release?.();
      return new Promise<void>((resolve) => {
        ack = resolve;
        post({ type: 'chunk', id, chunk: own }, [own.buffer as ArrayBuffer]);
      });
    },
  }, { onRows: (n) => post({ type: 'rows', id, n }) })
    .then((totals) => post({ type: 'done', id, totals }))
    .catch((e: unknown) => post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) }));
});
