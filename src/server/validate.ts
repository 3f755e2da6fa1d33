/**
 * POST /api/v1/validate: checks the form fields, then hands the uploaded file to the validator
 * library (src/validate, issue 3).
 */
import { DATASETS, FOCUS_VERSIONS } from '../core/scenario/schema.js';
import { ApiError } from './errors.js';

export interface ValidateFields {
  focusVersion?: (typeof FOCUS_VERSIONS)[number];
  dataset?: (typeof DATASETS)[number];
  semantics: boolean;
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
  if (semantics !== undefined && !['true', 'false'].includes(semantics)) {
    issues.push({ field: 'semantics', message: 'must be true or false', received: semantics.slice(0, 20), allowed: 'true, false' });
  }
  if (issues.length) throw new ApiError(400, 'ValidationError', `Invalid form field(s): ${issues.map((i) => i.field).join(', ')}`, { issues });
  return {
    focusVersion: focusVersion as ValidateFields['focusVersion'],
    dataset: dataset as ValidateFields['dataset'],
    semantics: semantics === 'true',
  };
}

export async function runValidation(_path: string, _fileName: string, fields: Record<string, string>): Promise<unknown> {
  parseValidateFields(fields);
  throw new ApiError(501, 'NotImplemented', 'Validation of uploaded files is not available yet in this build (the validator library is being added)');
}
