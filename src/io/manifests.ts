/**
 * Manifests that describe finished outputs with true counts: our own manifest.json (files, rows,
 * bytes, sha256, scenario), the AWS Data Exports `<export>-Manifest.json` per billing period and
 * the Azure Cost Management export `manifest.json` per run folder (shape in DESIGN.md section 7).
 * Times come from the scenario's reference time and ids from its seed, so reruns are identical.
 */
import type { Plan, PlannedFile } from '../core/generate.js';
import type { ColumnSpec } from '../core/focus/columns.js';
import type { OutputFormat } from './formats/types.js';
import { deterministicGuid } from './ids.js';
import { GENERATOR_NAME, GENERATOR_VERSION } from './metadata.js';
import type { CostTotals } from './summary.js';

export interface ManifestFile {
  name: string;
  rows: number;
  bytes: number;
  sha256: string;
  provider?: string;
  billingPeriod?: string;
  dataset?: string;
  billedCost?: string;
  effectiveCost?: string;
}

export function runManifest(plan: Plan, createdAt: string, files: ManifestFile[], totals: CostTotals): Record<string, unknown> {
  return {
    generator: { name: GENERATOR_NAME, version: GENERATOR_VERSION },
    createdAt,
    focusVersion: plan.focusVersion,
    // Where the output went is not part of what was generated: leaving it out keeps the bytes
    // of every output identical whatever the destination or sink.
    scenario: { ...plan.scenario, output: { ...plan.scenario.output, destination: undefined } },
    files,
    totals: { files: files.length, bytes: files.reduce((a, f) => a + f.bytes, 0), ...totals },
  };
}

const AWS_TYPES = { string: 'string', decimal: 'double', datetime: 'timestamp', json: 'string' } as const;

export function awsManifest(
  plan: Plan,
  args: { exportName: string; file: PlannedFile; columns: ColumnSpec[]; format: OutputFormat; accountId: string; files: ManifestFile[]; bucketPrefix: string },
): Record<string, unknown> {
  const { exportName: name, file } = args;
  const exportId = deterministicGuid(plan.scenario.seed, 'aws-export', name);
  const parquet = args.format === 'parquet';
  return {
    version: '1.0',
    exportArn: `arn:aws:bcm-data-exports:us-east-1:${args.accountId}:export/${name}-${exportId}`,
    exportName: name,
    executionId: deterministicGuid(plan.scenario.seed, 'aws-execution', name, file.billingPeriod),
    billingPeriod: { start: file.billingPeriodStart, end: file.billingPeriodEnd },
    table: `FOCUS_${plan.focusVersion.replace('.', '_')}_AWS`,
    format: parquet ? 'PARQUET' : 'TEXT_OR_CSV',
    compression: parquet ? (plan.scenario.output.parquetCompression === 'none' ? 'NONE' : 'PARQUET') : args.format === 'csv.gz' ? 'GZIP' : 'NONE',
    numberOfFiles: args.files.length,
    totalRowCount: args.files.reduce((a, f) => a + f.rows, 0),
    totalByteCount: args.files.reduce((a, f) => a + f.bytes, 0),
    dataFiles: args.files.map((f) => args.bucketPrefix + f.name),
    files: args.files.map((f) => ({ key: args.bucketPrefix + f.name, rowCount: f.rows, byteCount: f.bytes, sha256: f.sha256 })),
    columns: args.columns.map((c) => ({ name: c.name, type: AWS_TYPES[c.type] })),
  };
}

const AZURE_DATA_VERSION: Record<string, string> = { '1.0': '1.0r2', '1.1': '1.0r2', '1.2': '1.2-preview' };

export function azureManifest(
  plan: Plan,
  args: { exportName: string; runId: string; file: PlannedFile; format: OutputFormat; submittedTime: string; subscriptionId: string; rootFolderPath: string; files: ManifestFile[] },
): Record<string, unknown> {
  const { file } = args;
  const parquet = args.format === 'parquet';
  const endInclusive = new Date(Date.parse(file.billingPeriodEnd) - 1000).toISOString().replace('.000Z', 'Z');
  return {
    manifestVersion: '2024-04-01',
    byteCount: args.files.reduce((a, f) => a + f.bytes, 0),
    blobCount: args.files.length,
    dataRowCount: args.files.reduce((a, f) => a + f.rows, 0),
    exportConfig: {
      exportName: args.exportName,
      resourceId: `/subscriptions/${args.subscriptionId}/providers/Microsoft.CostManagement/exports/${args.exportName}`,
      dataVersion: AZURE_DATA_VERSION[plan.focusVersion] ?? plan.focusVersion,
      apiVersion: '2023-07-01-preview',
      type: 'FocusCost',
      timeFrame: 'Custom',
      granularity: plan.scenario.granularity === 'monthly' ? 'Monthly' : 'Daily',
    },
    deliveryConfig: {
      partitionData: true,
      dataOverwriteBehavior: 'CreateNewReport',
      fileFormat: parquet ? 'Parquet' : 'Csv',
      compressionMode: parquet ? (plan.scenario.output.parquetCompression === 'none' ? 'None' : 'Snappy') : args.format === 'csv.gz' ? 'Gzip' : 'None',
      containerUri: `/subscriptions/${args.subscriptionId}/resourceGroups/cost-exports/providers/Microsoft.Storage/storageAccounts/focusexports`,
      rootFolderPath: args.rootFolderPath,
    },
    runInfo: {
      executionType: 'Scheduled',
      submittedTime: args.submittedTime,
      runId: args.runId,
      startDate: file.billingPeriodStart,
      endDate: endInclusive,
    },
    blobs: args.files.map((f) => ({ blobName: f.name, byteCount: f.bytes, dataRowCount: f.rows })),
  };
}
