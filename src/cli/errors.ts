import { ScenarioError } from '../core/scenario/errors.js';

/** A problem with how the command was called (bad flag value, missing file): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Print one clear message for an error and return the exit code; stack traces only with DEBUG. */
export function reportError(err: unknown): number {
  if (err instanceof ScenarioError || err instanceof UsageError) {
    process.stderr.write(`focusgen: ${err.message}\n`);
    return 2;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`focusgen: error: ${message}\n`);
  if (process.env.DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
  return 1;
}
