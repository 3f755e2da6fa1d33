/**
 * CheckJSONSchema (1.4): JSON object columns validated against the JSON Schemas (draft 2020-12)
 * embedded in the model's `Schemas` section. Distinct values are validated once each.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { RequirementsModel } from './model.js';

const compiled = new Map<string, ValidateFunction>();

function validatorFor(model: RequirementsModel, schemaId: string): ValidateFunction {
  const key = `${model.path}#${schemaId}`;
  let v = compiled.get(key);
  if (!v) {
    const schema = model.schemas[schemaId];
    if (!schema) throw new Error(`schema ${schemaId} is not in the model's Schemas section`);
    v = new Ajv2020({ strict: false, allErrors: false }).compile(schema);
    compiled.set(key, v);
  }
  return v;
}

/** Number of rows (matching `cond`) whose non-null value in `column` is not valid JSON or fails the schema. */
export async function validateJsonSchema(conn: DuckDBConnection, model: RequirementsModel, column: string, schemaId: string, cond: string): Promise<number> {
  const validate = validatorFor(model, schemaId);
  const r = await conn.runAndReadAll(
    `SELECT CAST(${column} AS VARCHAR) AS v, count(*) AS n FROM src WHERE ${column} IS NOT NULL AND (${cond}) GROUP BY 1`,
  );
  let bad = 0;
  for (const [v, n] of r.getRows()) {
    let ok: boolean;
    try {
      ok = validate(JSON.parse(String(v))) === true;
    } catch {
      ok = false;
    }
    if (!ok) bad += Number(n);
  }
  return bad;
}
