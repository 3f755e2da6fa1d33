/**
 * Turn any accepted input (rich scenario, seed-style request body, or a mix) into a validated
 * Scenario, or throw a ScenarioError naming every bad field.
 */
import { z } from 'zod';
import { ScenarioSchema, type Scenario } from './schema.js';
import { ScenarioError, type FieldIssue } from './errors.js';

const SEED_KEYS = ['row_count', 'multi_month', 'trend_options', 'focus_version', 'start_month', 'billing_currency'];

/** Map the seed's request names onto the scenario's (the seed's users keep their bodies). */
export function mapSeedNames(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...input };
  for (const k of SEED_KEYS) delete out[k];
  if ('row_count' in input) out.rowCount = input.row_count;
  if ('focus_version' in input) out.focusVersion = input.focus_version;
  if ('start_month' in input) out.startMonth = input.start_month;
  if ('billing_currency' in input) out.billingCurrency = input.billing_currency;
  const multi = input.multi_month;
  const opts = input.trend_options as Record<string, unknown> | undefined;
  if (multi !== undefined && typeof multi !== 'boolean') {
    throw new ScenarioError([{ field: 'multi_month', message: 'must be true or false', received: multi }]);
  }
  if (opts !== undefined) {
    if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) {
      throw new ScenarioError([
        { field: 'trend_options', message: 'must be an object {monthCount, scenario, parameters}', received: opts },
      ]);
    }
    const extra = Object.keys(opts).filter((k) => !['monthCount', 'scenario', 'parameters'].includes(k));
    if (extra.length) {
      throw new ScenarioError(
        extra.map((k) => ({ field: `trend_options.${k}`, message: 'unknown field', allowed: 'monthCount, scenario, parameters' })),
      );
    }
    // The seed only applies trends when multi_month is set; without it the request is one month.
    if (multi !== false) {
      if (opts.monthCount !== undefined) out.months = opts.monthCount;
      out.trend = { scenario: opts.scenario ?? 'linear', parameters: opts.parameters ?? {} };
    }
  } else if (multi === true && out.months === undefined) {
    out.months = 6;
  }
  return out;
}

function describeAllowed(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_value':
      return issue.values.map((v) => JSON.stringify(v)).join(', ');
    case 'too_small':
      return `${issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_big':
      return `${issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''}`;
    case 'invalid_type':
      return `a ${issue.expected}`;
    default:
      return undefined;
  }
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

export function zodIssues(error: z.ZodError, input: unknown, prefix = ''): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = [...issue.path, key].join('.');
        issues.push({ field: prefix + field, message: 'unknown field' });
      }
      continue;
    }
    const field = prefix + issue.path.map(String).join('.');
    const received = valueAt(input, issue.path);
    issues.push({
      field,
      message: issue.message,
      received: received === undefined ? undefined : received,
      allowed: describeAllowed(issue),
    });
  }
  return issues;
}

/** Name a field the way the caller wrote it (seed users sent `row_count`, not `rowCount`). */
function seedField(issue: FieldIssue, input: Record<string, unknown>): FieldIssue {
  const f = issue.field;
  if ('row_count' in input && f === 'rowCount') return { ...issue, field: 'row_count' };
  if ('focus_version' in input && f === 'focusVersion') return { ...issue, field: 'focus_version' };
  if ('start_month' in input && f === 'startMonth') return { ...issue, field: 'start_month' };
  if ('billing_currency' in input && f === 'billingCurrency') return { ...issue, field: 'billing_currency' };
  if ('trend_options' in input) {
    if (f === 'months') return { ...issue, field: 'trend_options.monthCount' };
    if (f.startsWith('trend.')) return { ...issue, field: 'trend_options.' + f.slice('trend.'.length) };
  }
  return issue;
}

/** Validate and fill defaults. Accepts seed names. Throws ScenarioError. */
export function normalizeScenario(input: unknown): Scenario {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ScenarioError([{ field: '', message: 'the scenario must be a JSON/YAML object', received: input }]);
  }
  const mapped = mapSeedNames(input as Record<string, unknown>);
  const parsed = ScenarioSchema.safeParse(mapped);
  if (!parsed.success) throw new ScenarioError(zodIssues(parsed.error, mapped).map((i) => seedField(i, input as Record<string, unknown>)));
  const s = parsed.data;
  const extra: FieldIssue[] = [];
  const p = s.trend.parameters;
  if (p.stepMonth !== undefined && p.stepMonth > s.months) {
    extra.push({ field: 'trend.parameters.stepMonth', message: 'is after the last month', received: p.stepMonth, allowed: `1..${s.months}` });
  }
  if (p.anomalyMonth !== undefined && p.anomalyMonth > s.months) {
    extra.push({ field: 'trend.parameters.anomalyMonth', message: 'is after the last month', received: p.anomalyMonth, allowed: `1..${s.months}` });
  }
  // ContractCommitment (1.3+) is in the schema so requests are future-proof, but not generated yet.
  const generated = s.focusVersion === '1.4' ? ['CostAndUsage', 'BillingPeriod', 'InvoiceDetail'] : ['CostAndUsage'];
  const allowed = generated.map((d) => `"${d}"`).join(', ');
  const unsupported = s.datasets.filter((d) => !generated.includes(d));
  if (unsupported.length) {
    const why = s.focusVersion === '1.4' ? 'ContractCommitment is not generated yet' : `FOCUS ${s.focusVersion} generates only CostAndUsage (BillingPeriod and InvoiceDetail are FOCUS 1.4 datasets)`;
    extra.push({ field: 'datasets', message: `${unsupported.join(', ')}: ${why}`, received: s.datasets, allowed });
  }
  if (new Set(s.datasets).size !== s.datasets.length) {
    extra.push({ field: 'datasets', message: 'lists a dataset twice', received: s.datasets, allowed });
  }
  if (extra.length) throw new ScenarioError(extra);
  return s;
}

/** JSON Schema of the scenario (for OpenAPI, the web form and editors). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
