/**
 * Preview: the first rows of a generation plus aggregates for charts and KPIs, computed from real
 * generated rows. Pure (no node:*), so the web UI runs it in a Web Worker and the server in
 * POST /api/v1/preview.
 *
 * Files within the row cap are read whole, so their figures are exact. A larger file is sampled:
 * its first rows (or, with `strata` > 1, the first rows of evenly spaced parts), each weighted by
 * rows-represented / rows-taken so totals estimate the whole file; `sample.estimated` says so.
 * Strata default to 1 because seeking to part k of a file costs time proportional to k in the
 * current generator. Every aggregate is summed from the same weighted row costs, so they
 * reconcile with each other exactly.
 */
import type { Scenario } from './scenario/schema.js';
import { planScenario, fileRows, anomalyLabels, type AnomalyLabel, type Cell, type Plan, type PlannedFile } from './generate.js';
import type { ProviderId } from './catalogs/types.js';
import { add, dec, format, fromNumber, mul, sub, toNumber, ONE, ZERO, type Dec } from './decimal.js';

export interface PreviewOptions {
  /** Rows returned in `rows` (default 50). */
  maxRows?: number;
  /** Cap on rows generated per file for the aggregates (default 20000). */
  maxRowsPerFile?: number;
  /** Cap on rows generated over all files; lowers the per-file cap when there are many files. */
  maxRowsTotal?: number;
  /** Evenly spaced parts a capped file is sampled from (default 1: its first rows). */
  strata?: number;
}

export interface PreviewResult {
  columns: string[];
  rows: Cell[][];
  /** Aggregates for charts and KPIs. */
  aggregates: PreviewAggregates;
  /** Rows the full generation would produce (all files). */
  totalRows: number;
}

interface Sampled {
  file: PlannedFile;
  weight: Dec;
  rows: Iterable<Cell[]>;
}

function* sampleFile(plan: Plan, file: PlannedFile, cap: number, strataWanted: number): Generator<Sampled> {
  if (file.rowCount <= cap) {
    yield { file, weight: ONE, rows: fileRows(plan, file.index) };
    return;
  }
  const strata = Math.max(1, Math.min(strataWanted, cap));
  for (let k = 0; k < strata; k++) {
    const from = Math.floor((file.rowCount * k) / strata);
    const to = Math.floor((file.rowCount * (k + 1)) / strata);
    const take = Math.min(to - from, Math.floor((cap * (k + 1)) / strata) - Math.floor((cap * k) / strata));
    if (take <= 0) continue;
    yield { file, weight: fromNumber((to - from) / take, 6), rows: firstN(fileRows(plan, file.index, { index: k, count: strata }), take) };
  }
}

function* firstN<T>(it: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  let i = 0;
  for (const x of it) {
    yield x;
    if (++i >= n) return;
  }
}

/** First rows for the table: round-robin over the first billing period's CostAndUsage files, so every provider shows. */
function firstRows(plan: Plan, files: PlannedFile[], maxRows: number): { columns: string[]; rows: Cell[][] } {
  const firstPeriod = files[0]?.billingPeriod;
  const head = files.filter((f) => f.billingPeriod === firstPeriod);
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const f of head) {
    for (const c of f.columns) {
      if (seen.has(c.name)) continue;
      seen.add(c.name);
      columns.push(c.name);
    }
  }
  const at = new Map(columns.map((c, i) => [c, i]));
  const per = head.map((f) => ({ f, it: fileRows(plan, f.index)[Symbol.iterator]() }));
  const rows: Cell[][] = [];
  let active = per.length;
  while (rows.length < maxRows && active > 0) {
    active = 0;
    for (const p of per) {
      if (rows.length >= maxRows) break;
      const next = p.it.next();
      if (next.done) continue;
      active++;
      const row: Cell[] = new Array(columns.length).fill(null);
      p.f.columns.forEach((c, i) => (row[at.get(c.name)!] = next.value[i]));
      rows.push(row);
    }
  }
  for (const p of per) p.it.return?.(undefined);
  return { columns, rows };
}

