/**
 * FOCUS validator: checks a FOCUS file, folder of parts or glob (CSV, CSV.gz, Parquet) against the
 * official requirements model of its version, plus dataset-level checks the model leaves as prose.
 *
 *   const report = await validate({ paths: ['out/aws-focus-2025-01.csv'] }, { criteria: 'ALL' });
 *   report.ok; formatConsole(report); formatJson(report); formatJunit(report)
 */
import { buildPlan } from './plan.js';
import { resolveCriteria, withDatasetCriteria } from './criteria.js';
import { ValidationInputError } from './errors.js';
import { runExtraChecks } from './extra-checks.js';
import { runRules } from './engine.js';
import { OFFICIAL_NULL_TOKENS, expandInputs, loadDataset, type LoadedTable } from './load.js';
import { assertVersionHasModel, columnTypes, loadModel, resolveModelPath } from './model.js';
import type { SqlContext } from './sql-context.js';
import type { DatasetName, RuleResult, Semantics, ValidationReport, ValidationSummary } from './types.js';

export interface ValidateInput {
  /** Files, folders of parts, or globs; all parts form one dataset. */
  paths: string[];
}

export interface ValidateOptions {
  /** FOCUS version; inferred from the columns when omitted. */
  focusVersion?: string;
  dataset?: DatasetName;
  /** Path of a `model-<version>.json`; default: FOCUS_MODELS_DIR, ../shared/focus-models, ~/.cache/focusgen/models. */
  model?: string;
  semantics?: Semantics;
  /** 'ALL', a list of criteria names, or omitted for universally applicable rules only. */
  criteria?: 'ALL' | string[];
  /** Violating rows shown per failing rule (default 5). */
  sampleLimit?: number;
  /** InvoiceDetail files (1.4) to reconcile CostAndUsage BilledCost against. */
  invoiceDetail?: string[];
}

export const DATASETS: readonly DatasetName[] = ['CostAndUsage', 'ContractCommitment', 'BillingPeriod', 'InvoiceDetail'];
export const SEMANTICS: readonly Semantics[] = ['spec', 'official'];

/** The dataset a set of columns looks like. */
export function inferDataset(columns: Iterable<string>): DatasetName {
  const cols = new Set(columns);
  if (cols.has('InvoiceIssueStatus') || cols.has('InvoiceDetailGrain')) return 'InvoiceDetail';
  if (cols.has('ChargeCategory')) return 'CostAndUsage';
  if (cols.has('BillingPeriodStatus')) return 'BillingPeriod';
  if (cols.has('ContractCommitmentId')) return 'ContractCommitment';
  return 'CostAndUsage';
}

/** The FOCUS version a set of columns looks like (CostAndUsage columns; 1.4-only datasets are 1.4). */
export function inferFocusVersion(columns: Iterable<string>, dataset: DatasetName): string {
  const cols = new Set(columns);
  if (dataset === 'BillingPeriod' || dataset === 'InvoiceDetail') return '1.4';
  if (dataset === 'ContractCommitment') return cols.has('ContractCommitmentPaymentModel') || cols.has('ServiceProviderName') ? '1.4' : '1.3';
  if (cols.has('ServiceProviderName') || cols.has('HostProviderName')) {
    return cols.has('ProviderName') || cols.has('PublisherName') ? '1.3' : '1.4';
  }
  if (cols.has('InvoiceId') || cols.has('BillingAccountType') || cols.has('SubAccountType') || cols.has('PricingCurrency')) return '1.2';
  if (cols.has('ServiceSubcategory') || cols.has('SkuPriceDetails') || cols.has('CapacityReservationId')) return '1.1';
  return '1.0';
}

function summarize(rules: RuleResult[], extra: ValidationReport['extraChecks']): ValidationSummary {
  const leaves = rules.filter((r) => !r.composite);
  const n = (s: RuleResult['status']) => leaves.filter((r) => r.status === s).length;
  return {
    rules: leaves.length,
    passed: n('passed'),
    failed: n('failed'),
    warnings: n('warning'),
    skipped: n('skipped'),
    notApplicable: n('not-applicable'),
    notExecutable: n('not-executable'),
    modelDefect: n('model-defect'),
    extraPassed: extra.filter((e) => e.status === 'passed').length,
    extraFailed: extra.filter((e) => e.status === 'failed').length,
    extraNotCheckable: extra.filter((e) => e.status === 'not-checkable').length,
  };
}

