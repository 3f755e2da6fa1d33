/**
 * The small files written after the data: FOCUS metadata documents, the anomaly ground truth,
 * the provider manifests (AWS per billing period, Azure per run folder) and our manifest.json.
 */
import { createHash } from 'node:crypto';
import { anomalyLabels, type Plan } from '../core/generate.js';
import type { OutputFormat } from './formats/types.js';
import { azureRunFolder, type OutputUnit } from './layouts.js';
import { awsManifest, azureManifest, runManifest, type ManifestFile } from './manifests.js';
import { focusMetadata } from './metadata.js';
import { sumTotals, type CostTotals } from './summary.js';
import { deterministicGuid } from './ids.js';

export interface DataFile extends ManifestFile {
  unit: OutputUnit;
  totals: CostTotals;
}

/**
 * The run's rows (every dataset) and costs (CostAndUsage only: InvoiceDetail repeats the same
 * BilledCost per invoice line, so adding it would count the spend twice).
 */
export function runTotals(data: readonly DataFile[]): CostTotals {
  return sumTotals(data.map((d) => (d.unit.dataset === 'CostAndUsage' ? d.totals : { rows: d.totals.rows, billedCost: '0', effectiveCost: '0' })));
}

export interface Doc {
  path: string;
  body: string;
  kind: 'metadata' | 'labels' | 'manifest';
}

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

function accountId(seed: number): string {
  const h = createHash('sha256').update(`aws-payer|${seed}`).digest();
  return String(100000000000 + (h.readUInt32BE(0) % 900000000000)).slice(0, 12);
}

/** Metadata documents and label files: written for every layout (inside the archive for zip). */
export function datasetDocs(plan: Plan, units: OutputUnit[], now: string, format: OutputFormat): Doc[] {
  const docs: Doc[] = [];
  const seen = new Map<string, { dataset: string; providers: Set<string>; fileIndex: number }>();
  for (const u of units) {
    const entry = seen.get(u.metadataPath) ?? { dataset: u.dataset, providers: new Set<string>(), fileIndex: u.fileIndex };
    entry.providers.add(u.provider);
    seen.set(u.metadataPath, entry);
  }
  for (const [path, e] of seen) {
    const doc = focusMetadata({
      scenario: plan.scenario,
      dataset: e.dataset,
      providers: [...e.providers].sort(),
      columns: plan.files[e.fileIndex].columns,
      creationDate: now,
      fixedDecimals: format === 'parquet' && plan.scenario.output.parquetNumbers === 'decimal',
    });
    docs.push({ path, body: json(doc), kind: 'metadata' });
  }
  const labels = anomalyLabels(plan);
  if (labels.length) docs.push({ path: 'anomalies.json', body: json({ focusVersion: plan.focusVersion, seed: plan.scenario.seed, anomalies: labels }), kind: 'labels' });
  return docs;
}

/** Provider manifests, which need the final counts of the data files they describe. */
export function providerManifests(plan: Plan, data: DataFile[], now: string, format: OutputFormat, bucketPrefix: string): Doc[] {
  const layout = plan.scenario.output.layout;
  if (layout !== 'aws-data-exports' && layout !== 'azure-exports') return [];
  const groups = new Map<string, DataFile[]>();
  for (const d of data) groups.set(d.unit.group, [...(groups.get(d.unit.group) ?? []), d]);
  const docs: Doc[] = [];
  for (const files of groups.values()) {
    const u = files[0].unit;
    const file = plan.files[u.fileIndex];
    if (layout === 'aws-data-exports') {
      const name = u.datasetDir;
      docs.push({
        path: `${name}/metadata/BILLING_PERIOD=${u.billingPeriod}/${name}-Manifest.json`,
        kind: 'manifest',
        body: json(awsManifest(plan, { exportName: name, file, columns: file.columns, format, accountId: accountId(plan.scenario.seed), files, bucketPrefix })),
      });
    } else {
      const { folder, runId, name } = azureRunFolder(plan, file);
      docs.push({
        path: `${folder}/manifest.json`,
        kind: 'manifest',
        body: json(
          azureManifest(plan, {
            exportName: name,
            runId,
            file,
            format,
            submittedTime: now,
            subscriptionId: deterministicGuid(plan.scenario.seed, 'azure-subscription'),
            rootFolderPath: bucketPrefix,
            files,
          }),
        ),
      });
    }
  }
  return docs;
}

export function manifestDoc(plan: Plan, now: string, files: ManifestFile[], data: DataFile[]): Doc {
  return { path: 'manifest.json', kind: 'manifest', body: json(runManifest(plan, now, files, runTotals(data))) };
}