export function previewScenario(scenario: Scenario, options: PreviewOptions = {}): PreviewResult {
  const maxRows = Math.max(0, options.maxRows ?? 50);
  const plan = planScenario(scenario);
  const usage = plan.files.filter((f) => f.dataset === 'CostAndUsage');
  let cap = Math.max(1, options.maxRowsPerFile ?? 20000);
  if (options.maxRowsTotal !== undefined && usage.length) cap = Math.max(1, Math.min(cap, Math.floor(options.maxRowsTotal / usage.length)));
  const strata = options.strata ?? 1;
  const { columns, rows } = firstRows(plan, usage, maxRows);
  const sources: Sampled[] = [];
  for (const f of usage) for (const s of sampleFile(plan, f, cap, strata)) sources.push(s);
  const aggregates = aggregateRows(
    sources.map((s) => ({
      provider: s.file.provider,
      columns: s.file.columns.map((c) => c.name),
      weight: s.weight,
      rows: s.rows,
    })),
    {
      currency: scenario.billingCurrency,
      anomalies: anomalyLabels(plan),
      totalRows: usage.reduce((a, f) => a + f.rowCount, 0),
    },
  );
  return { columns, rows, aggregates, totalRows: plan.totalRows };
}

// ---- Aggregation: works on column names, so any version, dataset layout or x_ columns fit. ----

/** Rows from one file (or stratum of it), each weighing `weight` rows of the full file. */
export interface RowSource {
  provider: ProviderId | string;
  columns: string[];
  weight: Dec;
  rows: Iterable<Cell[]>;
}

export interface AggregateContext {
  currency: string;
  anomalies: AnomalyLabel[];
  /** Rows in the files the sources were drawn from. */
  totalRows: number;
}

/** Money is an exact decimal string in the billing currency; shares are numbers 0..1. */
export interface CostPoint {
  /** YYYY-MM-DD (daily) or YYYY-MM (monthly). */
  key: string;
  total: string;
  byProvider: Record<string, string>;
}

export interface PreviewAggregates {
  currency: string;
  providers: string[];
  daily: CostPoint[];
  monthly: CostPoint[];
  byCategory: Array<{ name: string; cost: string }>;
  topServices: Array<{ name: string; provider: string; cost: string }>;
  commitment: {
    /** ListCost of usage in service categories where commitments apply (covered + on-demand). */
    eligibleListCost: string;
    coveredListCost: string;
    coverage: number | null;
    usedCost: string;
    unusedCost: string;
    utilisation: number | null;
  };
  anomalies: AnomalyLabel[];
  kpis: {
    totalEffectiveCost: string;
    totalBilledCost: string;
    averageDailyCost: string;
    days: number;
    topService: { name: string; cost: string } | null;
    distinctResources: number;
    providers: number;
    /** Last month vs the one before, as a fraction (0.1 = +10%); null with fewer than two months. */
    monthOverMonthChange: number | null;
  };
  sample: { rowsAnalysed: number; rowsInFiles: number; estimated: boolean };
}

const TOP_SERVICES = 10;
const DAY_MS = 86_400_000;

function money(cell: Cell): Dec {
  if (cell === null || cell === '') return ZERO;
  return dec(cell);
}

function bump(map: Map<string, Dec>, key: string, v: Dec): void {
  map.set(key, add(map.get(key) ?? ZERO, v));
}

class Series {
  readonly points = new Map<string, { total: Dec; byProvider: Map<string, Dec> }>();
  add(key: string, provider: string, v: Dec): void {
    let p = this.points.get(key);
    if (!p) this.points.set(key, (p = { total: ZERO, byProvider: new Map() }));
    p.total = add(p.total, v);
    bump(p.byProvider, provider, v);
  }
  out(): CostPoint[] {
    return [...this.points.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, p]) => ({ key, total: format(p.total), byProvider: Object.fromEntries([...p.byProvider].map(([k, v]) => [k, format(v)])) }));
  }
}

function ratio(part: Dec, whole: Dec): number | null {
  const w = toNumber(whole);
  return w === 0 ? null : toNumber(part) / w;
}

function sortedDesc(map: Map<string, Dec>): Array<[string, Dec]> {
  return [...map.entries()].sort((a, b) => toNumber(b[1]) - toNumber(a[1]) || (a[0] < b[0] ? -1 : 1));
}

function parseUtc(ts: string | null): number | null {
  const m = ts && /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(ts);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : null;
}