export async function validate(input: ValidateInput, options: ValidateOptions = {}): Promise<ValidationReport> {
  const started = performance.now();
  const semantics = options.semantics ?? 'spec';
  if (!SEMANTICS.includes(semantics)) throw new ValidationInputError(`unknown semantics "${semantics}"; allowed: spec, official`);
  if (options.dataset && !DATASETS.includes(options.dataset)) {
    throw new ValidationInputError(`unknown dataset "${options.dataset}"; allowed: ${DATASETS.join(', ')}`);
  }
  if (options.focusVersion) assertVersionHasModel(options.focusVersion, options.model);
  expandInputs(input.paths); // fail fast on missing inputs before starting DuckDB
  const table: LoadedTable = await loadDataset(input.paths, { nullTokens: semantics === 'official' ? OFFICIAL_NULL_TOKENS : [''] });
  try {
    const columns = [...table.columns.keys()];
    const dataset = options.dataset ?? inferDataset(columns);
    const focusVersion = options.focusVersion ?? inferFocusVersion(columns, dataset);
    const model = loadModel(resolveModelPath(focusVersion, options.model));
    if (!options.model && model.focusVersion && model.focusVersion !== focusVersion) {
      throw new ValidationInputError(`model ${model.path} describes FOCUS ${model.focusVersion}, not ${focusVersion}`);
    }
    const criteria = withDatasetCriteria(model, dataset, resolveCriteria(model, options.criteria));
    const plan = buildPlan(model, dataset, criteria, semantics);
    const ids = plan.order.map((r) => r.id);
    const focusColumns = new Set<string>();
    for (const r of plan.order) {
      const req = r.ValidationCriteria.Requirement;
      if (req.CheckFunction === 'ColumnPresent' && typeof req.ColumnName === 'string') focusColumns.add(req.ColumnName);
      // presence rules without a check (Dynamic) still name their column; so do column rules
      if ((r.Function === 'Presence' || r.EntityType === 'Column') && r.Reference) focusColumns.add(r.Reference);
    }
    const known = columns.filter((c) => focusColumns.has(c));
    if (columns.length && known.length === 0) {
      throw new ValidationInputError(
        `${table.files[0]} has none of the FOCUS ${focusVersion} ${dataset} columns (found: ${columns.slice(0, 8).join(', ')}${columns.length > 8 ? ', ...' : ''}); check --dataset and --focus-version`,
      );
    }
    const ctx: SqlContext = { semantics, columns: table.columns, types: columnTypes(model, ids), format: table.format };
    const sampleLimit = options.sampleLimit ?? 5;
    const rules = await runRules({ model, plan, ctx, conn: table.conn, totalRows: table.rows, sampleLimit });
    let hasInvoiceDetail = false;
    if (options.invoiceDetail?.length) {
      const ind = expandInputs(options.invoiceDetail);
      const list = ind.files.map((f) => `'${f.replace(/'/g, "''")}'`).join(', ');
      const reader = ind.format === 'csv' ? `read_csv([${list}], header = true, all_varchar = true, union_by_name = true)` : `read_parquet([${list}], union_by_name = true)`;
      try {
        await table.conn.run(`CREATE TABLE ind AS SELECT * FROM ${reader}`);
      } catch (err) {
        throw new ValidationInputError(`cannot read InvoiceDetail input: ${(err as Error).message.split('\n')[0]}`);
      }
      hasInvoiceDetail = true;
    }
    const extraChecks = await runExtraChecks({ conn: table.conn, ctx, model, dataset, focusColumns, sampleLimit, hasInvoiceDetail });
    const summary = summarize(rules, extraChecks);
    return {
      focusVersion,
      modelVersion: model.modelVersion,
      modelPath: model.path,
      dataset,
      semantics,
      criteria,
      input: { files: table.files, format: table.format, rows: table.rows, columns },
      rules,
      extraChecks,
      summary,
      ok: summary.failed === 0 && summary.extraFailed === 0,
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    table.close();
  }
}

export { ValidationInputError } from './errors.js';
export { GENERATOR_CRITERIA_EXCLUDED, generatorCriteria } from './criteria.js';
export { MODEL_DEFECTS } from './model-defects.js';
export { MODEL_VERSIONS, loadModel, resolveModelPath, modelSearchDirs } from './model.js';
export { AMORTIZATION_TOLERANCE } from './extra-checks.js';
export { formatConsole, formatJson, formatJunit } from './report.js';
export type * from './types.js';
