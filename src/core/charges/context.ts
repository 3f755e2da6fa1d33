/**
 * Everything one provider-month file needs, computed once before its rows: slices, which lines
 * are active, how many rows each slice gets, the flexible spend of each category and slice,
 * the anomaly, and the month-level rows. Row counts are known exactly before any row is built.
 */
import type { Scenario } from '../scenario/schema.js';
import type { Estate } from '../estate/index.js';
import { effectivePrice } from '../estate/index.js';
import type { Line } from '../estate/lines.js';
import type { Charge } from './charge.js';
import { selectLines } from './selection.js';
import type { ServiceCategory } from '../focus/taxonomy.js';
import { toNumber } from '../decimal.js';
import { type Slices, monthSlices, weekday } from '../time.js';
import type { Stream } from '../random.js';

export interface AnomalyPlan {
  lines: number[];
  firstSlice: number;
  lastSlice: number;
  /** Extra spend per affected line per affected slice (billing currency). */
  extraPerLineSlice: number;
}

export interface FileContext {
  scenario: Scenario;
  estate: Estate;
  /** Absolute month index (year*12+month-1) and position in the window. */
  monthIndex: number;
  k: number;
  slices: Slices;
  multiplier: number;
  monthTarget: number;
  categories: ServiceCategory[];
  catIndex: Map<ServiceCategory, number>;
  /** Flexible spend per category over the month. */
  flexBudget: Float64Array;
  /** Per category: sum over the month's emitted flexible rows of weight x shape. */
  flexDenTotal: Float64Array;
  /** Rows of usage per slice (exact). */
  sliceRows: Int32Array;
  /** Unused-commitment rows per slice. */
  unusedRows: Int32Array;
  /** Exact row count mode: lines may be dropped or reserve lines added to meet sliceRows. */
  exact: boolean;
  anomaly: AnomalyPlan | null;
  rnd: Stream;
  /** Scratch charge record refilled for every usage row (see usage.ts lineCharge). */
  scratch: Charge | null;
  /** InvoiceDetailId of each line's rows in this file, by line index (filled as lines appear). */
  detailIds?: string[];
}

export function alive(l: Line, day: number): boolean {
  return day >= l.startDay && day < l.endDay;
}

/** Hours a fixed line runs in a slice (0 = inactive). Non-production and office workloads stop nights and weekends. */
export function fixedHours(l: Line, s: Slices, t: number): number {
  const day = s.day[t];
  if (s.count === 1) {
    let h = 0;
    for (let d = s.firstDay; d < s.firstDay + s.days; d++) {
      if (!alive(l, d)) continue;
      if (!l.business) h += 24;
      else if (weekday(d) % 6 !== 0) h += 12;
    }
    return h;
  }
  if (!alive(l, day)) return 0;
  if (!l.business) return s.hours;
  const wd = weekday(day) % 6 !== 0;
  if (s.hours === 24) return wd ? 12 : 0;
  const hr = s.hour[t];
  return wd && hr >= 7 && hr < 19 ? 1 : 0;
}

/** Relative usage of a flex line in a slice (0 = not alive). */
export function flexShape(l: Line, s: Slices, t: number, rnd: Stream): number {
  if (s.count === 1) {
    let alives = 0;
    for (let d = s.firstDay; d < s.firstDay + s.days; d++) if (alive(l, d)) alives++;
    return alives / s.days;
  }
  const day = s.day[t];
  if (!alive(l, day)) return 0;
  let f = 1;
  if (l.business) {
    if (weekday(day) % 6 === 0) f *= 0.35;
    if (s.hours === 1) f *= s.hour[t] >= 7 && s.hour[t] < 19 ? 1.6 : 0.4;
  } else if (s.hours === 1) {
    // Diurnal rhythm of user-facing production traffic.
    f *= 0.75 + 0.5 * Math.sin(((s.hour[t] - 6) / 24) * 2 * Math.PI) ** 2;
  }
  if (l.service.workload === 'batch' && rnd.float(l.idx * 7919 + day) > 0.8) f *= 2.5;
  if (l.service.workload === 'growing') f *= 1 + (day % 1000) * 0.0005;
  return f;
}

export interface ContextInput {
  scenario: Scenario;
  estate: Estate;
  monthIndex: number;
  k: number;
  multiplier: number;
  anomalyExtra: number;
  /** Exact usage rows for the month (row count minus month-level rows), or null for natural size. */
  usageRows: number | null;
  rnd: Stream;
}

