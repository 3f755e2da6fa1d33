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

export class ScenarioError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(
      'Invalid scenario:\n' +
        issues
          .map(
            (i) =>
              `  - ${i.field || '(root)'}: ${i.message}` +
              (i.received !== undefined ? ` (got ${JSON.stringify(i.received)})` : '') +
              (i.allowed ? `; allowed: ${i.allowed}` : ''),
          )
          .join('\n'),
    );
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}
