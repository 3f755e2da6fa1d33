/**
 * Runs the server's FOCUS validator (POST /api/v1/validate) on one generated file and shows the
 * summary inline: rules passed/failed against the official requirements model of the version.
 */
import { useState } from 'react';
import { api, ApiError, type ValidationReport } from '../api/client.js';
import { count } from '../format.js';

type State = { phase: 'idle' } | { phase: 'running' } | { phase: 'done'; report: ValidationReport } | { phase: 'error'; message: string; correlationId: string | null };

export function ValidateFile({ url, name, focusVersion }: { url: string; name: string; focusVersion: string }) {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const run = async () => {
    setState({ phase: 'running' });
    try {
      setState({ phase: 'done', report: await api.validateFile(url, name, focusVersion) });
    } catch (e) {
      setState({ phase: 'error', message: e instanceof Error ? e.message : String(e), correlationId: e instanceof ApiError ? e.correlationId : null });
    }
  };
  if (state.phase === 'done') {
    const s = state.report.summary;
    return (
      <span className={`validation-result ${state.report.ok ? 'ok' : 'bad'}`} role="status">
        {state.report.ok ? '✓ Conformant' : '✗ Not conformant'}: {count(s.passed)} of {count(s.rules)} rules passed, {count(s.failed)} failed
        {s.modelDefect ? `, ${count(s.modelDefect)} model defects` : ''} (FOCUS {state.report.focusVersion})
      </span>
    );
  }
  if (state.phase === 'error') {
    return (
      <span className="validation-result bad" role="alert">
        Validation failed: {state.message}
        {state.correlationId ? ` (correlation id ${state.correlationId})` : ''}
      </span>
    );
  }
  return (
    <button type="button" className="small" onClick={() => void run()} disabled={state.phase === 'running'} aria-label={`Validate ${name}`}>
      {state.phase === 'running' ? 'Validating…' : 'Validate'}
    </button>
  );
}
