/** Generate a scenario's files to a temp directory, one folder per dataset (the gate validates each folder). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileRows, planScenario } from '../../src/core/generate.js';
import { normalizeScenario } from '../../src/core/scenario/index.js';

export const GATE_VERSIONS = ['1.2', '1.3', '1.4'] as const;
export const GATE_PROVIDERS = ['aws', 'azure', 'gcp'] as const;
/** Datasets generated per version: 1.4 adds BillingPeriod and InvoiceDetail. */
export const GATE_DATASETS: Record<(typeof GATE_VERSIONS)[number], string[]> = {
  '1.2': ['CostAndUsage'],
  '1.3': ['CostAndUsage'],
  '1.4': ['CostAndUsage', 'BillingPeriod', 'InvoiceDetail'],
};
/**
 * Option sets covering the major options: the defaults (Greenfield, daily, every feature, natural
 * size); a multi-month monthly Large Business estate with ML focus and linear growth; an hourly
 * Enterprise estate billed in EUR with an exact row count, media mix and an anomaly.
 */
export const GATE_OPTION_SETS: Record<string, Record<string, unknown>> = {
  defaults: {},
  'monthly-large-ml-linear': {
    months: 2,
    granularity: 'monthly',
    profile: 'Large Business',
    distribution: 'ML-Focused',
    trend: { scenario: 'linear', parameters: { growthRate: 12 } },
  },
  'hourly-enterprise-eur-anomaly': {
    months: 2,
    granularity: 'hourly',
    profile: 'Enterprise',
    distribution: 'Media-Intensive',
    billingCurrency: 'EUR',
    rowCount: 6000,
    trend: { scenario: 'anomaly', parameters: { anomalyMonth: 2, anomalyMultiplier: 3 } },
  },
};

function csvCell(v: string | null): string {
  if (v === null) return '';
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export interface GeneratedSet {
  focusVersion: string;
  /** dataset name -> folder holding its CSV parts */
  folders: Map<string, string>;
}

export function generateToTemp(scenarioInput: Record<string, unknown>): GeneratedSet {
  const plan = planScenario(normalizeScenario(scenarioInput));
  const root = mkdtempSync(join(tmpdir(), 'focus-gate-'));
  const folders = new Map<string, string>();
  for (const file of plan.files) {
    const dir = join(root, file.dataset);
    mkdirSync(dir, { recursive: true });
    folders.set(file.dataset, dir);
    const lines = [file.columns.map((c) => c.name).join(',')];
    for (const row of fileRows(plan, file.index)) lines.push(row.map(csvCell).join(','));
    writeFileSync(join(dir, `${file.provider}-${file.billingPeriod}-${file.index}.csv`), lines.join('\n') + '\n');
  }
  return { focusVersion: plan.focusVersion, folders };
}
