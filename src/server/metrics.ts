/**
 * Prometheus metrics. One registry per app (tests build several apps in one process).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { JobState } from '../jobs/types.js';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  rowsGenerated: Counter<'endpoint'>;
  bytesWritten: Counter<'endpoint'>;
  rateLimitRejections: Counter<'window'>;
  jobs: Gauge<'state'>;
}

export function createMetrics(jobCounts: () => Promise<Record<JobState, number>>): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'focusgen_' });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'focusgen_http_request_duration_seconds',
      help: 'HTTP request duration by method, route and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [registry],
    }),
    rowsGenerated: new Counter({
      name: 'focusgen_rows_generated_total',
      help: 'FOCUS rows generated, by endpoint (sync, stream, job)',
      labelNames: ['endpoint'],
      registers: [registry],
    }),
    bytesWritten: new Counter({
      name: 'focusgen_bytes_written_total',
      help: 'Bytes of generated output written, by endpoint',
      labelNames: ['endpoint'],
      registers: [registry],
    }),
    rateLimitRejections: new Counter({
      name: 'focusgen_rate_limit_rejections_total',
      help: 'Requests rejected by rate limiting, by the window that was exhausted',
      labelNames: ['window'],
      registers: [registry],
    }),
    jobs: new Gauge({
      name: 'focusgen_jobs',
      help: 'Jobs known to this server by state',
      labelNames: ['state'],
      registers: [registry],
      async collect() {
        const counts = await jobCounts().catch(() => undefined);
        if (!counts) return;
        for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
      },
    }),
  };
}
