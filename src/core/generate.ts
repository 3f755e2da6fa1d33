/**
 * The generation API every face and writer uses:
 *   planScenario(scenario)           -> Plan: the files to produce, their columns and exact row counts
 *   fileRows(plan, fileIndex, part?) -> the rows of one file (or of part k of n of it), streamed
 * Rows are arrays of cells in the file's column order: canonical decimal strings, timestamps
 * `YYYY-MM-DDTHH:mm:ssZ`, JSON objects as strings, null for null. Same plan + same file/part gives
 * the same cells; the parts of a file, concatenated, equal the whole file.
 */
import type { Scenario, DatasetName, FocusVersion } from './scenario/schema.js';
import type { ProviderId } from './catalogs/types.js';
import { focusColumns, type ColumnSpec } from './focus/columns.js';

export type Cell = string | null;

export interface PlannedFile {
  index: number;
  dataset: DatasetName;
  provider: ProviderId;
  /** 'YYYY-MM' */
  billingPeriod: string;
  billingPeriodStart: string;
  billingPeriodEnd: string;
  columns: ColumnSpec[];
  /** Exact number of data rows this file contains. */
  rowCount: number;
}

export interface Plan {
  scenario: Scenario;
  focusVersion: FocusVersion;
  files: PlannedFile[];
  totalRows: number;
}

export interface Part {
  /** 0-based part index. */
  index: number;
  /** Number of parts the file is split into. */
  count: number;
}

// TEMPORARY STUB: replaced by the estate/charges/projection pipeline (issue 2).
function monthStart(startMonth: string, offset: number): { ym: string; start: string; end: string } {
  const [y0, m0] = startMonth.split('-').map(Number);
  const idx = y0 * 12 + (m0 - 1) + offset;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  const ny = Math.floor((idx + 1) / 12);
  const nm = ((idx + 1) % 12) + 1;
  const p = (n: number) => String(n).padStart(2, '0');
  return { ym: `${y}-${p(m)}`, start: `${y}-${p(m)}-01T00:00:00Z`, end: `${ny}-${p(nm)}-01T00:00:00Z` };
}

export function planScenario(scenario: Scenario): Plan {
  const files: PlannedFile[] = [];
  for (const dataset of scenario.datasets) {
    for (const provider of scenario.providers) {
      for (let m = 0; m < scenario.months; m++) {
        const mo = monthStart(scenario.startMonth, m);
        files.push({
          index: files.length,
          dataset,
          provider,
          billingPeriod: mo.ym,
          billingPeriodStart: mo.start,
          billingPeriodEnd: mo.end,
          columns: focusColumns(scenario.focusVersion, dataset),
          rowCount: scenario.rowCount ?? 100,
        });
      }
    }
  }
  return { scenario, focusVersion: scenario.focusVersion, files, totalRows: files.reduce((a, f) => a + f.rowCount, 0) };
}

export function* fileRows(plan: Plan, fileIndex: number, part: Part = { index: 0, count: 1 }): Generator<Cell[]> {
  const file = plan.files[fileIndex];
  const from = Math.floor((file.rowCount * part.index) / part.count);
  const to = Math.floor((file.rowCount * (part.index + 1)) / part.count);
  for (let i = from; i < to; i++) {
    yield file.columns.map((c) =>
      c.name === 'BilledCost' || c.name === 'EffectiveCost' || c.name === 'ListCost' || c.name === 'ContractedCost'
        ? String(i % 100) + '.25'
        : c.name === 'BillingPeriodStart' || c.name === 'ChargePeriodStart'
          ? file.billingPeriodStart
          : c.name === 'BillingPeriodEnd' || c.name === 'ChargePeriodEnd'
            ? file.billingPeriodEnd
            : c.type === 'string'
              ? `${c.name}-${i % 7}`
              : null,
    );
  }
}

/** Ground truth of an injected anomaly, written beside the data so detectors can be scored. */
export interface AnomalyLabel {
  id: string;
  provider: ProviderId;
  billingPeriod: string;
  /** First and last affected charge period start (inclusive), YYYY-MM-DDTHH:mm:ssZ. */
  start: string;
  end: string;
  serviceName: string;
  resourceIds: string[];
  subAccountId: string | null;
  /** Extra EffectiveCost the anomaly adds over the expected baseline, decimal string in billing currency. */
  expectedExtraCost: string;
  kind: 'spike' | 'step' | 'runaway';
  description: string;
}

/** Anomalies planted by the scenario (empty unless trend.scenario is 'anomaly'). */
export function anomalyLabels(_plan: Plan): AnomalyLabel[] {
  return [];
}
