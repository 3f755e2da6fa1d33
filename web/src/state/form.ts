/**
 * The scenario form's state, its reducer, and its validation through the library's own
 * `normalizeScenario`, so the browser rejects exactly what the server would. Numeric inputs are
 * kept as the text the user typed: a half-typed or out-of-range value stays visible and gets an
 * inline message instead of being silently coerced. No DOM here, so unit tests run it in Node.
 */
import {
  normalizeScenario,
  ScenarioError,
  MAX_ROW_COUNT,
  MAX_MONTHS,
  type Scenario,
  type FocusVersion,
  type Profile,
  type Distribution,
  type Granularity,
} from '../../../src/core/scenario/index.js';
import type { ProviderId } from '../../../src/core/catalogs/types.js';
import { TREND_PARAMS, type TrendScenario, type TrendParamName } from './options.js';

export type Format = Scenario['output']['format'];
export type Layout = Scenario['output']['layout'];
export type Currency = Scenario['billingCurrency'];

export interface FormState {
  providers: ProviderId[];
  profile: Profile;
  distribution: Distribution;
  /** 'exact': rowCount rows per provider-month file (seed behaviour); 'natural': size from estate x time. */
  rowMode: 'exact' | 'natural';
  rowCount: string;
  focusVersion: FocusVersion;
  startMonth: string;
  months: string;
  granularity: Granularity;
  billingCurrency: Currency;
  trend: TrendScenario;
  trendParams: Partial<Record<TrendParamName, string>>;
  seed: string;
  format: Format;
  layout: Layout;
  /** FOCUS 1.4 only: also generate the BillingPeriod and InvoiceDetail datasets. */
  billingDatasets: boolean;
}

export const INITIAL_FORM: FormState = {
  providers: ['aws'],
  profile: 'Greenfield',
  distribution: 'Evenly Distributed',
  rowMode: 'exact',
  rowCount: '1000',
  focusVersion: '1.2',
  startMonth: '2025-01',
  months: '1',
  granularity: 'daily',
  billingCurrency: 'USD',
  trend: 'none',
  trendParams: {},
  seed: '42',
  format: 'csv',
  layout: 'flat',
  billingDatasets: false,
};

/** Form fields edited as text (the rest are toggles or per-trend parameters). */
export type TextField = Exclude<keyof FormState, 'providers' | 'trendParams' | 'billingDatasets'>;

export type FormAction =
  | { type: 'set'; field: TextField; value: string }
  | { type: 'toggleProvider'; provider: ProviderId }
  | { type: 'toggleBillingDatasets' }
  | { type: 'setTrendParam'; name: TrendParamName; value: string }
  | { type: 'reset' };

export function formReducer(state: FormState, action: FormAction): FormState {
  switch (action.type) {
    case 'set': {
      const next = { ...state, [action.field]: action.value } as FormState;
      // A trend needs more than one month; picking one from a single month moves to the seed's 6.
      if (action.field === 'trend' && action.value !== 'none' && state.months === '1') next.months = '6';
      return next;
    }
    case 'toggleProvider': {
      const has = state.providers.includes(action.provider);
      const providers = has ? state.providers.filter((p) => p !== action.provider) : [...state.providers, action.provider];
      // Keep the library's canonical order so the same choice always gives the same scenario.
      const order: ProviderId[] = ['aws', 'azure', 'gcp'];
      return { ...state, providers: order.filter((p) => providers.includes(p)) };
    }
    case 'toggleBillingDatasets':
      return { ...state, billingDatasets: !state.billingDatasets };
    case 'setTrendParam':
      return { ...state, trendParams: { ...state.trendParams, [action.name]: action.value } };
    case 'reset':
      return INITIAL_FORM;
  }
}

/** Text to number without coercing junk: '' and '12abc' stay strings so validation names them. */
function num(text: string): number | string {
  const t = text.trim();
  if (t === '' || !/^-?\d+(\.\d+)?$/.test(t)) return t;
  return Number(t);
}

function parseList(text: string): Array<number | string> {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(num);
}