export function buildFileContext(input: ContextInput): FileContext {
  const { scenario, estate } = input;
  const slices = monthSlices(input.monthIndex, scenario.granularity);
  const categories = [...estate.categoryShare.keys()];
  const catIndex = new Map(categories.map((c, i) => [c, i]));
  const nc = categories.length;
  const P = slices.count;
  const unusedRows = new Int32Array(P);
  for (let t = 0; t < P; t++) {
    for (const cm of estate.commitments) {
      if (commitmentActive(cm.startDay, cm.endDay, slices, t) && hasUnused(estate, cm.idx)) unusedRows[t]++;
    }
  }
  const exact = input.usageRows !== null;
  const sliceRows = new Int32Array(P);
  if (exact) {
    const U = input.usageRows!;
    for (let t = 0; t < P; t++) sliceRows[t] = Math.floor((U * (t + 1)) / P) - Math.floor((U * t) / P);
  }
  const monthTarget = estate.monthlyTarget * input.multiplier;
  const fc: FileContext = {
    scenario,
    estate,
    monthIndex: input.monthIndex,
    k: input.k,
    slices,
    multiplier: input.multiplier,
    monthTarget,
    categories,
    catIndex,
    flexBudget: new Float64Array(nc),
    flexDenTotal: new Float64Array(nc),
    sliceRows,
    unusedRows,
    exact,
    anomaly: null,
    rnd: input.rnd,
    scratch: null,
  };
  fc.anomaly = input.anomalyExtra > 0 ? planAnomaly(estate, slices, input, monthTarget) : null;
  // The month's flexible spend of a category is spread over the flexible rows that will actually
  // be emitted (selection is a pure function of the slice), so no spend is lost to dropped rows.
  const fixedCost = new Float64Array(nc);
  const prices = new Map<Line, number>();
  const priceOf = (l: Line) => {
    let p = prices.get(l);
    if (p === undefined) prices.set(l, (p = toNumber(effectivePrice(estate, l))));
    return p;
  };
  for (let t = 0; t < P; t++) {
    const sel = selectLines(fc, t);
    if (!exact) sliceRows[t] = sel.n + unusedRows[t];
    for (let k = 0; k < sel.n; k++) {
      const l = estate.lines[sel.line[k]];
      const c = catIndex.get(l.category)!;
      if (l.kind === 'fixed') fixedCost[c] += sel.amount[k] * l.count * priceOf(l);
      else fc.flexDenTotal[c] += l.weight * sel.amount[k];
    }
  }
  // A category with no flexible row this month (tiny outputs) hands its flexible spend to the
  // categories that have some, so the month total still follows the scenario.
  let lost = 0;
  let kept = 0;
  categories.forEach((c, i) => {
    const share = estate.categoryShare.get(c)!;
    fc.flexBudget[i] = Math.max(monthTarget * share - fixedCost[i], monthTarget * share * 0.05);
    if (fc.flexDenTotal[i] > 0) kept += fc.flexBudget[i];
    else lost += fc.flexBudget[i];
  });
  if (lost > 0 && kept > 0) for (let i = 0; i < nc; i++) fc.flexBudget[i] = fc.flexDenTotal[i] > 0 ? fc.flexBudget[i] * (1 + lost / kept) : 0;
  return fc;
}

export function commitmentActive(startDay: number, endDay: number, s: Slices, t: number): boolean {
  if (s.count === 1) return startDay <= s.firstDay && endDay >= s.firstDay + s.days;
  return s.day[t] >= startDay && s.day[t] < endDay;
}

/** Usage-based commitments bought with headroom always leave some capacity unused; spend plans always do. */
export function hasUnused(estate: Estate, idx: number): boolean {
  const c = estate.commitments[idx];
  if (c.capacity === 0) return true;
  const used = c.lines.reduce((n, i) => n + estate.lines[i].count, 0);
  return c.capacity > used;
}

function planAnomaly(estate: Estate, s: Slices, input: ContextInput, monthTarget: number): AnomalyPlan | null {
  const rnd = input.rnd.child('anomaly');
  // A runaway workload: a few flexible resources of one service, alive all month, spike for some days.
  const candidates = estate.lines.filter(
    (l) => l.kind === 'flex' && !l.reserve && l.startDay <= s.firstDay && l.endDay >= s.firstDay + s.days,
  );
  if (!candidates.length) return null;
  const anchor = rnd.pick(0, candidates);
  const same = candidates.filter((l) => l.service === anchor.service).slice(0, 3);
  const P = s.count;
  const spanSlices = P === 1 ? 1 : Math.max(1, Math.round(P * (0.12 + rnd.float(1) * 0.12)));
  const first = P === 1 ? 0 : rnd.int(2, 0, P - spanSlices);
  const extra = (input.anomalyExtra * monthTarget) / input.multiplier;
  return {
    lines: same.map((l) => l.idx),
    firstSlice: first,
    lastSlice: first + spanSlices - 1,
    extraPerLineSlice: extra / (same.length * spanSlices),
  };
}
