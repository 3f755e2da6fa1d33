/**
 * POST /api/v1/validate: checks the form fields, then hands the uploaded file to the validator
 * library (src/validate). Server paths never reach the client: the report and error messages name
 * the uploaded file by the name the client gave it.
 */
import { basename } from 'node:path';
import { DATASETS, FOCUS_VERSIONS } from '../core/scenario/schema.js';
import { ApiError } from './errors.js';

const SEMANTICS = ['spec', 'official'] as const;
const TYPES = /\.(csv|csv\.gz|parquet)$/i;

export interface ValidateFields {
  focusVersion?: (typeof FOCUS_VERSIONS)[number];
  dataset?: (typeof DATASETS)[number];
  semantics?: (typeof SEMANTICS)[number];
}

export function parseValidateFields(fields: Record<string, string>): ValidateFields {
  const issues: { field: string; message: string; received?: string; allowed: string }[] = [];
  const known = ['focusVersion', 'dataset', 'semantics'];
  for (const k of Object.keys(fields)) if (!known.includes(k)) issues.push({ field: k.slice(0, 40), message: 'unknown field', allowed: known.join(', ') });
  const { focusVersion, dataset, semantics } = fields;
  if (focusVersion !== undefined && !(FOCUS_VERSIONS as readonly string[]).includes(focusVersion)) {
    issues.push({ field: 'focusVersion', message: 'unknown FOCUS version', received: focusVersion.slice(0, 20), allowed: FOCUS_VERSIONS.join(', ') });
  }
  if (dataset !== undefined && !(DATASETS as readonly string[]).includes(dataset)) {
    issues.push({ field: 'dataset', message: 'unknown dataset', received: dataset.slice(0, 40), allowed: DATASETS.join(', ') });
  }
  if (semantics !== undefined && !(SEMANTICS as readonly string[]).includes(semantics)) {
    issues.push({ field: 'semantics', message: 'unknown semantics', received: semantics.slice(0, 20), allowed: SEMANTICS.join(', ') });
  }
  if (issues.length) throw new ApiError(400, 'ValidationError', `Invalid form field(s): ${issues.map((i) => i.field).join(', ')}`, { issues });
  return {
    focusVersion: focusVersion as ValidateFields['focusVersion'],
    dataset: dataset as ValidateFields['dataset'],
    semantics: semantics as ValidateFields['semantics'],
  };
}

export function checkUploadName(name: string): void {
  if (!TYPES.test(name)) {
    throw new ApiError(400, 'ValidationError', 'The file must be .csv, .csv.gz or .parquet', { issues: [{ field: 'file', message: 'unsupported file type', received: name.slice(-60), allowed: '.csv, .csv.gz, .parquet' }] });
  }
}

export async function runValidation(path: string, fileName: string, fields: Record<string, string>): Promise<unknown> {
  const opts = parseValidateFields(fields);
  // DuckDB loads only when someone validates
  const { validate, ValidationInputError } = await import('../validate/index.js');
  const hide = (s: string) => s.split(path).join(fileName);
  try {
    const report = await validate({ paths: [path] }, { focusVersion: opts.focusVersion, dataset: opts.dataset, semantics: opts.semantics });
    return JSON.parse(hide(JSON.stringify({ ...report, modelPath: basename(report.modelPath) })));
  } catch (err) {
    if (err instanceof ValidationInputError) {
      if (/requirements model|model file|no model/i.test(err.message) && !/unknown FOCUS version/.test(err.message)) {
        throw new ApiError(503, 'ValidatorUnavailable', 'The FOCUS requirements model for this version is not installed on the server (FOCUS_MODELS_DIR)');
      }
      throw new ApiError(400, 'ValidationError', hide(err.message), { file: fileName });
    }
    throw err;
  }
}
