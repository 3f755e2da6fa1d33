/**
 * How checks see the loaded table: quoted column references, text / number / timestamp views of a
 * column whatever its stored type, literals, and the format patterns shared by row and JSON checks.
 */
import type { FileFormat } from './load.js';

export type Semantics = 'spec' | 'official';

export interface SqlContext {
  semantics: Semantics;
  /** present columns -> DuckDB type */
  columns: Map<string, string>;
  /** model column types (Decimal, DateTime, String, JSON) */
  types: Map<string, string>;
  format: FileFormat;
}

/** A check names a column the data does not have: the rule is skipped, not failed. */
export class MissingColumnError extends Error {
  constructor(readonly column: string) {
    super(`column ${column} is not present`);
  }
}

/** A Requirement/Condition node that cannot be read (defects 3 and 4 of the models). */
export class MalformedExprError extends Error {}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const lit = (v: unknown): string => {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NULL';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return `'${String(v).replace(/'/g, "''")}'`;
};

const NUMERIC_TYPE = /^(DOUBLE|FLOAT|REAL|DECIMAL|NUMERIC|TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)/;
const TIME_TYPE = /^(TIMESTAMP|DATE)/;

export function col(ctx: SqlContext, name: unknown): string {
  const n = String(name);
  if (!ctx.columns.has(n)) throw new MissingColumnError(n);
  return quoteIdent(n);
}
export const storedType = (ctx: SqlContext, name: string) => ctx.columns.get(name) ?? 'VARCHAR';
export const isNumericStored = (ctx: SqlContext, name: string) => NUMERIC_TYPE.test(storedType(ctx, name));
export const isTimeStored = (ctx: SqlContext, name: string) => TIME_TYPE.test(storedType(ctx, name));
export const isTextStored = (ctx: SqlContext, name: string) => /^(VARCHAR|JSON)/.test(storedType(ctx, name));

export function text(ctx: SqlContext, name: unknown): string {
  const c = col(ctx, name);
  if (isTextStored(ctx, String(name))) return c;
  if (isTimeStored(ctx, String(name))) return `strftime(${c}::TIMESTAMPTZ AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ')`;
  return `CAST(${c} AS VARCHAR)`;
}
export function num(ctx: SqlContext, name: unknown): string {
  const c = col(ctx, name);
  return isNumericStored(ctx, String(name)) ? `CAST(${c} AS DOUBLE)` : `TRY_CAST(${c} AS DOUBLE)`;
}
/** Exact decimal view used by the reconciliation checks. */
export function dec(ctx: SqlContext, name: unknown): string {
  const v = text(ctx, name);
  // text -> DECIMAL(38,10) parses through 128-bit integers and is ~30x slower than DECIMAL(18,9);
  // the wide type is used only for values the narrow one cannot hold
  return `COALESCE(TRY_CAST(${v} AS DECIMAL(18,9)), TRY_CAST(${v} AS DECIMAL(38,10)))`;
}
export function ts(ctx: SqlContext, name: unknown): string {
  const c = col(ctx, name);
  return isTimeStored(ctx, String(name)) ? `CAST(${c} AS TIMESTAMPTZ)` : `TRY_CAST(${c} AS TIMESTAMPTZ)`;
}
/** The column viewed per its model type, for comparisons between columns or with a value. */
export function typed(ctx: SqlContext, name: unknown, value?: unknown): string {
  const t = ctx.types.get(String(name));
  if (typeof value === 'number' || (value === undefined && t === 'Decimal')) return num(ctx, name);
  if (value === undefined && t === 'DateTime') return ts(ctx, name);
  return text(ctx, name);
}
/** Boolean SQL that is never NULL. */
export const bool = (sql: string) => `COALESCE((${sql}), FALSE)`;

// FOCUS DateTimeFormat: exactly YYYY-MM-DDTHH:mm:ssZ (the official validator also takes a missing Z).
export const DATETIME_RE_SPEC = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$';
export const DATETIME_RE_OFFICIAL = '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z?$';
// FOCUS NumericFormat: optional minus, digits with optional fraction, optional exponent.
export const NUMERIC_RE_SPEC = '^-?([0-9]+([.][0-9]+)?|[.][0-9]+)([eE][-+]?[0-9]+)?$';
export const NUMERIC_RE_OFFICIAL = '^[+-]?([0-9]*[.])?[0-9]+([eE][+-]?[0-9]+)?$';
export const ASCII_RE = '^[\\x00-\\x7F]*$';

const DATA_SIZE = 'b|Kb|Mb|Gb|Tb|Pb|Eb|B|KB|MB|GB|TB|PB|EB|Kib|Mib|Gib|Tib|Pib|Eib|KiB|MiB|GiB|TiB|PiB|EiB';
const TIME_1 = 'Year|Month|Day|Hour|Minute|Second';
const TIME_N = 'Years|Months|Days|Hours|Minutes|Seconds';
const COUNT = '[A-Za-z][A-Za-z0-9]*(?:\\s+[A-Za-z][A-Za-z0-9]*)*';
/** FOCUS UnitFormat, the same five shapes the official validator accepts. */
export const UNIT_RE = [
  `^(${DATA_SIZE}|${TIME_1}|${TIME_N}|${COUNT})$`,
  `^(${DATA_SIZE}|${COUNT})-(${TIME_N})$`,
  `^(${DATA_SIZE}|${COUNT}|${TIME_N})/(${TIME_1})$`,
  `^[0-9]+ (${DATA_SIZE}|${TIME_1}|${TIME_N}|${COUNT})$`,
  `^(${DATA_SIZE}|${COUNT}|${TIME_N})/[0-9]+ (${TIME_N})$`,
]
  .map((p) => `(${p})`)
  .join('|');

export const JSON_NUMBER_TYPES = "('UBIGINT', 'BIGINT', 'DOUBLE', 'HUGEINT')";
