import { describe, it, expect } from 'vitest';
import { aggregateRows, previewScenario, type RowSource } from '../../src/core/preview.js';
import { normalizeScenario } from '../../src/core/scenario/index.js';
import { planScenario } from '../../src/core/generate.js';
import { dec, add, format, ZERO, ONE, fromInt } from '../../src/core/decimal.js';

const COLS = ['ChargePeriodStart', 'ChargePeriodEnd', 'BillingPeriodStart', 'EffectiveCost', 'BilledCost', 'ListCost', 'ServiceCategory', 'ServiceName', 'ResourceId', 'ChargeCategory', 'CommitmentDiscountStatus', 'PricingCategory'];

type R = Partial<Record<(typeof COLS)[number], string | null>>;
function row(r: R): (string | null)[] {
  return COLS.map((c) => r[c] ?? null);
}
function day(d: string, month = d.slice(0, 7)): R {
  return { ChargePeriodStart: `${d}T00:00:00Z`, ChargePeriodEnd: `${d}T00:00:00Z`.replace(/-(\d\d)T/, (_, x) => `-${String(Number(x) + 1).padStart(2, '0')}T`), BillingPeriodStart: `${month}-01T00:00:00Z` };
}

const awsRows = [
  row({ ...day('2025-01-01'), EffectiveCost: '0.1', BilledCost: '0.1', ListCost: '0.2', ServiceCategory: 'Compute', ServiceName: 'EC2', ResourceId: 'i-1', ChargeCategory: 'Usage', CommitmentDiscountStatus: 'Used' }),
  row({ ...day('2025-01-01'), EffectiveCost: '0.2', BilledCost: '0.2', ListCost: '0.3', ServiceCategory: 'Compute', ServiceName: 'EC2', ResourceId: 'i-2', ChargeCategory: 'Usage', PricingCategory: 'Standard' }),
  row({ ...day('2025-01-02'), EffectiveCost: '5', BilledCost: '0', ListCost: '0', ServiceCategory: 'Compute', ServiceName: 'EC2', ChargeCategory: 'Usage', CommitmentDiscountStatus: 'Unused' }),
  row({ ...day('2025-01-02'), EffectiveCost: '7.5', BilledCost: '7.5', ListCost: '7.5', ServiceCategory: 'Storage', ServiceName: 'S3', ResourceId: 'b-1', ChargeCategory: 'Usage', PricingCategory: 'Standard' }),
  row({ ...day('2025-02-01'), EffectiveCost: '20', BilledCost: '20', ListCost: '20', ServiceCategory: 'Storage', ServiceName: 'S3', ResourceId: 'b-1', ChargeCategory: 'Usage', PricingCategory: 'Standard' }),
];
// Another provider's file with its columns in a different order: aggregation must go by name.
const GCOLS = [...COLS].reverse();
const gcpRows = [row({ ...day('2025-01-01'), EffectiveCost: '1.05', BilledCost: '1.05', ListCost: '1.05', ServiceCategory: 'Databases', ServiceName: 'Cloud SQL', ResourceId: 'db-1', ChargeCategory: 'Usage' })].map((r) => [...r].reverse());

const sources = (): RowSource[] => [
  { provider: 'aws', columns: COLS, weight: ONE, rows: awsRows },
  { provider: 'gcp', columns: GCOLS, weight: ONE, rows: gcpRows },
];
const ctx = { currency: 'EUR', anomalies: [], totalRows: 6 };

