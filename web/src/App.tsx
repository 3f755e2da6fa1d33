import { useMemo, useReducer } from 'react';
import { formReducer, INITIAL_FORM, validateForm, generateMode, scenarioSize } from './state/form.js';
import { usePreview } from './preview/usePreview.js';
import { useTheme } from './useTheme.js';
import { ScenarioForm } from './components/ScenarioForm.js';
import { Kpis } from './components/Kpis.js';
import { Charts } from './components/Charts.js';
import { PreviewTable } from './components/PreviewTable.js';
import { GeneratePanel } from './components/GeneratePanel.js';

const fmt = (n: number) => new Intl.NumberFormat().format(n);

export function App() {
  const [form, dispatch] = useReducer(formReducer, INITIAL_FORM);
  const [theme, toggleTheme] = useTheme();
  const { scenario, errors } = useMemo(() => validateForm(form), [form]);
  const preview = usePreview(scenario);
  const size = scenario ? scenarioSize(scenario) : null;
  const mode = size ? generateMode(size) : 'inline';
  // Natural sizes are known once planned, which the preview worker does.
  const totalRows = size?.totalRows ?? (preview.loading ? null : (preview.result?.totalRows ?? null));
  const errorCount = Object.keys(errors).length;
  const agg = preview.result?.aggregates;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to preview
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden="true">F</span>
          <div>
            <h1>FOCUS Generator</h1>
            <p className="muted">Synthetic FinOps FOCUS cost and usage data for AWS, Azure and GCP</p>
          </div>
        </div>
        <div className="topbar-actions">
          <a className="ghost button" href="/docs">
            API docs
          </a>
          <button type="button" className="ghost theme-toggle" onClick={toggleTheme} aria-pressed={theme === 'dark'}>
            <span aria-hidden="true">☾</span> Dark mode
          </button>
        </div>
      </header>
      <div className="layout">
        <aside className="sidebar" aria-label="Scenario settings">
          <ScenarioForm form={form} errors={errors} dispatch={dispatch} />
        </aside>
        <main id="main" className="content" tabIndex={-1}>
          <GeneratePanel scenario={scenario} mode={mode} totalRows={totalRows} fileCount={size?.files ?? 0} errorCount={errorCount} />
          <div className="preview-head">
            <h2>Preview</h2>
            <span className="muted" aria-live="polite">
              {!scenario
                ? 'Paused: fix the marked fields to update the preview'
                : preview.loading
                ? 'Updating…'
                : preview.error
                  ? ''
                  : agg
                    ? `${agg.sample.estimated ? `Estimated from the first ${fmt(agg.sample.rowsAnalysed)} of ${fmt(agg.sample.rowsInFiles)} rows` : `Computed from all ${fmt(agg.sample.rowsAnalysed)} generated rows`}${preview.ms !== null ? ` in ${preview.ms} ms` : ''}`
                    : ''}
            </span>
          </div>
          {preview.error && (
            <div className="error-box" role="alert">
              <strong>Preview failed</strong>
              <p>{preview.error}</p>
            </div>
          )}
          {agg && preview.result && (
            <div className={`preview ${preview.loading || !scenario ? 'stale' : ''}`} data-testid="preview">
              <Kpis agg={agg} />
              <Charts agg={agg} theme={theme} />
              <PreviewTable columns={preview.result.columns} rows={preview.result.rows} totalRows={preview.result.totalRows} />
            </div>
          )}
        </main>
      </div>
      <footer className="footer muted">Deterministic: the same scenario and seed always give the same files.</footer>
    </div>
  );
}
