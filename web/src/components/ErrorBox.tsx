import type { ErrorInfo } from '../state/generate.js';

const TITLES: Record<string, string> = {
  network: 'Cannot reach the server',
  'rate-limit': 'Too many requests',
  http: 'The server refused the request',
  job: 'The job failed',
};

/** One error presentation everywhere: what happened, what to do, and the ids support asks for. */
export function ErrorBox({ error, retryLeft = 0 }: { error: ErrorInfo; retryLeft?: number }) {
  return (
    <div className="error-box" role="alert">
      <strong>
        {TITLES[error.kind ?? 'http'] ?? 'Error'}
        {error.status ? ` (HTTP ${error.status})` : ''}
      </strong>
      <p>{error.message}</p>
      {error.kind === 'rate-limit' && (
        <p>{retryLeft > 0 ? `You can try again in ${retryLeft} s.` : error.retryAfterSeconds ? 'You can try again now.' : 'Wait a moment and try again.'}</p>
      )}
      {(error.correlationId || error.errorId) && (
        <p className="ids">
          {error.correlationId && (
            <>
              Correlation id: <code className="correlation-id">{error.correlationId}</code>{' '}
            </>
          )}
          {error.errorId && (
            <>
              Error id: <code>{error.errorId}</code>
            </>
          )}
        </p>
      )}
    </div>
  );
}
