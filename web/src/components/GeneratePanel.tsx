/**
 * Generate: inline through POST /generate-cur for small requests, otherwise a job followed over
 * Server-Sent Events (polling if the stream drops) with progress, cancel and a result card.
 */
import { useEffect, useReducer, useRef, useState } from 'react';
import type { Scenario } from '../../../src/core/scenario/index.js';
import { api, ApiError, jobEventsUrl, type Job, type JobProgress } from '../api/client.js';
import { generateReducer, IDLE, percent, formatBytes, formatDuration, type ErrorInfo } from '../state/generate.js';
import type { GenerateMode } from '../state/form.js';
import { count } from '../format.js';
import { ErrorBox } from './ErrorBox.js';
import { ValidateFile } from './ValidateFile.js';

function toErrorInfo(e: unknown): ErrorInfo {
  if (e instanceof ApiError) {
    return { message: e.message, status: e.status, kind: e.kind, correlationId: e.correlationId, errorId: e.errorId, retryAfterSeconds: e.retryAfterSeconds };
  }
  return { message: e instanceof Error ? e.message : String(e), kind: 'network' };
}

interface Props {
  scenario: Scenario | null;
  mode: GenerateMode;
  /** null while a natural size is still being planned. */
  totalRows: number | null;
  fileCount: number;
  errorCount: number;
}

