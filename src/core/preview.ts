/**
 * Preview: the first rows of a small generation plus aggregates for charts and KPIs, computed
 * from real generated rows. Pure, so the web UI can run it in a Web Worker and the server in
 * /api/v1/preview. (Contract; the web UI issue fills in the aggregates.)
 */
import type { Scenario } from './scenario/schema.js';
import type { Cell } from './generate.js';

export interface PreviewOptions {
  /** Rows returned in `rows` (default 50). */
  maxRows?: number;
  /** Cap on rows generated per file for the aggregates (default 20000). */
  maxRowsPerFile?: number;
}

export interface PreviewResult {
  columns: string[];
  rows: Cell[][];
  /** Aggregates for charts: by day, month, provider, category, service, commitment, anomalies; and KPIs. */
  aggregates: Record<string, unknown>;
  totalRows: number;
}

export function previewScenario(_scenario: Scenario, _options: PreviewOptions = {}): PreviewResult {
  return { columns: [], rows: [], aggregates: {}, totalRows: 0 };
}
