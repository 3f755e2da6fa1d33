/**
 * Where each file of a run goes, per layout:
 *   flat              <provider>-focus-<YYYY-MM>.<ext>  (seed naming; -part-NNNNN when split)
 *   zip               the flat names inside one archive, plus manifest.json
 *   hive              <dataset>/billing_period=YYYY-MM/provider=<p>/part-NNNNN.<ext>
 *   aws-data-exports  <export>/data/BILLING_PERIOD=YYYY-MM/<export>-NNNNN.<ext>
 *   azure-exports     <export>/<YYYYMMDD-YYYYMMDD>/<yyyyMMddHHmm>/<run-guid>/part_0_NNNN.<ext>
 */
import type { Part, Plan, PlannedFile } from '../core/generate.js';
import type { Scenario } from '../core/scenario/schema.js';
import { formatExtension, type OutputFormat } from './formats/types.js';
import { deterministicGuid, referenceTime } from './ids.js';

export type LayoutName = Scenario['output']['layout'];

export interface OutputUnit {
  /** Path relative to the destination root (inside the archive for zip). */
  path: string;
  fileIndex: number;
  part: Part;
  provider: string;
  billingPeriod: string;
  dataset: string;
  /** Folder that holds this unit's dataset. */
  datasetDir: string;
  /** Where the FOCUS metadata document describing this unit's columns goes (one per provider and dataset). */
  metadataPath: string;
  /** Provider-layout grouping: one export manifest per group. */
  group: string;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const kebab = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

export function exportName(scenario: Scenario, provider: string): string {
  const base = scenario.output.exportName ?? 'focus-export';
  return scenario.providers.length > 1 ? `${base}-${provider}` : base;
}

/** `20250101-20250131`: Azure names a run folder by the first and last day it covers. */
export function azureDateRange(f: PlannedFile): string {
  const start = f.billingPeriodStart.slice(0, 10).replace(/-/g, '');
  const endMs = Date.parse(f.billingPeriodEnd) - 86_400_000;
  const end = new Date(endMs).toISOString().slice(0, 10).replace(/-/g, '');
  return `${start}-${end}`;
}

/** `yyyyMMddHHmm` of the run's reference time. */
export function azureRunStamp(plan: Plan): string {
  return referenceTime(plan).replace(/[-T:]/g, '').slice(0, 12);
}

export function azureRunFolder(plan: Plan, f: PlannedFile): { folder: string; runId: string; name: string } {
  // One export per dataset, as Cost Management configures them (the cost export keeps the plain name).
  const base = exportName(plan.scenario, f.provider);
  const name = f.dataset === 'CostAndUsage' ? base : `${base}-${kebab(f.dataset)}`;
  const range = azureDateRange(f);
  const runId = deterministicGuid(plan.scenario.seed, 'azure-run', name, f.dataset, range);
  return { folder: `${name}/${range}/${azureRunStamp(plan)}/${runId}`, runId, name };
}

export function zipArchiveName(plan: Plan): string {
  const periods = plan.files.map((f) => f.billingPeriod).sort();
  const span = periods[0] === periods[periods.length - 1] ? periods[0] : `${periods[0]}_${periods[periods.length - 1]}`;
  return `focus-${plan.scenario.providers.join('-')}-${span}.zip`;
}

export function layoutUnits(plan: Plan, format: OutputFormat, partCounts: number[]): OutputUnit[] {
  const { scenario } = plan;
  const layout = scenario.output.layout;
  const compression = scenario.output.parquetCompression;
  const units: OutputUnit[] = [];
  for (const f of plan.files) {
    const count = partCounts[f.index] ?? 1;
    for (let k = 0; k < count; k++) {
      const common = { fileIndex: f.index, part: { index: k, count }, provider: f.provider, billingPeriod: f.billingPeriod, dataset: f.dataset };
      switch (layout) {
        case 'flat':
        case 'zip': {
          const base = f.dataset === 'CostAndUsage' ? `${f.provider}-focus-${f.billingPeriod}` : `${f.provider}-focus-${kebab(f.dataset)}-${f.billingPeriod}`;
          const part = count > 1 ? `-part-${pad(k + 1, 5)}` : '';
          const meta = f.dataset === 'CostAndUsage' ? `${f.provider}-focus-metadata.json` : `${f.provider}-focus-${kebab(f.dataset)}-metadata.json`;
          units.push({ ...common, path: `${base}${part}.${formatExtension(format, compression)}`, datasetDir: '', metadataPath: meta, group: '' });
          break;
        }
        case 'hive': {
          const dir = `${f.dataset}/billing_period=${f.billingPeriod}/provider=${f.provider}`;
          const meta = `${f.dataset}/focus-metadata-${f.provider}.json`;
          units.push({ ...common, path: `${dir}/part-${pad(k, 5)}.${formatExtension(format, compression)}`, datasetDir: f.dataset, metadataPath: meta, group: '' });
          break;
        }
        case 'aws-data-exports': {
          const name = exportName(scenario, f.provider);
          const dsName = f.dataset === 'CostAndUsage' ? name : `${name}-${kebab(f.dataset)}`;
          const dir = `${dsName}/data/BILLING_PERIOD=${f.billingPeriod}`;
          units.push({ ...common, path: `${dir}/${dsName}-${pad(k + 1, 5)}.${formatExtension(format, compression, true)}`, datasetDir: dsName, metadataPath: `${dsName}/focus-metadata.json`, group: `${dsName}|${f.billingPeriod}` });
          break;
        }
        case 'azure-exports': {
          const { folder } = azureRunFolder(plan, f);
          units.push({ ...common, path: `${folder}/part_0_${pad(k + 1, 4)}.${formatExtension(format, compression, true)}`, datasetDir: folder, metadataPath: `${folder}/focus-metadata.json`, group: folder });
          break;
        }
      }
    }
  }
  return units;
}
