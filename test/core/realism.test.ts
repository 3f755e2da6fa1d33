/**
 * Realism acceptance criteria of the generation core (issue 2), measured on generated output.
 * Spend is measured as EffectiveCost of Usage rows (amortized consumption), what a FinOps
 * analyst tracks month over month.
 */
import { describe, expect, it } from 'vitest';
import { generate, num, sumBy, usageCost, type Row } from './rows.js';
import { PROFILE_DEFS } from '../../src/core/plan/profiles.js';

const usage = (rows: Row[]) => rows.filter((r) => r.ChargeCategory === 'Usage');

describe('an estate that lives over time', () => {
  for (const provider of ['aws', 'azure', 'gcp']) {
    it(`${provider}: resources recur, spend is heavy-tailed, non-production follows the working week`, () => {
      const { files } = generate({ providers: [provider], profile: 'Large Business', rowCount: 12000, startMonth: '2025-03' });
      const rows = usage(files[0]).filter((r) => r.ResourceId !== null && r.CommitmentDiscountStatus !== 'Unused');
      expect(files[0].length).toBe(12000);
      // >= 80% of resource ids appear on >= 2 days
      const days = new Map<string, Set<string>>();
      for (const r of rows) (days.get(r.ResourceId!) ?? days.set(r.ResourceId!, new Set()).get(r.ResourceId!)!).add(r.ChargePeriodStart!);
      const recurring = [...days.values()].filter((d) => d.size >= 2).length;
      expect(recurring / days.size).toBeGreaterThanOrEqual(0.8);
      // top 10% of resources carry >= 50% of cost
      const cost = [...sumBy(rows, (r) => r.ResourceId, (r) => num(r.EffectiveCost)).values()].sort((a, b) => b - a);
      const top = cost.slice(0, Math.ceil(cost.length / 10)).reduce((a, b) => a + b, 0);
      expect(top / cost.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(0.5);
      // weekday rhythm of non-production workloads
      const envOf = (r: Row) => (r.Tags ? (JSON.parse(r.Tags).env ?? JSON.parse(r.Tags).Environment) : null);
      const nonProd = rows.filter((r) => ['dev', 'sandbox', 'staging'].includes(envOf(r)));
      const byDay = sumBy(nonProd, (r) => r.ChargePeriodStart!.slice(0, 10), (r) => num(r.EffectiveCost));
      let wd = 0, nwd = 0, we = 0, nwe = 0;
      for (const [day, c] of byDay) {
        const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
        if (dow === 0 || dow === 6) {
          we += c;
          nwe++;
        } else {
          wd += c;
          nwd++;
        }
      }
      expect(wd / nwd / (we / nwe)).toBeGreaterThan(1.4);
      // bounded tag taxonomy
      const keys = new Set<string>();
      const teams = new Set<string>();
      let untagged = 0;
      for (const r of rows) {
        if (!r.Tags) {
          untagged++;
          continue;
        }
        const t = JSON.parse(r.Tags);
        Object.keys(t).forEach((k) => keys.add(k));
        teams.add(t.team ?? t.Team);
      }
      expect(keys.size).toBeLessThanOrEqual(8);
      expect(teams.size).toBeLessThanOrEqual(30);
      expect(untagged).toBeGreaterThan(0);
    });
  }
});

describe('profiles set spend, row count only sets detail', () => {
  for (const profile of ['Greenfield', 'Large Business', 'Enterprise'] as const) {
    it(`${profile}: monthly usage spend per provider inside the profile's range`, () => {
      const { files } = generate({ providers: ['aws', 'azure', 'gcp'], profile, rowCount: 2000 });
      const [lo, hi] = PROFILE_DEFS[profile].spendUsd;
      for (const rows of files) {
        const total = usageCost(rows);
        expect(total).toBeGreaterThanOrEqual(lo);
        expect(total).toBeLessThanOrEqual(hi);
      }
    });
  }
  it('the same scenario at 500 and 20000 rows has the same spend (within 5%)', () => {
    const small = usageCost(generate({ providers: ['gcp'], rowCount: 500 }).files[0]);
    const large = usageCost(generate({ providers: ['gcp'], rowCount: 20000 }).files[0]);
    expect(Math.abs(small / large - 1)).toBeLessThan(0.05);
  });
});

describe('distributions shift spend between categories', () => {
  const share = (rows: Row[], cats: string[]) => {
    const u = usage(rows);
    const total = u.reduce((a, r) => a + num(r.EffectiveCost), 0);
    return u.filter((r) => cats.includes(r.ServiceCategory!)).reduce((a, r) => a + num(r.EffectiveCost), 0) / total;
  };
  for (const provider of ['aws', 'azure', 'gcp']) {
    it(`${provider}: ML, data, media and even mixes`, () => {
      const run = (distribution: string) => generate({ providers: [provider], distribution, rowCount: 6000, profile: 'Large Business' }).files[0];
      expect(share(run('ML-Focused'), ['AI and Machine Learning'])).toBeGreaterThanOrEqual(0.25);
      expect(share(run('Data-Intensive'), ['Storage', 'Databases', 'Analytics'])).toBeGreaterThanOrEqual(0.5);
      expect(share(run('Media-Intensive'), ['Storage', 'Networking', 'Media'])).toBeGreaterThanOrEqual(0.5);
      const even = run('Evenly Distributed');
      const cats = new Set(usage(even).map((r) => r.ServiceCategory!));
      for (const c of cats) expect(share(even, [c]), c).toBeLessThanOrEqual(0.4);
    });
  }
});

describe('trends move monthly totals as declared', () => {
  const monthly = (input: Record<string, unknown>) => generate({ providers: ['aws'], rowCount: 3000, ...input }).files.map(usageCost);
  it('linear growthRate within 3 points per month', () => {
    const m = monthly({ months: 6, trend: { scenario: 'linear', parameters: { growthRate: 8 } } });
    for (let k = 1; k < m.length; k++) expect(Math.abs((m[k] / m[k - 1] - 1) * 100 - 8)).toBeLessThanOrEqual(3);
  });
  it('stepChange ratio at stepMonth within 10% of stepMultiplier', () => {
    const m = monthly({ months: 5, trend: { scenario: 'stepChange', parameters: { stepMonth: 3, stepMultiplier: 1.8 } } });
    expect(Math.abs(m[2] / m[1] / 1.8 - 1)).toBeLessThanOrEqual(0.1);
  });
  it('seasonal peaks at peakMultiplier within 10%', () => {
    const m = monthly({ startMonth: '2025-01', months: 12, trend: { scenario: 'seasonal', parameters: { peakMultiplier: 2 } } });
    const base = m.slice(0, 10).reduce((a, b) => a + b, 0) / 10;
    for (const peak of [m[10], m[11]]) expect(Math.abs(peak / base / 2 - 1)).toBeLessThanOrEqual(0.1);
  });
  it('anomaly month ratio within 10%, concentrated in the labelled resources', async () => {
    const { plan, files } = generate({ providers: ['aws'], rowCount: 3000, months: 4, trend: { scenario: 'anomaly', parameters: { anomalyMonth: 3, anomalyMultiplier: 4 } } });
    const m = files.map(usageCost);
    const normal = (m[0] + m[1] + m[3]) / 3;
    expect(Math.abs(m[2] / normal / 4 - 1)).toBeLessThanOrEqual(0.1);
    const { anomalyLabels } = await import('../../src/core/index.js');
    const labels = anomalyLabels(plan);
    expect(labels).toHaveLength(1);
    const label = labels[0];
    expect(label.billingPeriod).toBe(plan.files[2].billingPeriod);
    const inLabel = usage(files[2]).filter((r) => label.resourceIds.includes(r.ResourceId ?? `${r.ServiceName}/${r.SkuMeter}`) && r.ChargePeriodStart! >= label.start && r.ChargePeriodStart! <= label.end);
    const extra = num(label.expectedExtraCost);
    // the labelled resources carry the anomaly's extra cost in the labelled window
    expect(inLabel.reduce((a, r) => a + num(r.EffectiveCost), 0)).toBeGreaterThanOrEqual(extra);
    expect(extra / (m[2] - normal)).toBeGreaterThan(0.9);
  });
});

describe('commitments reconcile', () => {
  for (const provider of ['aws', 'azure', 'gcp']) {
    it(`${provider}: Used + Unused per commitment and charge period is the commitment's constant hourly value; recurring purchases bill it`, () => {
      const { files } = generate({ providers: [provider], profile: 'Enterprise', months: 2, rowCount: 20000 });
      let checked = 0;
      for (const rows of files) {
        const amort = sumBy(rows.filter((r) => r.ChargeCategory === 'Usage' && r.CommitmentDiscountId), (r) => `${r.CommitmentDiscountId}|${r.ChargePeriodStart}`, (r) => num(r.EffectiveCost));
        const perCommitment = new Map<string, number[]>();
        for (const [k, v] of amort) (perCommitment.get(k.split('|')[0]) ?? perCommitment.set(k.split('|')[0], []).get(k.split('|')[0])!).push(v);
        for (const [id, values] of perCommitment) {
          for (const v of values) expect(Math.abs(v - values[0]), id).toBeLessThan(1e-6);
          const recurring = rows.filter((r) => r.ChargeCategory === 'Purchase' && r.CommitmentDiscountId === id && r.ChargeFrequency === 'Recurring');
          const oneTime = rows.some((r) => r.ChargeCategory === 'Purchase' && r.ChargeFrequency === 'One-Time' && r.CommitmentDiscountId === id);
          // Only no-upfront commitments bill their whole hourly value as a recurring fee.
          if (recurring.length && !oneTime && recurring[0].ChargeDescription!.includes('No Upfront')) {
            const billed = recurring.reduce((a, r) => a + num(r.BilledCost), 0);
            expect(Math.abs(billed - values.reduce((a, b) => a + b, 0)), id).toBeLessThan(1e-6);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});

describe('taxes follow usage', () => {
  for (const provider of ['aws', 'azure', 'gcp'] as const) {
    it(`${provider}: each tax row is the rate times the service's billed usage, to the cent`, async () => {
      const { getCatalog } = await import('../../src/core/catalogs/index.js');
      const rate = Number(getCatalog(provider).taxRate);
      const { files } = generate({ providers: [provider], months: 2, rowCount: 4000 });
      for (const rows of files) {
        const billed = sumBy(rows.filter((r) => r.ChargeCategory === 'Usage' && r.ChargeClass === null && r.PublisherName === r.ProviderName), (r) => r.ServiceName, (r) => num(r.BilledCost));
        const taxes = rows.filter((r) => r.ChargeCategory === 'Tax');
        expect(taxes.length).toBeGreaterThan(0);
        for (const t of taxes) expect(Math.abs(num(t.BilledCost) - rate * (billed.get(t.ServiceName!) ?? 0)), t.ServiceName!).toBeLessThanOrEqual(0.011);
      }
    });
  }
});