/** The scenario input the form describes (before validation). */
export function toScenarioInput(state: FormState): Record<string, unknown> {
  const parameters: Record<string, unknown> = {};
  for (const p of TREND_PARAMS[state.trend]) {
    const raw = state.trendParams[p.name];
    if (raw === undefined || raw.trim() === '') continue;
    parameters[p.name] = p.kind === 'months' ? parseList(raw) : num(raw);
  }
  const input: Record<string, unknown> = {
    focusVersion: state.focusVersion,
    providers: state.providers,
    profile: state.profile,
    distribution: state.distribution,
    startMonth: state.startMonth,
    months: num(state.months),
    granularity: state.granularity,
    billingCurrency: state.billingCurrency,
    seed: num(state.seed),
    trend: { scenario: state.trend, parameters },
    output: { format: state.format, layout: state.layout },
  };
  if (state.rowMode === 'exact') input.rowCount = num(state.rowCount);
  if (state.billingDatasets && state.focusVersion === '1.4') input.datasets = ['CostAndUsage', 'BillingPeriod', 'InvoiceDetail'];
  return input;
}

export interface Validation {
  scenario: Scenario | null;
  /** Field path -> message, e.g. 'rowCount' -> 'must be at most 2000000000'. */
  errors: Record<string, string>;
}

/** Zod's generic wording ("Too small: expected number to be >=1") reads better as the rule itself. */
function explain(message: string, allowed: string | undefined): string {
  if (!allowed) return message;
  if (/^Too (small|big)/.test(message)) return `must be ${allowed}`;
  if (/^Invalid (option|input: expected one of)/.test(message)) return `must be one of ${allowed}`;
  if (/^Invalid input: expected (number|int)/.test(message)) return 'must be a whole number';
  return `${message} (allowed: ${allowed})`;
}

export function validateForm(state: FormState): Validation {
  try {
    return { scenario: normalizeScenario(toScenarioInput(state)), errors: {} };
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    const errors: Record<string, string> = {};
    for (const issue of e.issues) {
      const field = issue.field.replace(/\.\d+$/, '');
      const text = explain(issue.message, issue.allowed);
      errors[field] = errors[field] ? `${errors[field]}; ${text}` : text;
    }
    return { scenario: null, errors };
  }
}

/** The server's limits for a synchronous POST /generate-cur (SYNC_MAX_ROWS_PER_FILE, SYNC_MAX_FILES defaults). */
export const INLINE_MAX_ROWS_PER_FILE = 100_000;
export const INLINE_MAX_FILES = 36;

export type GenerateMode = 'inline' | 'job';

export interface ScenarioSize {
  /** Data files: one per dataset, provider and month. */
  files: number;
  /** Rows per file when exact (rowCount), else null (natural size, known once planned). */
  rowsPerFile: number | null;
  totalRows: number | null;
}

/**
 * Size from the scenario alone. Planning a large scenario can take seconds, so the main thread
 * never plans; the preview worker reports the planned total for natural sizes.
 */
export function scenarioSize(scenario: Scenario): ScenarioSize {
  const files = scenario.datasets.length * scenario.providers.length * scenario.months;
  const rowsPerFile = scenario.rowCount ?? null;
  return { files, rowsPerFile, totalRows: rowsPerFile === null ? null : rowsPerFile * files };
}

/** Small, exactly sized requests finish inline; everything else runs as a job with progress. */
export function generateMode(size: ScenarioSize): GenerateMode {
  if (size.rowsPerFile === null) return 'job';
  return size.rowsPerFile <= INLINE_MAX_ROWS_PER_FILE && size.files <= INLINE_MAX_FILES ? 'inline' : 'job';
}

export const ROW_LIMITS = { min: 1, max: MAX_ROW_COUNT } as const;
export const MONTH_LIMITS = { min: 1, max: MAX_MONTHS } as const;

/**
 * The row slider moves on a log scale (1 .. 2 billion in 1000 steps) so both 10 and 10 million are
 * reachable; the exact input beside it takes any integer in range.
 */
export const SLIDER_STEPS = 1000;
export function sliderToRows(pos: number): number {
  const max = Math.log10(ROW_LIMITS.max);
  const raw = 10 ** ((Math.min(Math.max(pos, 0), SLIDER_STEPS) / SLIDER_STEPS) * max);
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(raw)) - 1);
  return Math.min(ROW_LIMITS.max, Math.max(ROW_LIMITS.min, Math.round(raw / magnitude) * magnitude));
}
export function rowsToSlider(rows: number): number {
  if (!Number.isFinite(rows) || rows <= 1) return 0;
  return Math.min(SLIDER_STEPS, Math.round((Math.log10(rows) / Math.log10(ROW_LIMITS.max)) * SLIDER_STEPS));
}
