/**
 * The scenario form. Every control is labelled; every invalid value shows the library's message
 * inline (aria-invalid + aria-describedby) before anything is submitted.
 */
import type { Dispatch, ReactNode } from 'react';
import {
  PROFILES,
  DISTRIBUTIONS,
  FOCUS_VERSIONS,
  GRANULARITIES,
  TREND_SCENARIOS,
  FORMATS,
  LAYOUTS,
  BILLING_CURRENCIES,
} from '../../../src/core/scenario/index.js';
import type { ProviderId } from '../../../src/core/catalogs/types.js';
import {
  type FormState,
  type FormAction,
  type TextField,
  ROW_LIMITS,
  MONTH_LIMITS,
  SLIDER_STEPS,
  sliderToRows,
  rowsToSlider,
} from '../state/form.js';
import {
  PROVIDER_LABELS,
  PROFILE_INFO,
  DISTRIBUTION_INFO,
  TREND_INFO,
  TREND_PARAMS,
  FORMAT_LABELS,
  LAYOUT_LABELS,
} from '../state/options.js';
import { count } from '../format.js';

interface Props {
  form: FormState;
  errors: Record<string, string>;
  dispatch: Dispatch<FormAction>;
}

function fieldId(field: string): string {
  return 'f-' + field.replace(/[^A-Za-z0-9]/g, '-');
}

function FieldError({ field, errors }: { field: string; errors: Record<string, string> }) {
  const msg = errors[field];
  if (!msg) return null;
  return (
    <p className="field-error" id={`${fieldId(field)}-err`} role="alert">
      {msg}
    </p>
  );
}