export function GeneratePanel({ scenario, mode, totalRows, fileCount, errorCount }: Props) {
  const [state, dispatch] = useReducer(generateReducer, IDLE);
  const [retryLeft, setRetryLeft] = useState(0);
  // The version the shown result was generated with (the form may have changed since).
  const [resultVersion, setResultVersion] = useState<string>('1.2');
  const source = useRef<EventSource | null>(null);
  const poll = useRef<ReturnType<typeof setInterval> | null>(null);

  const stopFollowing = () => {
    source.current?.close();
    source.current = null;
    if (poll.current) clearInterval(poll.current);
    poll.current = null;
  };
  useEffect(() => stopFollowing, []);

  useEffect(() => {
    if (retryLeft <= 0) return;
    const t = setTimeout(() => setRetryLeft((s) => s - 1), 1000);
    return () => clearTimeout(t);
  }, [retryLeft]);

  const refresh = async (id: string) => {
    try {
      const job = await api.job(id);
      dispatch({ type: 'job', job });
      if (!['queued', 'running'].includes(job.state)) stopFollowing();
    } catch (e) {
      stopFollowing();
      dispatch({ type: 'failed', error: toErrorInfo(e) });
    }
  };

  const follow = (job: Job) => {
    stopFollowing();
    const startPolling = () => {
      source.current?.close();
      source.current = null;
      if (!poll.current) poll.current = setInterval(() => void refresh(job.id), 1000);
    };
    if (typeof EventSource === 'undefined') return startPolling();
    const es = new EventSource(jobEventsUrl(job.id));
    source.current = es;
    es.addEventListener('progress', (ev) => {
      try {
        const data = JSON.parse((ev as MessageEvent<string>).data) as { progress?: JobProgress } & JobProgress;
        dispatch({ type: 'progress', progress: data.progress ?? data });
      } catch {
        // A malformed event is skipped; the next one or the final state carries the truth.
      }
    });
    for (const name of ['done', 'failed', 'cancelled']) es.addEventListener(name, () => void refresh(job.id));
    es.onerror = () => {
      // The stream closed (server restart, proxy timeout): keep following by polling.
      if (source.current === es) startPolling();
    };
  };

  const generate = async () => {
    if (!scenario) return;
    setResultVersion(scenario.focusVersion);
    dispatch({ type: 'submit', mode });
    try {
      if (mode === 'inline') {
        dispatch({ type: 'inlineDone', response: await api.generateInline(scenario) });
      } else {
        const job = await api.createJob(scenario);
        dispatch({ type: 'job', job });
        follow(job);
      }
    } catch (e) {
      const info = toErrorInfo(e);
      if (info.retryAfterSeconds) setRetryLeft(info.retryAfterSeconds);
      dispatch({ type: 'failed', error: info });
    }
  };

  const cancel = async () => {
    if (state.phase !== 'running') return;
    dispatch({ type: 'cancelRequested' });
    try {
      const job = await api.cancelJob(state.jobId);
      if (job && job.state) dispatch({ type: 'job', job });
      void refresh(state.jobId);
    } catch (e) {
      dispatch({ type: 'failed', error: toErrorInfo(e) });
    }
  };

  const busy = state.phase === 'submitting' || state.phase === 'running';
  const disabled = !scenario || busy || retryLeft > 0;
  return (
    <section className="panel generate" aria-labelledby="generate-title" aria-busy={busy}>
      <div className="panel-head">
        <h2 id="generate-title">Generate</h2>
        <span className={`badge ${mode === 'inline' ? 'ok' : 'info'}`}>{mode === 'inline' ? 'Inline download' : 'Background job'}</span>
      </div>
      <p className="muted">
        {!scenario
          ? 'Size unknown until the form is valid.'
          : `${totalRows === null ? 'Sizing…' : `${count(totalRows)} rows`} in ${count(fileCount)} data file${fileCount === 1 ? '' : 's'}${scenario.rowCount === undefined ? ' (natural size from the estate)' : ''}.`}
      </p>
      {errorCount > 0 && (
        <p className="field-error" role="status">
          Fix {errorCount} field{errorCount === 1 ? '' : 's'} marked in the form to generate.
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void generate()} disabled={disabled}>
          {state.phase === 'submitting' ? 'Starting…' : retryLeft > 0 ? `Retry in ${retryLeft}s` : 'Generate'}
        </button>
        {state.phase === 'running' && (
          <button type="button" className="secondary" onClick={() => void cancel()} disabled={state.cancelling}>
            {state.cancelling ? 'Cancelling…' : 'Cancel job'}
          </button>
        )}
        {(state.phase === 'done' || state.phase === 'cancelled' || state.phase === 'error') && (
          <button type="button" className="ghost" onClick={() => dispatch({ type: 'dismiss' })}>
            Clear
          </button>
        )}
      </div>

      {state.phase === 'running' && (
        <div className="progress-block" aria-live="polite">
          <div className="progress-label">
            <span>{state.state === 'queued' ? 'Queued…' : `Generating… ${percent(state.progress)}%`}</span>
            <span className="muted">Job {state.jobId}</span>
          </div>
          <div className="progress" role="progressbar" aria-label="Job progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent(state.progress)}>
            <div className="progress-fill" style={{ width: `${percent(state.progress)}%` }} />
          </div>
          {state.progress && (
            <dl className="progress-stats">
              <div><dt>Rows</dt><dd>{count(state.progress.rowsWritten)} / {count(state.progress.totalRows)}</dd></div>
              <div><dt>Rate</dt><dd>{count(Math.round(state.progress.rowsPerSecond))} rows/s</dd></div>
              <div><dt>ETA</dt><dd>{formatDuration(state.progress.etaSeconds)}</dd></div>
              <div><dt>Files</dt><dd>{state.progress.filesDone} / {state.progress.totalFiles}</dd></div>
              <div><dt>Written</dt><dd>{formatBytes(state.progress.bytesWritten)}</dd></div>
            </dl>
          )}
        </div>
      )}

      {state.phase === 'cancelled' && (
        <p className="notice" role="status">
          Job {state.jobId} cancelled{state.progress ? ` after ${count(state.progress.rowsWritten)} rows` : ''}. No partial files are offered.
        </p>
      )}

      {state.phase === 'error' && <ErrorBox error={state.error} retryLeft={retryLeft} />}

      {state.phase === 'done' && (
        <div className="result" role="status" aria-label="Generation result">
          <div className="result-head">
            <strong>Ready:</strong> {count(state.result.totalRows)} rows, {formatBytes(state.result.totalBytes)}
            {state.result.elapsed ? ` in ${state.result.elapsed}` : ''}
            {state.result.zipUrl && (
              <a className="button primary small" href={state.result.zipUrl} download>
                Download all (ZIP)
              </a>
            )}
          </div>
          <div className="table-scroll small">
            <table className="files">
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Rows</th>
                  <th scope="col">Size</th>
                  <th scope="col">SHA-256</th>
                  <th scope="col"><span className="sr-only">Download</span></th>
                  <th scope="col">Validation</th>
                </tr>
              </thead>
              <tbody>
                {state.result.files.map((f) => (
                  <tr key={f.name}>
                    <td className="mono">{f.name}</td>
                    <td>{count(f.rows)}</td>
                    <td>{formatBytes(f.bytes)}</td>
                    <td className="mono hash" title={f.sha256}>{f.sha256 ? `${f.sha256.slice(0, 12)}…` : '–'}</td>
                    <td>
                      {f.downloadUrl ? (
                        <a className="button small" href={f.downloadUrl} download aria-label={`Download ${f.name}`}>
                          Download
                        </a>
                      ) : (
                        <span className="muted">in ZIP</span>
                      )}
                    </td>
                    <td>
                      {f.downloadUrl && f.rows > 0 && /\.(csv|csv\.gz|parquet)$/.test(f.name) ? (
                        <ValidateFile url={f.downloadUrl} name={f.name} focusVersion={resultVersion} />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {state.result.validation !== undefined && state.result.validation !== null && (
            <details className="validation">
              <summary>Validation summary</summary>
              <pre>{JSON.stringify(state.result.validation, null, 2)}</pre>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
