import type { Semantics } from './sql-context.js';

export type { Semantics };
export type DatasetName = 'CostAndUsage' | 'ContractCommitment' | 'BillingPeriod' | 'InvoiceDetail';

/**
 * passed; failed (a MUST rule, or any rule in official semantics); warning (a SHOULD/RECOMMENDED
 * rule failed in spec semantics); skipped (MAY rule, absent column, failed dependency, removed);
 * not-applicable (applicability criteria not enabled); not-executable (Dynamic: prose only, or
 * unreadable in the model); model-defect (fails only because of a documented model defect).
 */
export type RuleStatus = 'passed' | 'failed' | 'warning' | 'skipped' | 'not-applicable' | 'not-executable' | 'model-defect';

export type SampleRow = Record<string, string | number | boolean | null>;

export interface RuleResult {
  ruleId: string;
  status: RuleStatus;
  keyword: string;
  /** The spec sentence the rule checks (MustSatisfy). */
  requirement: string;
  /** Column / attribute / object the rule is about. */
  reference: string;
  function: string;
  /** Composite rules only summarise their children and are not counted in the summary. */
  composite: boolean;
  violations?: number;
  reason?: string;
  defect?: { upstream: string; why: string };
  samples?: SampleRow[];
}

export type ExtraStatus = 'passed' | 'failed' | 'not-checkable' | 'skipped';

export interface ExtraCheckResult {
  id: string;
  title: string;
  status: ExtraStatus;
  violations: number;
  detail?: string;
  samples?: SampleRow[];
}

export interface ValidationSummary {
  rules: number;
  passed: number;
  failed: number;
  warnings: number;
  skipped: number;
  notApplicable: number;
  notExecutable: number;
  modelDefect: number;
  extraPassed: number;
  extraFailed: number;
  extraNotCheckable: number;
}

export interface ValidationReport {
  focusVersion: string;
  modelVersion: string;
  modelPath: string;
  dataset: DatasetName;
  semantics: Semantics;
  criteria: string[];
  input: { files: string[]; format: 'csv' | 'parquet'; rows: number; columns: string[] };
  rules: RuleResult[];
  extraChecks: ExtraCheckResult[];
  summary: ValidationSummary;
  /** true when no MUST rule (official: no rule) and no extra check failed */
  ok: boolean;
  durationMs: number;
}