function invalid(field: string, errors: Record<string, string>) {
  return errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${fieldId(field)}-err` } : {};
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

function Select<T extends string>(props: {
  label: string;
  field: TextField;
  value: T;
  options: readonly T[];
  labels?: Record<string, string>;
  dispatch: Dispatch<FormAction>;
}) {
  const id = fieldId(props.field);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.dispatch({ type: 'set', field: props.field, value: e.target.value })}>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.labels?.[o] ?? o}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ScenarioForm({ form, errors, dispatch }: Props) {
  const set = (field: TextField) => (value: string) => dispatch({ type: 'set', field, value });
  const rowsNum = Number(form.rowCount);
  return (
    <form className="scenario-form" aria-label="Scenario" onSubmit={(e) => e.preventDefault()} noValidate>
      <Section title="Cloud providers">
        <div className="chips" role="group" aria-label="Providers" {...invalid('providers', errors)}>
          {(['aws', 'azure', 'gcp'] as ProviderId[]).map((p) => (
            <label key={p} className={`chip ${form.providers.includes(p) ? 'on' : ''}`}>
              <input type="checkbox" checked={form.providers.includes(p)} onChange={() => dispatch({ type: 'toggleProvider', provider: p })} />
              <span className={`dot dot-${p}`} aria-hidden="true" />
              <span>{p.toUpperCase()}</span>
              <span className="sr-only"> ({PROVIDER_LABELS[p]})</span>
            </label>
          ))}
        </div>
        <FieldError field="providers" errors={errors} />
      </Section>

      <Section title="Profile">
        <div className="cards" role="radiogroup" aria-label="Profile">
          {PROFILES.map((p) => (
            <label key={p} className={`card-option ${form.profile === p ? 'on' : ''}`}>
              <input type="radio" name="profile" value={p} checked={form.profile === p} onChange={() => set('profile')(p)} />
              <span className="card-title">{p}</span>
              <span className="card-spend">{PROFILE_INFO[p].spend}</span>
              <span className="card-blurb">{PROFILE_INFO[p].blurb}</span>
            </label>
          ))}
        </div>
      </Section>

      <Section title="Workload distribution">
        <div className="cards two" role="radiogroup" aria-label="Workload distribution">
          {DISTRIBUTIONS.map((d) => (
            <label key={d} className={`card-option ${form.distribution === d ? 'on' : ''}`}>
              <input type="radio" name="distribution" value={d} checked={form.distribution === d} onChange={() => set('distribution')(d)} />
              <span className="card-title">{d}</span>
              <span className="card-blurb">{DISTRIBUTION_INFO[d]}</span>
            </label>
          ))}
        </div>
      </Section>

      <Section title="Size">
        <div className="segmented" role="radiogroup" aria-label="Row count mode">
          <label className={form.rowMode === 'exact' ? 'on' : ''}>
            <input type="radio" name="rowMode" checked={form.rowMode === 'exact'} onChange={() => set('rowMode')('exact')} />
            Exact rows per file
          </label>
          <label className={form.rowMode === 'natural' ? 'on' : ''}>
            <input type="radio" name="rowMode" checked={form.rowMode === 'natural'} onChange={() => set('rowMode')('natural')} />
            Natural size
          </label>
        </div>
        {form.rowMode === 'exact' ? (
          <div className="field">
            <label htmlFor={fieldId('rowCount')}>Rows per provider-month file</label>
            <div className="row-inputs">
              <input
                type="range"
                aria-label="Rows (logarithmic slider)"
                min={0}
                max={SLIDER_STEPS}
                value={rowsToSlider(rowsNum)}
                aria-valuetext={Number.isFinite(rowsNum) ? `${count(rowsNum)} rows` : 'invalid'}
                onChange={(e) => set('rowCount')(String(sliderToRows(Number(e.target.value))))}
              />
              <input
                id={fieldId('rowCount')}
                className="num"
                inputMode="numeric"
                value={form.rowCount}
                onChange={(e) => set('rowCount')(e.target.value)}
                {...invalid('rowCount', errors)}
              />
            </div>
            <p className="hint">
              {count(ROW_LIMITS.min)} to {count(ROW_LIMITS.max)} rows; up to 100,000 per file finishes inline, larger runs as a job.
            </p>
            <FieldError field="rowCount" errors={errors} />
          </div>
        ) : (
          <p className="hint">Rows follow from the estate (accounts × resources × charge periods) of the chosen profile.</p>
        )}
      </Section>

      <Section title="Time and format">
        <div className="grid2">
          <div className="field">
            <label htmlFor={fieldId('startMonth')}>Start month</label>
            <input id={fieldId('startMonth')} type="month" value={form.startMonth} onChange={(e) => set('startMonth')(e.target.value)} {...invalid('startMonth', errors)} />
            <FieldError field="startMonth" errors={errors} />
          </div>
          <div className="field">
            <label htmlFor={fieldId('months')}>Months</label>
            <input
              id={fieldId('months')}
              className="num"
              type="number"
              min={MONTH_LIMITS.min}
              max={MONTH_LIMITS.max}
              value={form.months}
              onChange={(e) => set('months')(e.target.value)}
              {...invalid('months', errors)}
            />
            <FieldError field="months" errors={errors} />
          </div>
          <Select label="Granularity" field="granularity" value={form.granularity} options={GRANULARITIES} dispatch={dispatch} />
          <Select label="FOCUS version" field="focusVersion" value={form.focusVersion} options={FOCUS_VERSIONS} dispatch={dispatch} />
          {form.focusVersion === '1.4' && (
            <div className="field">
              <label className={`chip ${form.billingDatasets ? 'on' : ''}`}>
                <input type="checkbox" checked={form.billingDatasets} onChange={() => dispatch({ type: 'toggleBillingDatasets' })} />
                <span>Also BillingPeriod and InvoiceDetail</span>
              </label>
              <p className="hint">FOCUS 1.4 datasets derived from the same charges: invoice lines add up to CostAndUsage exactly.</p>
              <FieldError field="datasets" errors={errors} />
            </div>
          )}
          <Select label="Billing currency" field="billingCurrency" value={form.billingCurrency} options={BILLING_CURRENCIES} dispatch={dispatch} />
          <div className="field">
            <label htmlFor={fieldId('seed')}>Seed</label>
            <input id={fieldId('seed')} className="num" inputMode="numeric" value={form.seed} onChange={(e) => set('seed')(e.target.value)} {...invalid('seed', errors)} />
            <FieldError field="seed" errors={errors} />
          </div>
        </div>
      </Section>

      <Section title="Trend">
        <Select label="Trend scenario" field="trend" value={form.trend} options={TREND_SCENARIOS} dispatch={dispatch} />
        <p className="hint">{TREND_INFO[form.trend]}</p>
        <div className="grid2">
          {TREND_PARAMS[form.trend].map((p) => {
            const field = `trend.parameters.${p.name}`;
            const max = p.name === 'stepMonth' || p.name === 'anomalyMonth' ? Math.min(p.max, Number(form.months) || p.max) : p.max;
            return (
              <div className="field" key={p.name}>
                <label htmlFor={fieldId(field)}>
                  {p.label} {p.unit ? `(${p.unit})` : ''}
                </label>
                <input
                  id={fieldId(field)}
                  className="num"
                  inputMode={p.kind === 'number' ? 'decimal' : 'numeric'}
                  placeholder={p.placeholder}
                  value={form.trendParams[p.name] ?? ''}
                  onChange={(e) => dispatch({ type: 'setTrendParam', name: p.name, value: e.target.value })}
                  {...invalid(field, errors)}
                />
                <p className="hint">
                  {p.min} to {max}
                  {p.kind === 'months' ? ' each' : ''}; empty uses {p.placeholder}
                </p>
                <FieldError field={field} errors={errors} />
              </div>
            );
          })}
        </div>
        <FieldError field="trend" errors={errors} />
      </Section>

      <Section title="Output">
        <div className="grid2">
          <Select label="Format" field="format" value={form.format} options={FORMATS} labels={FORMAT_LABELS} dispatch={dispatch} />
          <Select label="Layout" field="layout" value={form.layout} options={LAYOUTS} labels={LAYOUT_LABELS} dispatch={dispatch} />
        </div>
        <FieldError field="output" errors={errors} />
      </Section>
      <FieldError field="" errors={errors} />
    </form>
  );
}
