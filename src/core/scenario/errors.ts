/** One error class for bad input anywhere: it names each bad field, the value given and what is allowed. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. "trend.parameters.growthRate". */
  field: string;
  message: string;
  /** The value that was given, when there was one. */
  received?: unknown;
  /** Allowed values or range, when known. */
  allowed?: string;
}

/** A short, safe rendering of a bad value: bounded length, no recursion into deep or cyclic input. */
export function preview(v: unknown, budget = 80): string {
  if (v === null || typeof v !== 'object') {
    const s = typeof v === 'string' ? JSON.stringify(v) : String(v);
    return s.length > budget ? s.slice(0, budget) + '...' : s;
  }
  if (Array.isArray(v)) return `[array of ${v.length}]`;
  const keys = Object.keys(v);
  return `{${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', ...' : ''}}`;
}

export class ScenarioError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(
      'Invalid scenario:\n' +
        issues
          .map(
            (i) =>
              `  - ${i.field || '(root)'}: ${i.message}` +
              (i.received !== undefined ? ` (got ${preview(i.received)})` : '') +
              (i.allowed ? `; allowed: ${i.allowed}` : ''),
          )
          .join('\n'),
    );
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}
