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
import { getCatalog } from './catalogs/index.js';
import { rootStream, type Stream } from './random.js';
import { monthIndexOf, ymOf, firstDayOfMonth, monthStartTimestamp } from './time.js';
import { planTrend, type TrendPlan } from './plan/trend.js';
import { PROFILE_DEFS } from './plan/profiles.js';
import { buildEstate, type Estate, type EstateSizing } from './estate/index.js';
import { fillTemplate } from './estate/templates.js';
import { buildFileContext, type FileContext } from './charges/context.js';
import { TaxBaseCollector, sliceCharges, taxBase } from './charges/usage.js';
import { monthlyCharge, monthlySpecs, type MonthlySpec, type MonthlyState } from './charges/monthly.js';
import type { MonthStrings } from './charges/build.js';
import type { Charge } from './charges/charge.js';
import { makeProjector, materialize, type Projector, type RowView } from './focus/project.js';
import { DecSum, ZERO, add, format, fromNumberSig, mul, toNumber, type Dec } from './decimal.js';
import { InvoiceLines, billingPeriodRow, type BillingPeriodInfo } from './focus/billing-datasets.js';
import { effectivePrice } from './estate/index.js';

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

/**
 * Lines held in memory are capped (each costs ~2 KB with its cached row template and CSV bytes); bigger row
 * counts report each resource in several rows per period, so memory stays flat with rows.
 */
const MAX_LINES = 25_000;

interface ProviderState {
  estate: Estate;
  projector: Projector;
  rnd: Stream;
}

interface FileState {
  provider: ProviderState;
  monthIndex: number;
  k: number;
  specs: MonthlySpec[];
  usageRows: number | null;
  ctx: FileContext | null;
  ms: MonthStrings;
  /** Rows of this provider-month's CostAndUsage file. */
  usageFileRows: number;
  /** The billing period as the BillingPeriod and InvoiceDetail records describe it. */
  period: BillingPeriodInfo;
  /** InvoiceDetail records, summed from the CostAndUsage charges when that dataset is planned. */
  invoice?: { rows: Cell[][]; billed: Dec[] };
}

interface PlanState {
  trend: TrendPlan;
  files: FileState[];
}

const STATE = new WeakMap<Plan, PlanState>();

function slicesPerMonth(s: Scenario): number {
  return s.granularity === 'hourly' ? 730 : s.granularity === 'daily' ? 30.4 : 1;
}

function sizingFor(s: Scenario): { sizing: EstateSizing; monthlyBudget: number | null } {
  if (s.rowCount === undefined) {
    return { sizing: { lines: PROFILE_DEFS[s.profile].naturalLines, reserve: 0, maxCovered: 1e9, maxCommitments: 12 }, monthlyBudget: null };
  }
  const n = s.rowCount;
  const u = (n * 0.88) / slicesPerMonth(s);
  const commitments = u >= 12 ? Math.min(10, Math.floor(u / 6)) : 0;
  return {
    sizing: {
      lines: Math.max(4, Math.min(MAX_LINES, Math.ceil(u * 1.1))),
      reserve: Math.min(5_000, Math.ceil(u * 0.25) + 2),
      maxCovered: Math.floor(u * 0.3),
      maxCommitments: commitments,
    },
    monthlyBudget: Math.floor(n * 0.12),
  };
}

/** The scenario's reference time: `now`, else the end of its last billing period. */
export function referenceNow(s: Scenario): string {
  return s.now ?? monthStartTimestamp(monthIndexOf(s.startMonth) + s.months);
}

/**
 * What planning computed by a pass over charges (the InvoiceDetail records, by file index), so a
 * thread that plans the same scenario can take it instead of repeating the pass.
 */
export interface PlanExtras {
  invoices: Record<number, { rows: Cell[][]; billed: Dec[] }>;
}

export function planExtras(plan: Plan): PlanExtras {
  const st = stateOf(plan);
  const invoices: PlanExtras['invoices'] = {};
  plan.files.forEach((f, i) => {
    const inv = st.files[i].invoice;
    if (f.dataset === 'InvoiceDetail' && inv) invoices[i] = inv;
  });
  return { invoices };
}

