/**
 * Route schemas for OpenAPI. Request bodies that carry a scenario come from the library's
 * scenario schema (one source of truth); they are documented here and validated by
 * normalizeScenario, which also accepts the seed's names and gives field-level messages.
 */
import { scenarioJsonSchema } from '../core/scenario/index.js';
import { JOB_STATES } from '../jobs/types.js';

type Json = Record<string, unknown>;

export function scenarioSchema(): Json {
  const { $schema: _drop, ...rest } = scenarioJsonSchema();
  return { ...rest, description: 'A generation scenario (see GET /api/v1/schema).' };
}

/** The seed's request body: the scenario plus the seed's own names. */
export function seedBodySchema(): Json {
  const s = scenarioSchema();
  return {
    ...s,
    description: "The seed's request body (profile, distribution, row_count, providers, multi_month, trend_options); any scenario field is accepted too.",
    properties: {
      ...(s.properties as Json),
      row_count: { type: 'integer', minimum: 1, description: 'Rows per provider-month file (seed name of rowCount).' },
      multi_month: { type: 'boolean', description: 'Generate several months (6 unless trend_options.monthCount says otherwise).' },
      trend_options: {
        type: 'object',
        additionalProperties: false,
        properties: {
          monthCount: { type: 'integer', minimum: 1 },
          scenario: { type: 'string', enum: ['none', 'linear', 'seasonal', 'stepChange', 'anomaly'] },
          parameters: { type: 'object' },
        },
      },
    },
    examples: [{ profile: 'Greenfield', distribution: 'Evenly Distributed', row_count: 100, providers: ['aws'] }],
  };
}

export const errorSchema: Json = {
  type: 'object',
  description: "The seed's error shape; error_id is the request's correlation id.",
  required: ['error', 'error_id', 'message', 'type', 'details'],
  properties: {
    error: { type: 'boolean', const: true },
    error_id: { type: 'string' },
    message: { type: 'string' },
    type: { type: 'string' },
    details: { type: 'object', additionalProperties: true },
  },
};

export function errors(...codes: number[]): Record<number, Json> {
  return Object.fromEntries(codes.map((c) => [c, errorSchema]));
}

const fileSchema: Json = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    rows: { type: 'integer' },
    bytes: { type: 'integer' },
    sha256: { type: 'string' },
    provider: { type: 'string' },
    billingPeriod: { type: 'string' },
    dataset: { type: 'string' },
    kind: { type: 'string' },
    downloadUrl: { type: 'string' },
  },
};

export const generateResponseSchema: Json = {
  type: 'object',
  properties: {
    message: { type: 'string' },
    downloadUrl: { type: 'string', description: 'Signed, expiring link: the CSV itself when one file, else a ZIP with manifest.json' },
    fileName: { type: 'string' },
    fileSize: { type: 'string', description: 'Human-readable size of the download, e.g. "2.4 MB"' },
    fileSizeBytes: { type: 'integer' },
    generationTime: { type: 'string', description: 'e.g. "1.42 seconds"' },
    generationTimeMs: { type: 'number' },
    expiresAt: { type: 'string' },
    summary: {
      type: 'object',
      additionalProperties: true,
      properties: {
        totalRows: { type: 'integer' },
        providers: { type: 'array', items: { type: 'string' } },
        dateRange: { type: 'string', description: 'YYYY-MM to YYYY-MM' },
        fileCount: { type: 'integer' },
        files: { type: 'array', items: fileSchema },
        focusVersion: { type: 'string' },
      },
    },
  },
};

const progressSchema: Json = {
  type: 'object',
  properties: {
    rowsWritten: { type: 'integer' },
    totalRows: { type: 'integer' },
    bytesWritten: { type: 'integer' },
    filesDone: { type: 'integer' },
    totalFiles: { type: 'integer' },
    rowsPerSecond: { type: 'number' },
    etaSeconds: { type: ['number', 'null'] },
  },
};

export const jobSchema: Json = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    state: { type: 'string', enum: [...JOB_STATES] },
    createdAt: { type: 'string' },
    startedAt: { type: 'string' },
    finishedAt: { type: 'string' },
    progress: progressSchema,
    result: {
      type: 'object',
      properties: {
        files: { type: 'array', items: fileSchema },
        zipUrl: { type: 'string' },
        totalRows: { type: 'integer' },
        totalBytes: { type: 'integer' },
        expiresAt: { type: 'string' },
      },
    },
    error: { type: 'object', properties: { type: { type: 'string' }, message: { type: 'string' } } },
    links: { type: 'object', properties: { self: { type: 'string' }, events: { type: 'string' }, cancel: { type: 'string' } } },
  },
};

export const jobIdParams: Json = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[A-Za-z0-9-]{1,64}$' } },
};
