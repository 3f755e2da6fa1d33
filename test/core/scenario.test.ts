import { describe, expect, it } from 'vitest';
import { normalizeScenario, ScenarioError, scenarioJsonSchema } from '../../src/core/scenario/index.js';

function issues(input: unknown) {
  try {
    normalizeScenario(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).issues;
  }
  throw new Error('expected a ScenarioError');
}

describe('scenario', () => {
  it('accepts the seed request body and maps it onto the scenario', () => {
    const s = normalizeScenario({
      profile: 'Greenfield',
      distribution: 'Evenly Distributed',
      row_count: 100,
      providers: ['aws', 'azure'],
      multi_month: true,
      trend_options: { monthCount: 6, scenario: 'linear', parameters: { growthRate: 10, peakMultiplier: 2.5 } },
    });
    expect(s.rowCount).toBe(100);
    expect(s.months).toBe(6);
    expect(s.trend).toEqual({ scenario: 'linear', parameters: { growthRate: 10, peakMultiplier: 2.5 } });
    expect(s.focusVersion).toBe('1.2');
  });
  it('without multi_month the seed body is one month, as in the seed', () => {
    expect(normalizeScenario({ row_count: 10, multi_month: false, trend_options: { monthCount: 6, scenario: 'linear' } }).months).toBe(1);
  });
  it('names every bad field with the value given and what is allowed, in the caller\'s own names', () => {
    const found = issues({ profile: 'Huge', row_count: 0, providers: ['ibm'], foo: 1, multi_month: true, trend_options: { monthCount: 99, scenario: 'linear' } });
    const byField = Object.fromEntries(found.map((i) => [i.field, i]));
    expect(byField.profile.allowed).toBe('"Greenfield", "Large Business", "Enterprise"');
    expect(byField.profile.received).toBe('Huge');
    expect(byField.row_count.allowed).toBe('>= 1');
    expect(byField['providers.0'].allowed).toBe('"aws", "azure", "gcp"');
    expect(byField.foo.message).toBe('unknown field');
    expect(byField['trend_options.monthCount'].allowed).toBe('<= 36');
  });
  it('rejects trend months outside the window and datasets a version lacks', () => {
    expect(issues({ months: 3, trend: { scenario: 'stepChange', parameters: { stepMonth: 5 } } })[0].field).toBe('trend.parameters.stepMonth');
    expect(issues({ focusVersion: '1.2', datasets: ['InvoiceDetail'] })[0].field).toBe('datasets');
    expect(issues('not an object')[0].message).toMatch(/object/);
  });
  it('generates the 1.4 BillingPeriod and InvoiceDetail datasets, and says which datasets it does not', () => {
    expect(normalizeScenario({ focusVersion: '1.4', datasets: ['CostAndUsage', 'BillingPeriod', 'InvoiceDetail'] }).datasets).toHaveLength(3);
    const cc = issues({ focusVersion: '1.4', datasets: ['CostAndUsage', 'ContractCommitment'] })[0];
    expect(cc).toMatchObject({ field: 'datasets', allowed: '"CostAndUsage", "BillingPeriod", "InvoiceDetail"' });
    expect(cc.message).toMatch(/ContractCommitment.*not generated/);
    const old = issues({ focusVersion: '1.3', datasets: ['BillingPeriod'] })[0];
    expect(old).toMatchObject({ field: 'datasets', allowed: '"CostAndUsage"' });
    expect(old.message).toMatch(/1\.4 datasets/);
    expect(issues({ focusVersion: '1.4', datasets: ['InvoiceDetail', 'InvoiceDetail'] })[0].message).toMatch(/twice/);
  });
  it('exports a JSON Schema for forms and OpenAPI', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, { enum?: string[] }> };
    expect(schema.properties.focusVersion.enum).toEqual(['1.0', '1.1', '1.2', '1.3', '1.4']);
    expect(Object.keys(schema.properties)).toContain('trend');
  });
});

describe('hostile input', () => {
  it('deeply nested values give a short message, not a stack overflow', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const err = (() => {
      try {
        normalizeScenario({ profile: deep });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err).toBeInstanceOf(ScenarioError);
    expect(err!.message.length).toBeLessThan(400);
  });
});