/** `extras`: from planExtras of a plan of the very same scenario (worker threads). */
export function planScenario(scenario: Scenario, extras?: PlanExtras): Plan {
  const s = scenario;
  const start = monthIndexOf(s.startMonth);
  const root = rootStream(s.seed);
  const trend = planTrend(s, (k) => ((start + k) % 12) + 1, root.child('trend'));
  const windowStart = firstDayOfMonth(start);
  const windowEnd = firstDayOfMonth(start + s.months);
  const monthStarts = [...Array(s.months).keys()].map((k) => firstDayOfMonth(start + k));
  const { sizing, monthlyBudget } = sizingFor(s);
  const files: PlannedFile[] = [];
  const states: FileState[] = [];
  const providerStates = new Map<ProviderId, ProviderState>();
  const monthStates = new Map<string, FileState>();
  const now = referenceNow(s);
  for (const dataset of s.datasets) {
    for (const provider of s.providers) {
      const cat = getCatalog(provider);
      let ps = providerStates.get(provider);
      if (!ps) {
        const rnd = root.child(provider);
        const estate = buildEstate({ scenario: s, cat, rnd: rnd.child('estate'), sizing, windowStart, windowEnd, monthStarts });
        ps = { estate, projector: makeProjector(s.focusVersion, cat, s.features.providerColumns), rnd };
        providerStates.set(provider, ps);
      }
      const { estate, rnd } = ps;
      for (let k = 0; k < s.months; k++) {
        const monthIndex = start + k;
        let fs = monthStates.get(`${provider}|${k}`);
        if (!fs) {
          const specs = monthlySpecs(s, estate, monthIndex, k, monthlyBudget, rnd.child('monthly').child(k));
          const ym = ymOf(monthIndex);
          const ms: MonthStrings = {
            billingPeriodStart: monthStartTimestamp(monthIndex),
            billingPeriodEnd: monthStartTimestamp(monthIndex + 1),
            monthIndex,
            invoiceId: fillTemplate(
              cat.accounts.invoiceIdTemplate,
              { yyyy: ym.slice(0, 4), mm: ym.slice(5, 7), n: k + 1 },
              rnd.child('invoice').child(monthIndex),
            ),
          };
          const period: BillingPeriodInfo = { billingPeriodStart: ms.billingPeriodStart, billingPeriodEnd: ms.billingPeriodEnd, invoiceIssuerName: cat.invoiceIssuerName, now };
          const state: FileState = { provider: ps, monthIndex, k, specs, usageRows: s.rowCount === undefined ? null : s.rowCount - specs.length, ctx: null, ms, usageFileRows: 0, period };
          state.usageFileRows = s.rowCount ?? countNatural(s, state, trend);
          monthStates.set(`${provider}|${k}`, (fs = state));
        }
        let columns = ps.projector.columns;
        let rowCount = fs.usageFileRows;
        if (dataset === 'BillingPeriod') {
          columns = focusColumns(s.focusVersion, dataset);
          rowCount = 1;
        } else if (dataset === 'InvoiceDetail') {
          columns = focusColumns(s.focusVersion, dataset);
          let inv = extras?.invoices[files.length];
          if (!inv) {
            const lines = new InvoiceLines();
            for (const ch of fileCharges(s, trend, fs, 0, fs.usageFileRows)) lines.add(ch);
            inv = lines.records(fs.period, columns);
          }
          fs.invoice = inv;
          rowCount = inv.rows.length;
        }
        states.push(fs);
        files.push({
          index: files.length,
          dataset,
          provider,
          billingPeriod: ymOf(monthIndex),
          billingPeriodStart: fs.ms.billingPeriodStart,
          billingPeriodEnd: fs.ms.billingPeriodEnd,
          columns,
          rowCount,
        });
      }
    }
  }
  const plan: Plan = { scenario: s, focusVersion: s.focusVersion, files, totalRows: files.reduce((a, f) => a + f.rowCount, 0) };
  STATE.set(plan, { trend, files: states });
  return plan;
}

function contextOf(s: Scenario, fs: FileState, trend: TrendPlan): FileContext {
  if (!fs.ctx) {
    fs.ctx = buildFileContext({
      scenario: s,
      estate: fs.provider.estate,
      monthIndex: fs.monthIndex,
      k: fs.k,
      multiplier: trend.multipliers[fs.k],
      anomalyExtra: fs.k === trend.anomalyMonth ? trend.anomalyExtra : 0,
      usageRows: fs.usageRows,
      rnd: fs.provider.rnd.child('usage').child(fs.monthIndex),
    });
  }
  return fs.ctx;
}

function countNatural(s: Scenario, fs: FileState, trend: TrendPlan): number {
  const ctx = contextOf(s, fs, trend);
  let n = fs.specs.length;
  for (let t = 0; t < ctx.slices.count; t++) n += ctx.sliceRows[t];
  return n;
}

function stateOf(plan: Plan): PlanState {
  const st = STATE.get(plan);
  if (!st) throw new Error('plan was not made by planScenario in this process; plan again from its scenario');
  return st;
}

export function* fileRows(plan: Plan, fileIndex: number, part: Part = { index: 0, count: 1 }): Generator<Cell[]> {
  for (const v of fileRowViews(plan, fileIndex, part)) yield materialize(v);
}

/** Exact sums of what was yielded: the generator's own account of a file, without re-reading cells. */
export class RowTotals {
  rows = 0;
  readonly billedCost = new DecSum();
  readonly effectiveCost = new DecSum();
  count(ch: Charge): void {
    this.rows++;
    this.billedCost.add(ch.billedCost);
    this.effectiveCost.add(ch.effectiveCost);
  }
  /** A record of a dataset without EffectiveCost (BillingPeriod, InvoiceDetail). */
  countRecord(billed?: Dec): void {
    this.rows++;
    if (billed) this.billedCost.add(billed);
  }
}

