/**
 * Runs one generation in a worker thread so planning and encoding never hold the server's event
 * loop (status, SSE and other requests stay responsive while a job runs). The parent posts
 * {type:'abort'}; the thread posts progress, then done or error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runGeneration, type RunProgress } from '../io/run.js';
import type { Scenario } from '../core/scenario/schema.js';
import type { S3SinkOptions } from '../io/sinks/s3-options.js';

export type ThreadMessage =
  | { type: 'progress'; progress: RunProgress }
  | { type: 'done'; files: { name: string; rows: number; bytes: number; sha256: string; provider?: string; billingPeriod?: string; dataset?: string; kind?: string; url?: string }[]; totalRows: number; totalBytes: number }
  | { type: 'error'; aborted: boolean; name: string; message: string };

const { scenario, destination, threads, s3, presignExpiresIn } = workerData as { scenario: Scenario; destination: string; threads: number; s3?: S3SinkOptions; presignExpiresIn?: number };
const controller = new AbortController();
parentPort!.on('message', (m: { type: string }) => {
  if (m.type === 'abort') controller.abort('cancelled');
});
const post = (m: ThreadMessage) => parentPort!.postMessage(m);

runGeneration(scenario, { destination, signal: controller.signal, workers: threads, s3, presignExpiresIn, onProgress: (progress) => post({ type: 'progress', progress }) }).then(
  (r) => {
    post({
      type: 'done',
      files: r.files.map((f) => ({ name: f.name, rows: f.rows, bytes: f.bytes, sha256: f.sha256, provider: f.provider, billingPeriod: f.billingPeriod, dataset: f.dataset, kind: f.kind, url: f.url })),
      totalRows: r.totalRows,
      totalBytes: r.totalBytes,
    });
    parentPort!.close();
  },
  (err: Error) => {
    post({ type: 'error', aborted: controller.signal.aborted, name: err?.name ?? 'Error', message: err?.message ?? String(err) });
    parentPort!.close();
  },
);