export function aggregateRows(sources: Iterable<RowSource>, ctx: AggregateContext): PreviewAggregates {
  const daily = new Series();
  const monthly = new Series();
  const byCategory = new Map<string, Dec>();
  const byService = new Map<string, Dec>();
  const coveredCategories = new Set<string>();
  const onDemandByCategory = new Map<string, Dec>();
  const resources = new Set<string>();
  const providers = new Set<string>();
  let total = ZERO;
  let billed = ZERO;
  let coveredList = ZERO;
  let used = ZERO;
  let unused = ZERO;
  let rowsAnalysed = 0;
  let estimated = false;
  let first: number | null = null;
  let last: number | null = null;

  for (const src of sources) {
    const at = new Map(src.columns.map((c, i) => [c, i]));
    const col = (name: string) => at.get(name) ?? -1;
    const [iEff, iBill, iList, iStart, iEnd, iBp, iCat, iSvc, iRes, iCharge, iStatus, iPricing] = [
      'EffectiveCost', 'BilledCost', 'ListCost', 'ChargePeriodStart', 'ChargePeriodEnd', 'BillingPeriodStart',
      'ServiceCategory', 'ServiceName', 'ResourceId', 'ChargeCategory', 'CommitmentDiscountStatus', 'PricingCategory',
    ].map(col);
    const cell = (row: Cell[], i: number): Cell => (i < 0 ? null : row[i]);
    const weighted = src.weight.m !== 1 || src.weight.s !== 0;
    if (weighted) estimated = true;
    const w = (v: Dec) => (weighted ? mul(v, src.weight) : v);
    const provider = String(src.provider);
    providers.add(provider);

    for (const row of src.rows) {
      rowsAnalysed++;
      const eff = w(money(cell(row, iEff)));
      total = add(total, eff);
      billed = add(billed, w(money(cell(row, iBill))));
      const start = cell(row, iStart);
      const startMs = parseUtc(start);
      const endMs = parseUtc(cell(row, iEnd)) ?? startMs;
      if (startMs !== null && (first === null || startMs < first)) first = startMs;
      if (endMs !== null && (last === null || endMs > last)) last = endMs;
      if (start) daily.add(start.slice(0, 10), provider, eff);
      const month = (cell(row, iBp) ?? start ?? '').slice(0, 7);
      if (month) monthly.add(month, provider, eff);
      const category = cell(row, iCat) ?? 'Unknown';
      bump(byCategory, category, eff);
      const service = cell(row, iSvc);
      if (service) bump(byService, `${provider}\u0000${service}`, eff);
      const res = cell(row, iRes);
      if (res) resources.add(res);
      if (cell(row, iCharge) === 'Usage') {
        const status = cell(row, iStatus);
        if (status === 'Used') {
          coveredList = add(coveredList, w(money(cell(row, iList))));
          used = add(used, eff);
          coveredCategories.add(category);
        } else if (status === 'Unused') {
          unused = add(unused, eff);
        } else if (cell(row, iPricing) === 'Standard') {
          bump(onDemandByCategory, category, w(money(cell(row, iList))));
        }
      }
    }
  }

  let eligible = coveredList;
  for (const [category, v] of onDemandByCategory) if (coveredCategories.has(category)) eligible = add(eligible, v);
  const monthlyOut = monthly.out();
  const lastTwo = monthlyOut.slice(-2).map((p) => dec(p.total));
  const days = first !== null && last !== null ? Math.max(1, Math.ceil((last - first) / DAY_MS)) : 0;
  const services = sortedDesc(byService).map(([k, v]) => {
    const [provider, name] = k.split('\u0000');
    return { name, provider, cost: format(v) };
  });

  return {
    currency: ctx.currency,
    providers: [...providers].sort(),
    daily: daily.out(),
    monthly: monthlyOut,
    byCategory: sortedDesc(byCategory).map(([name, v]) => ({ name, cost: format(v) })),
    topServices: services.slice(0, TOP_SERVICES),
    commitment: {
      eligibleListCost: format(eligible),
      coveredListCost: format(coveredList),
      coverage: ratio(coveredList, eligible),
      usedCost: format(used),
      unusedCost: format(unused),
      utilisation: ratio(used, add(used, unused)),
    },
    anomalies: ctx.anomalies,
    kpis: {
      totalEffectiveCost: format(total),
      totalBilledCost: format(billed),
      averageDailyCost: days ? format(fromNumber(toNumber(total) / days, 2)) : '0',
      days,
      topService: services[0] ? { name: services[0].name, cost: services[0].cost } : null,
      distinctResources: resources.size,
      providers: providers.size,
      monthOverMonthChange: lastTwo.length === 2 ? ratio(sub(lastTwo[1], lastTwo[0]), lastTwo[0]) : null,
    },
    sample: { rowsAnalysed, rowsInFiles: ctx.totalRows, estimated },
  };
}