/**
 * The rows of one file (or part) as reused views (see RowView): the fast path for encoders that
 * cache per-template work. Read each view before asking for the next.
 */
export function* fileRowViews(plan: Plan, fileIndex: number, part: Part = { index: 0, count: 1 }, totals?: RowTotals): Generator<RowView> {
  const st = stateOf(plan);
  const file = plan.files[fileIndex];
  const fs = st.files[fileIndex];
  if (!file || !fs) throw new RangeError(`file index ${fileIndex} is outside 0..${plan.files.length - 1}`);
  const from = Math.floor((file.rowCount * part.index) / part.count);
  const to = Math.floor((file.rowCount * (part.index + 1)) / part.count);
  if (from >= to) return;
  if (file.dataset === 'CostAndUsage') {
    // A projector per call: its cache of static cells is valid for one billing period only.
    const projector = makeProjector(plan.focusVersion, fs.provider.estate.cat, plan.scenario.features.providerColumns);
    for (const ch of fileCharges(plan.scenario, st.trend, fs, from, to)) {
      totals?.count(ch);
      yield projector.view(ch);
    }
    return;
  }
  const view: RowView = { base: [], shared: false, dynamic: [], values: [] };
  for (let r = from; r < to; r++) {
    if (file.dataset === 'BillingPeriod') {
      view.base = billingPeriodRow(fs.period, file.columns);
      totals?.countRecord();
    } else {
      const inv = fs.invoice!;
      view.base = inv.rows[r];
      totals?.countRecord(inv.billed[r]);
    }
    yield view;
  }
}

/** The CostAndUsage charges of rows [from, to) of a provider-month. */
function* fileCharges(s: Scenario, trend: TrendPlan, fs: FileState, from: number, to: number): Generator<Charge> {
  const ctx = contextOf(s, fs, trend);
  const { estate } = fs.provider;
  const monthState: MonthlyState = { billedByService: new Map(), granularity: s.granularity };
  let row = 0;
  const hasTax = fs.specs.some((x) => x.kind === 'tax');
  // Streaming the whole file from its first row gives the tax base on the way.
  const tax = hasTax && from === 0 ? new TaxBaseCollector() : undefined;
  for (let t = 0; t < ctx.slices.count && row < to; t++) {
    const n = ctx.sliceRows[t];
    if (row + n <= from) {
      row += n;
      continue;
    }
    for (const ch of sliceCharges(ctx, t, fs.ms, tax)) {
      if (row >= to) break;
      if (row >= from) yield ch;
      row++;
    }
  }
  if (row < to && hasTax) {
    // Here every slice was streamed whole (rows stop early only at the part's end).
    tax?.complete(ctx);
    monthState.billedByService = taxBase(ctx);
  }
  const monthlyRnd = fs.provider.rnd.child('monthly-rows').child(fs.monthIndex);
  for (let i = 0; i < fs.specs.length && row < to; i++, row++) {
    if (row < from) continue;
    yield monthlyCharge(fs.specs[i], estate, fs.ms, ctx.monthTarget, monthState, monthlyRnd);
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
export function anomalyLabels(plan: Plan): AnomalyLabel[] {
  const st = stateOf(plan);
  const out: AnomalyLabel[] = [];
  plan.files.forEach((file, i) => {
    const fs = st.files[i];
    if (file.dataset !== 'CostAndUsage' || fs.k !== st.trend.anomalyMonth) return;
    const ctx = contextOf(plan.scenario, fs, st.trend);
    const a = ctx.anomaly;
    if (!a) return;
    const lines = a.lines.map((idx) => fs.provider.estate.lines[idx]);
    let extra = ZERO;
    for (const l of lines) {
      const price = effectivePrice(fs.provider.estate, l);
      const perSlice = mul(price, fromNumberSig(a.extraPerLineSlice / toNumber(price), 6));
      for (let t = a.firstSlice; t <= a.lastSlice; t++) extra = add(extra, perSlice);
    }
    out.push({
      id: `anomaly-${file.provider}-${file.billingPeriod}`,
      provider: file.provider,
      billingPeriod: file.billingPeriod,
      start: ctx.slices.start[a.firstSlice],
      end: ctx.slices.start[a.lastSlice],
      serviceName: lines[0].service.name,
      resourceIds: lines.map((l) => l.resourceId ?? `${l.service.name}/${l.sku.meter}`),
      subAccountId: lines[0].subAccount.id,
      expectedExtraCost: format(extra),
      kind: 'runaway',
      description: `Runaway ${lines[0].service.name} usage: ${lines.length} resource(s) consume far above their baseline`,
    });
  });
  return out;
}
