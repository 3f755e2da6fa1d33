/**
 * Planted defects: a conformant hand-written FOCUS slice passes with zero failures in spec
 * semantics; changing one thing makes exactly the expected rule or extra check fail.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { generatorCriteria, loadModel, validate, type ValidationReport } from '../../src/validate/index.js';
import { COLUMNS_12, COLUMNS_13, COLUMNS_14, MODELS_DIR, SKIP_NO_MODELS, rows12, rows13, rows14, writeCsv, type Row } from './fixtures.js';

const modelPath = (v: string) => join(MODELS_DIR, `model-${v}.json`);

async function check(version: string, columns: string[], rows: Row[]): Promise<ValidationReport> {
  const model = loadModel(modelPath(version));
  return validate({ paths: [writeCsv(columns, rows)] }, { focusVersion: version, model: modelPath(version), criteria: generatorCriteria(model) });
}
const failedRules = (r: ValidationReport) => r.rules.filter((x) => !x.composite && x.status === 'failed').map((x) => x.ruleId).sort();
const failedExtra = (r: ValidationReport) => r.extraChecks.filter((x) => x.status === 'failed').map((x) => x.id).sort();

describe.skipIf(SKIP_NO_MODELS)('planted defects (FOCUS 1.2, spec semantics)', () => {
  it('the conformant fixture passes with zero failures', async () => {
    const r = await check('1.2', COLUMNS_12, rows12());
    expect(failedRules(r)).toEqual([]);
    expect(failedExtra(r)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.summary.passed).toBeGreaterThan(200);
    expect(r.extraChecks.find((e) => e.id === 'commitment-amortization')?.status).toBe('passed');
  });

  const cases: [string, (rows: Row[]) => string[] | void, string[], string[]][] = [
    ['wrong enum value', (r) => { r[0].ChargeCategory = 'Usages'; }, ['ChargeCategory-C-003-M', 'ConsumedQuantity-C-004-C'], []],
    ['fractional-second timestamp', (r) => { r[0].ChargePeriodStart = '2025-01-10T00:00:00.000Z'; }, ['ChargePeriodStart-C-002-M'], []],
    ['ListCost is not ListUnitPrice x PricingQuantity', (r) => { r[0].ListCost = '2.31'; }, ['ListUnitPrice-C-010-C'], []],
    ['Tax row with a SkuId', (r) => { r[13].SkuId = 'SKU-TAX'; }, ['SkuId-C-004-C'], []],
    ['subcategory under the wrong parent', (r) => { r[0].ServiceSubcategory = 'Relational Databases'; }, ['ServiceSubcategory-C-004-M'], ['subcategory-parent']],
    ['nested Tags', (r) => { r[0].Tags = '{"env":{"a":"b"}}'; }, ['Tags-C-001-M'], ['json-key-value']],
    ['non-ASCII string', (r) => { r[0].ResourceName = 'w\u00e9b-1'; }, ['ResourceName-C-002-M'], []],
    ['broken commitment amortization', (r) => { r[3].EffectiveCost = '20'; r[3].PricingCurrencyEffectiveCost = '20'; }, [], ['commitment-amortization']],
    ['duplicate rows', (r) => { r.push({ ...r[0] }); }, [], ['no-duplicate-rows']],
    ['custom column without x_', (r) => { r.forEach((x) => (x.CostCenter = 'cc1')); return [...COLUMNS_12, 'CostCenter']; }, [], ['custom-columns-prefixed']],
  ];
  for (const [name, mutate, rules, extra] of cases) {
    it(`fails on: ${name}`, async () => {
      const rows = rows12();
      const cols = mutate(rows) ?? COLUMNS_12;
      const r = await check('1.2', cols, rows);
      expect(failedRules(r)).toEqual(rules);
      expect(failedExtra(r)).toEqual(extra);
      expect(r.ok).toBe(false);
    });
  }

  it('a commitment whose hourly value changes between interior periods fails the constant-per-hour check', async () => {
    const rows = rows12();
    // day 11 (an interior period): used 18 -> 30 and purchase 24 -> 36 keeps the billing-period sums equal
    rows[5].EffectiveCost = '30';
    rows[5].PricingCurrencyEffectiveCost = '30';
    rows[4].BilledCost = '36';
    rows[4].ListCost = '36';
    rows[4].ContractedCost = '36';
    rows[4].PricingQuantity = '36';
    rows[4].CommitmentDiscountQuantity = '36';
    const r = await check('1.2', COLUMNS_12, rows);
    expect(failedExtra(r)).toEqual(['commitment-constant-per-hour']);
  });

  it('official semantics predicts the official validator quirks on the same conformant data', async () => {
    const model = loadModel(modelPath('1.2'));
    const r = await validate({ paths: [writeCsv(COLUMNS_12, rows12())] }, { model: modelPath('1.2'), semantics: 'official', criteria: generatorCriteria(model) });
    const failed = failedRules(r);
    // all-digit account ids typed as integers by the official CSV loader; malformed/inverted model conditions
    expect(failed).toEqual(expect.arrayContaining(['BillingAccountId-C-002-M', 'CapacityReservationStatus-C-004-C', 'CommitmentDiscountStatus-C-003-C']));
    expect(failed).not.toContain('CommitmentDiscountStatus-C-005-M'); // OR passes when any row has an allowed value
  });
});

describe.skipIf(SKIP_NO_MODELS)('conformant fixtures of FOCUS 1.3 and 1.4', () => {
  it('1.3 CostAndUsage passes', async () => {
    const r = await check('1.3', COLUMNS_13, rows13());
    expect([failedRules(r), failedExtra(r)]).toEqual([[], []]);
  });
  it('1.4 CostAndUsage passes; the model dependency cycle is reported as a model defect', async () => {
    const r = await check('1.4', COLUMNS_14, rows14());
    expect([failedRules(r), failedExtra(r)]).toEqual([[], []]);
    const cyc = r.rules.find((x) => x.ruleId === 'CAU-CommitmentDiscountUnit-C-005-C');
    expect(cyc?.status).toBe('model-defect');
    expect(cyc?.defect?.upstream).toContain('#2447');
  });
  it('1.4 data with a mistyped cost fails the type rule', async () => {
    const rows = rows14();
    rows[0].BilledCost = 'abc';
    const r = await check('1.4', COLUMNS_14, rows);
    expect(failedRules(r)).toContain('CAU-BilledCost-C-002-M');
  });
});
