import { describe, it, expect } from 'vitest';
import {
  formReducer,
  INITIAL_FORM,
  toScenarioInput,
  validateForm,
  generateMode,
  scenarioSize,
  sliderToRows,
  rowsToSlider,
  SLIDER_STEPS,
  ROW_LIMITS,
  type FormState,
} from '../../web/src/state/form.js';
import { normalizeScenario } from '../../src/core/scenario/index.js';

const apply = (...actions: Parameters<typeof formReducer>[1][]): FormState => actions.reduce(formReducer, INITIAL_FORM);

describe('form reducer', () => {
  it('toggles providers and keeps the canonical order', () => {
    const s = apply({ type: 'toggleProvider', provider: 'gcp' }, { type: 'toggleProvider', provider: 'azure' });
    expect(s.providers).toEqual(['aws', 'azure', 'gcp']);
    expect(formReducer(s, { type: 'toggleProvider', provider: 'aws' }).providers).toEqual(['azure', 'gcp']);
  });

  it('moves a single-month form to 6 months when a trend is chosen, and leaves an explicit month count alone', () => {
    expect(apply({ type: 'set', field: 'trend', value: 'linear' }).months).toBe('6');
    expect(apply({ type: 'set', field: 'months', value: '12' }, { type: 'set', field: 'trend', value: 'seasonal' }).months).toBe('12');
  });

  it('asks for the 1.4 billing datasets only with FOCUS 1.4, and the scenario accepts them', () => {
    const on = apply({ type: 'toggleBillingDatasets' });
    expect(toScenarioInput(on).datasets).toBeUndefined();
    const v14 = formReducer(on, { type: 'set', field: 'focusVersion', value: '1.4' });
    expect(toScenarioInput(v14).datasets).toEqual(['CostAndUsage', 'BillingPeriod', 'InvoiceDetail']);
    expect(validateForm(v14).scenario?.datasets).toEqual(['CostAndUsage', 'BillingPeriod', 'InvoiceDetail']);
    expect(toScenarioInput(formReducer(v14, { type: 'toggleBillingDatasets' })).datasets).toBeUndefined();
  });

  it('reset returns the initial form', () => {
    expect(apply({ type: 'set', field: 'seed', value: '7' }, { type: 'reset' })).toEqual(INITIAL_FORM);
  });
});

describe('form -> scenario', () => {
  it('the initial form is a valid scenario equal to what the library makes of it', () => {
    const v = validateForm(INITIAL_FORM);
    expect(v.errors).toEqual({});
    expect(v.scenario).toEqual(normalizeScenario(toScenarioInput(INITIAL_FORM)));
    expect(v.scenario?.rowCount).toBe(1000);
  });

  it('natural size leaves rowCount out', () => {
    const v = validateForm(apply({ type: 'set', field: 'rowMode', value: 'natural' }));
    expect(v.scenario?.rowCount).toBeUndefined();
  });

  it('names the field and its range for out-of-range and non-numeric input', () => {
    const big = validateForm(apply({ type: 'set', field: 'rowCount', value: '3000000000' }));
    expect(big.scenario).toBeNull();
    expect(big.errors.rowCount).toMatch(/2000000000/);
    const junk = validateForm(apply({ type: 'set', field: 'months', value: '3x' }));
    expect(Object.keys(junk.errors)).toEqual(['months']);
    const zero = validateForm(apply({ type: 'set', field: 'months', value: '0' }));
    expect(zero.errors.months).toBe('must be >= 1');
    expect(junk.errors.months).toBe('must be a whole number');
  });

  it('requires at least one provider', () => {
    const v = validateForm(apply({ type: 'toggleProvider', provider: 'aws' }));
    expect(v.errors.providers).toBeTruthy();
  });

  it('sends only the parameters of the chosen trend and checks their ranges', () => {
    const s = apply(
      { type: 'set', field: 'trend', value: 'linear' },
      { type: 'setTrendParam', name: 'growthRate', value: '250' },
      { type: 'setTrendParam', name: 'peakMultiplier', value: '3' },
    );
    const input = toScenarioInput(s) as { trend: { parameters: Record<string, unknown> } };
    expect(input.trend.parameters).toEqual({ growthRate: 250 });
    expect(validateForm(s).errors['trend.parameters.growthRate']).toMatch(/200/);
    const ok = formReducer(s, { type: 'setTrendParam', name: 'growthRate', value: '15' });
    expect(validateForm(ok).scenario?.trend).toEqual({ scenario: 'linear', parameters: { growthRate: 15 } });
  });

  it('parses peak months as a list and flags a month after the window', () => {
    const s = apply({ type: 'set', field: 'trend', value: 'seasonal' }, { type: 'setTrendParam', name: 'peakMonths', value: '11, 12' });
    expect(validateForm(s).scenario?.trend.parameters.peakMonths).toEqual([11, 12]);
    const late = apply({ type: 'set', field: 'trend', value: 'anomaly' }, { type: 'setTrendParam', name: 'anomalyMonth', value: '9' });
    expect(validateForm(late).errors['trend.parameters.anomalyMonth']).toMatch(/1\.\.6/);
  });
});

describe('size and generate mode', () => {
  it('counts a file per dataset, provider and month', () => {
    expect(scenarioSize(normalizeScenario({ rowCount: 10, providers: ['aws', 'gcp'], months: 3 }))).toEqual({ files: 6, rowsPerFile: 10, totalRows: 60 });
    expect(scenarioSize(normalizeScenario({}))).toEqual({ files: 1, rowsPerFile: null, totalRows: null });
  });

  it('inline up to the server sync limits, a job above them or for natural size', () => {
    const mode = (input: Record<string, unknown>) => generateMode(scenarioSize(normalizeScenario(input)));
    expect(mode({ rowCount: 100_000 })).toBe('inline');
    expect(mode({ rowCount: 100_001 })).toBe('job');
    expect(mode({ rowCount: 10, months: 13, providers: ['aws', 'azure', 'gcp'] })).toBe('job');
    expect(mode({ rowCount: 10, months: 12, providers: ['aws', 'azure', 'gcp'] })).toBe('inline');
    expect(mode({})).toBe('job');
  });
});

describe('log row slider', () => {
  it('covers the full range and round-trips near the position', () => {
    expect(sliderToRows(0)).toBe(ROW_LIMITS.min);
    expect(sliderToRows(SLIDER_STEPS)).toBe(ROW_LIMITS.max);
    for (const rows of [10, 1000, 50_000, 2_000_000]) {
      const back = sliderToRows(rowsToSlider(rows));
      expect(Math.abs(Math.log10(back) - Math.log10(rows))).toBeLessThan(0.03);
    }
  });
});