describe('aggregateRows', () => {
  const a = aggregateRows(sources(), ctx);

  it('totals cost exactly, without float artifacts', () => {
    expect(a.kpis.totalEffectiveCost).toBe('33.85');
    expect(a.kpis.totalBilledCost).toBe('28.85');
    expect(a.currency).toBe('EUR');
  });

  it('groups by day and provider, and by billing month', () => {
    expect(a.daily.map((d) => [d.key, d.total])).toEqual([
      ['2025-01-01', '1.35'],
      ['2025-01-02', '12.5'],
      ['2025-02-01', '20'],
    ]);
    expect(a.daily[0].byProvider).toEqual({ aws: '0.3', gcp: '1.05' });
    expect(a.monthly.map((m) => [m.key, m.total])).toEqual([
      ['2025-01', '13.85'],
      ['2025-02', '20'],
    ]);
    expect(a.kpis.monthOverMonthChange).toBeCloseTo((20 - 13.85) / 13.85, 10);
  });

  it('ranks categories and services', () => {
    expect(a.byCategory).toEqual([
      { name: 'Storage', cost: '27.5' },
      { name: 'Compute', cost: '5.3' },
      { name: 'Databases', cost: '1.05' },
    ]);
    expect(a.topServices[0]).toEqual({ name: 'S3', provider: 'aws', cost: '27.5' });
    expect(a.kpis.topService).toEqual({ name: 'S3', cost: '27.5' });
    expect(a.kpis.distinctResources).toBe(4);
    expect(a.kpis.providers).toBe(2);
    expect(a.providers).toEqual(['aws', 'gcp']);
  });

  it('coverage counts on-demand usage only in categories where commitments apply; utilisation is used / (used + unused)', () => {
    // Compute: covered list 0.2, on-demand list 0.3 -> 0.4. Storage on-demand is not eligible (no commitment there).
    expect(a.commitment.eligibleListCost).toBe('0.5');
    expect(a.commitment.coveredListCost).toBe('0.2');
    expect(a.commitment.coverage).toBeCloseTo(0.4, 12);
    expect(a.commitment.usedCost).toBe('0.1');
    expect(a.commitment.unusedCost).toBe('5');
    expect(a.commitment.utilisation).toBeCloseTo(0.1 / 5.1, 12);
  });

  it('average daily cost spans the charge periods', () => {
    expect(a.kpis.days).toBe(32);
    expect(a.kpis.averageDailyCost).toBe(format(dec((33.85 / 32).toFixed(2))));
  });

  it('weights sampled rows and says the figures are estimates', () => {
    const w = aggregateRows([{ provider: 'aws', columns: COLS, weight: fromInt(10), rows: awsRows }], ctx);
    expect(w.kpis.totalEffectiveCost).toBe('328');
    expect(w.sample).toEqual({ rowsAnalysed: 5, rowsInFiles: 6, estimated: true });
    expect(a.sample.estimated).toBe(false);
  });

  it('has no commitment figures when there is no commitment usage', () => {
    const n = aggregateRows([{ provider: 'gcp', columns: GCOLS, weight: ONE, rows: gcpRows }], ctx);
    expect(n.commitment.coverage).toBeNull();
    expect(n.commitment.utilisation).toBeNull();
    expect(n.kpis.monthOverMonthChange).toBeNull();
  });
});

describe('previewScenario', () => {
  const scenario = normalizeScenario({ providers: ['aws', 'azure'], months: 2, rowCount: 300, startMonth: '2025-03' });
  const p = previewScenario(scenario, { maxRows: 7, maxRowsPerFile: 1000 });
  const sum = (xs: string[]) => format(xs.reduce((acc, x) => add(acc, dec(x)), ZERO));

  it('returns the first rows with the plan columns and the plan total', () => {
    const plan = planScenario(scenario);
    expect(p.totalRows).toBe(plan.totalRows);
    expect(p.rows).toHaveLength(7);
    for (const f of plan.files) for (const c of f.columns) expect(p.columns).toContain(c.name);
    for (const r of p.rows) expect(r).toHaveLength(p.columns.length);
  });

  it('aggregates reconcile: categories, days, months and providers all sum to the total', () => {
    const a = p.aggregates;
    const total = a.kpis.totalEffectiveCost;
    expect(sum(a.byCategory.map((c) => c.cost))).toBe(total);
    expect(sum(a.daily.map((d) => d.total))).toBe(total);
    expect(sum(a.monthly.map((d) => d.total))).toBe(total);
    expect(sum(a.monthly.flatMap((m) => Object.values(m.byProvider)))).toBe(total);
    expect(a.providers).toEqual(['aws', 'azure']);
    expect(a.sample).toEqual({ rowsAnalysed: planScenario(scenario).totalRows, rowsInFiles: planScenario(scenario).totalRows, estimated: false });
  });

  it('samples large files (first rows, or strata) and flags the estimate', () => {
    const big = previewScenario(normalizeScenario({ rowCount: 5_000 }), { maxRows: 3, maxRowsPerFile: 800, strata: 4 });
    expect(big.aggregates.sample.rowsAnalysed).toBe(800);
    expect(big.aggregates.sample.estimated).toBe(true);
    expect(sum(big.aggregates.byCategory.map((c) => c.cost))).toBe(big.aggregates.kpis.totalEffectiveCost);
    const capped = previewScenario(normalizeScenario({ rowCount: 900, providers: ['aws', 'gcp'] }), { maxRows: 0, maxRowsTotal: 1000 });
    expect(capped.rows).toEqual([]);
    expect(capped.aggregates.sample).toEqual({ rowsAnalysed: 1000, rowsInFiles: 1800, estimated: true });
  });
});
