import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normalizeScenario, planScenario, fileRows } from '../../src/core/index.js';
import { dec, format, mul } from '../../src/core/decimal.js';
import { planExtras } from '../../src/core/generate.js';
import { generate, num, type Row } from './rows.js';

function digest(input: Record<string, unknown>, parts = 1): string[] {
  const plan = planScenario(normalizeScenario(input));
  return plan.files.map((f) => {
    const h = createHash('sha256');
    for (let p = 0; p < parts; p++) for (const row of fileRows(plan, f.index, { index: p, count: parts })) h.update(JSON.stringify(row));
    return h.digest('hex');
  });
}

const TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('determinism and parts', () => {
  for (const rowCount of [undefined, 2500]) {
    it(`same scenario and seed give the same rows; parts concatenate to the whole (rowCount ${rowCount ?? 'natural'})`, () => {
      const s = { providers: ['aws', 'azure', 'gcp'], months: 2, rowCount, trend: { scenario: 'linear' } };
      const one = digest(s);
      expect(digest(s)).toEqual(one);
      expect(digest(s, 3)).toEqual(one);
      expect(digest(s, 7)).toEqual(one);
      expect(digest({ ...s, seed: 7 })).not.toEqual(one);
    });
  }
});

describe('exact row counts', () => {
  for (const granularity of ['daily', 'hourly', 'monthly'] as const) {
    for (const rowCount of [1, 10, 100, 1000, 4321]) {
      it(`${rowCount} rows per provider-month file, ${granularity}`, () => {
        const { plan, files } = generate({ providers: ['aws', 'gcp'], months: 2, rowCount, granularity });
        for (const [i, rows] of files.entries()) {
          expect(plan.files[i].rowCount).toBe(rowCount);
          expect(rows.length).toBe(rowCount);
        }
      });
    }
  }
  it('a plan handed planExtras of the same scenario takes its invoice records instead of recomputing them', () => {
    const s = normalizeScenario({ focusVersion: '1.4', providers: ['gcp'], rowCount: 800, datasets: ['CostAndUsage', 'InvoiceDetail'] });
    const plan = planScenario(s);
    const extras = planExtras(plan);
    expect(Object.keys(extras.invoices)).toEqual(['1']);
    const same = planScenario(s, extras);
    expect([...fileRows(same, 1)]).toEqual([...fileRows(plan, 1)]);
    // Marked records come back as given: no second pass over the charges happened.
    const marked = { invoices: { 1: { rows: extras.invoices[1].rows.map((r) => r.map((c, i) => (i === 7 ? 'marked' : c))), billed: extras.invoices[1].billed } } };
    const taken = [...fileRows(planScenario(s, marked), 1)];
    expect(taken.length).toBe(plan.files[1].rowCount);
    expect(taken.every((r) => r[7] === 'marked')).toBe(true);
  });

  it('natural size reports the exact count it produces', () => {
    const { plan, files } = generate({ providers: ['azure'], months: 1, granularity: 'hourly' });
    expect(files[0].length).toBe(plan.files[0].rowCount);
    expect(files[0].length).toBeGreaterThan(10_000);
  });
});

/** Every check a row must pass; returns the violations (collected, so one assertion per file). */
function rowViolations(r: Row): string[] {
  const bad: string[] = [];
  const fail = (what: string) => bad.push(`${what} in ${r.ChargeCategory} row ${r.ChargeDescription}`);
  for (const [k, v] of Object.entries(r)) {
    if (!k.startsWith('x_') && !/^[A-Z][A-Za-z]+$/.test(k)) fail(`column name ${k}`);
    if (v === null) continue;
    if (v === '') fail(`empty string in ${k}`);
    if (!/^[\x20-\x7e]*$/.test(v)) fail(`non-ASCII ${k}=${v}`);
    if (/(Cost|Price|Quantity)$/.test(k) && !/^-?\d+(\.\d{1,20})?$/.test(v)) fail(`number format ${k}=${v}`);
    if (/Period(Start|End)$/.test(k) && !TS.test(v)) fail(`timestamp ${k}=${v}`);
    if (['Tags', 'SkuPriceDetails', 'x_Discounts'].includes(k)) {
      const obj = JSON.parse(v);
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) fail(`${k} not an object`);
      else if (Object.values(obj).some((x) => typeof x === 'object' && x !== null)) fail(`${k} nested`);
    }
  }
  if (r.ListUnitPrice && r.PricingQuantity && format(mul(dec(r.ListUnitPrice), dec(r.PricingQuantity))) !== r.ListCost) fail('ListCost != ListUnitPrice x PricingQuantity');
  if (r.ContractedUnitPrice && r.PricingQuantity && format(mul(dec(r.ContractedUnitPrice), dec(r.PricingQuantity))) !== r.ContractedCost) fail('ContractedCost != ContractedUnitPrice x PricingQuantity');
  if (r.ChargeCategory === 'Usage' && r.ChargeClass === null) {
    if (num(r.ListCost) < num(r.ContractedCost)) fail('ListCost < ContractedCost');
    if (num(r.ContractedCost) < 0) fail('negative ContractedCost');
  }
  if (r.ChargeClass !== 'Correction') {
    if (r.ChargePeriodStart! < r.BillingPeriodStart! || r.ChargePeriodEnd! > r.BillingPeriodEnd!) fail('charge period outside billing period');
  } else if (r.ChargePeriodEnd! > r.BillingPeriodStart!) fail('correction not of an earlier period');
  if (!(r.ChargePeriodStart! < r.ChargePeriodEnd!)) fail('empty charge period');
  if (r.ChargeCategory === 'Tax') for (const k of ['SkuId', 'SkuPriceId', 'ListUnitPrice', 'PricingQuantity', 'PricingCategory']) if ((r[k] ?? null) !== null) fail(`Tax row with ${k}`);
  if (r.ChargeCategory === 'Purchase' && r.EffectiveCost !== '0') fail('Purchase with EffectiveCost');
  return bad;
}

describe('exact money and formats', () => {
  for (const provider of ['aws', 'azure', 'gcp']) {
    for (const focusVersion of ['1.0', '1.2', '1.4']) {
      it(`${provider} FOCUS ${focusVersion}: identities, formats, periods`, () => {
        const currency = provider === 'azure' ? 'EUR' : 'USD';
        const { files } = generate({ providers: [provider], months: 2, focusVersion, rowCount: 3000, billingCurrency: currency });
        for (const rows of files) {
          const bad = rows.flatMap(rowViolations);
          expect(bad.slice(0, 10)).toEqual([]);
          expect([...new Set(rows.map((r) => r.BillingCurrency))]).toEqual([currency]);
        }
      });
    }
  }
});
