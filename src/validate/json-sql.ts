/**
 * JSON-path checks of the 1.3/1.4 models (ContractApplied, AllocatedMethodDetails, ...) as DuckDB
 * SQL. Paths are `$`, `$.Key` or `$.List[*]`, `$.List[*].Key`: a `[*]` path is checked per element,
 * and a row violates when any element does (a condition holds when any element matches).
 */
import type { CheckExpr } from './model.js';
import { ASCII_RE, JSON_NUMBER_TYPES, NUMERIC_RE_SPEC, UNIT_RE, bool, lit, text, type SqlContext } from './sql-context.js';

export interface JsonPath {
  /** path of the list whose elements are checked (before `[*]`), or undefined for a plain path */
  list?: string;
  /** path inside an element (or inside the document when there is no list), '$' for the element itself */
  inner: string;
}

export function parseJsonPath(path: unknown): JsonPath {
  const p = typeof path === 'string' && path.length ? path : '$';
  const i = p.indexOf('[*]');
  if (i < 0) return { inner: p };
  return { list: p.slice(0, i), inner: '$' + p.slice(i + 3) };
}

export const isJsonFn = (fn: string | undefined) => !!fn && (fn.startsWith('JSON') || fn === 'FormatJSON');

let lambdaSeq = 0;

/** Predicate on one JSON value `v` (element or document) for a JSON check used as a requirement (true = violation). */
function valueViolation(e: CheckExpr, v: string, inner: string, ctx: SqlContext): string {
  const at = (p: string) => (p === '$' ? v : `json_extract(${v}, ${lit(p)})`);
  const type = inner === '$' ? `json_type(${v})` : `json_type(${v}, ${lit(inner)})`;
  const str = inner === '$' ? `json_extract_string(${v}, '$')` : `json_extract_string(${v}, ${lit(inner)})`;
  const present = `(${type} IS NOT NULL AND ${type} <> 'NULL')`;
  switch (e.CheckFunction) {
    case 'JSONCheckPathType': {
      const want = String(e.ExpectedType);
      const ok =
        want === 'Object' ? `${type} = 'OBJECT'`
        : want === 'Array' ? `${type} = 'ARRAY'`
        : want === 'Decimal' ? `${type} IN ${JSON_NUMBER_TYPES}`
        : want === 'Boolean' ? `${type} = 'BOOLEAN'`
        : `${type} = 'VARCHAR'`;
      return `${present} AND NOT (${ok})`;
    }
    case 'JSONCheckPathKeyExists':
      return `NOT json_exists(${v}, ${lit(inner)})`;
    case 'JSONCheckPathKeyValueFormat': {
      const x = `kv${lambdaSeq++}`;
      return `${type} IS DISTINCT FROM 'OBJECT' OR COALESCE(list_bool_or(list_transform(json_extract(${at(inner)}, '$.*'), lambda ${x}: json_type(${x}) IN ('OBJECT', 'ARRAY'))), FALSE)`;
    }
    case 'JSONCheckPathKeyStartsWith': {
      const k = `k${lambdaSeq++}`;
      const ignore = `[${((e.IgnoreKeys as string[]) ?? []).map(lit).join(', ')}]::VARCHAR[]`;
      return `${type} = 'OBJECT' AND COALESCE(list_bool_or(list_transform(json_keys(${at(inner)}), lambda ${k}: NOT starts_with(${k}, ${lit(e.Prefix ?? 'x_')}) AND NOT list_contains(${ignore}, ${k}))), FALSE)`;
    }
    case 'JSONCheckPathValue':
      return e.Value === null ? present : `${str} IS DISTINCT FROM ${lit(String(e.Value))}`;
    case 'JSONCheckPathNotValue':
      return e.Value === null ? `NOT ${present}` : `${str} = ${lit(String(e.Value))}`;
    case 'JSONFormatString':
      return `${type} = 'VARCHAR' AND NOT regexp_matches(${str}, ${lit(ASCII_RE)})`;
    case 'JSONFormatNumeric':
    case 'JSONCheckPathNumericFormat':
      return `${present} AND NOT (${type} IN ${JSON_NUMBER_TYPES} OR (${type} = 'VARCHAR' AND regexp_matches(${str}, ${lit(NUMERIC_RE_SPEC)})))`;
    case 'JSONFormatUnit':
    case 'JSONCheckPathUnitFormat':
      return `${present} AND NOT (${type} = 'VARCHAR' AND regexp_matches(${str}, ${lit(UNIT_RE)}))`;
    case 'JSONCheckPathSameValue':
      return `${present} AND ${str} IS DISTINCT FROM ${text(ctx, e.ColumnBName)}`;
    case 'FormatJSON':
      return `${type} IS DISTINCT FROM 'OBJECT'`;
    default:
      throw new Error(`unsupported JSON check ${e.CheckFunction}`);
  }
}

/** Predicate on one JSON value for a JSON check used as a condition (true = row/element in scope). */
function valueCondition(e: CheckExpr, v: string, inner: string): string {
  const type = inner === '$' ? `json_type(${v})` : `json_type(${v}, ${lit(inner)})`;
  const str = `json_extract_string(${v}, ${lit(inner)})`;
  const present = `(${type} IS NOT NULL AND ${type} <> 'NULL')`;
  switch (e.CheckFunction) {
    case 'JSONCheckPathValue':
      return e.Value === null ? `NOT ${present}` : `${str} = ${lit(String(e.Value))}`;
    case 'JSONCheckPathNotValue':
      return e.Value === null ? present : `${str} IS DISTINCT FROM ${lit(String(e.Value))}`;
    case 'JSONCheckPathKeyExists':
      return `json_exists(${v}, ${lit(inner)})`;
    default:
      throw new Error(`unsupported JSON condition ${e.CheckFunction}`);
  }
}

function columnOf(e: CheckExpr): string {
  return String(e.ColumnName ?? e.ColumnAName);
}
function pathOf(e: CheckExpr): JsonPath {
  return parseJsonPath(e.Path ?? e.PathA);
}

function overElements(ctx: SqlContext, e: CheckExpr, elementPred: (v: string) => string): string {
  const doc = text(ctx, columnOf(e));
  const p = pathOf(e);
  if (!p.list) return bool(`CASE WHEN ${doc} IS NOT NULL AND json_valid(${doc}) THEN ${elementPred(doc)} ELSE FALSE END`);
  const x = `el${lambdaSeq++}`;
  const els = `json_extract(${doc}, ${lit(p.list + '[*]')})`;
  return bool(
    `CASE WHEN ${doc} IS NOT NULL AND json_valid(${doc}) THEN list_bool_or(list_transform(${els}, lambda ${x}: COALESCE((${elementPred(x)}), FALSE))) ELSE FALSE END`,
  );
}

/** Row violation predicate of a JSON requirement, optionally limited to elements matching a JSON condition. */
export function jsonViolation(ctx: SqlContext, e: CheckExpr, elementCondition?: CheckExpr): string {
  const p = pathOf(e);
  if (e.CheckFunction === 'FormatJSON') {
    const doc = text(ctx, columnOf(e));
    return bool(`${doc} IS NOT NULL AND (NOT json_valid(${doc}) OR json_type(${doc}) <> 'OBJECT')`);
  }
  return overElements(ctx, e, (v) => {
    const viol = valueViolation(e, v, p.inner, ctx);
    if (!elementCondition) return viol;
    return `(${valueCondition(elementCondition, v, pathOf(elementCondition).inner)}) AND (${viol})`;
  });
}

/** Row predicate of a JSON condition (any element matches). */
export function jsonCondition(ctx: SqlContext, e: CheckExpr): string {
  return overElements(ctx, e, (v) => valueCondition(e, v, pathOf(e).inner));
}

/** Both requirement and condition look inside the elements of the same JSON list: check per element. */
export function sameElementScope(req: CheckExpr, cond: CheckExpr): boolean {
  if (!isJsonFn(req.CheckFunction) || !isJsonFn(cond.CheckFunction)) return false;
  const a = pathOf(req);
  const b = pathOf(cond);
  return !!a.list && a.list === b.list && columnOf(req) === columnOf(cond);
}

/** SQL counting rows whose JSON child value has more than the expected number of distinct parents. */
export function jsonDistinctParentSql(ctx: SqlContext, e: CheckExpr, cond: string): string {
  const doc = text(ctx, e.ColumnName);
  const parent = parseJsonPath(e.ParentPath);
  const child = parseJsonPath(e.ChildPath);
  const n = Number(e.ExpectedCount ?? 1);
  return `WITH els AS (
      SELECT rowid AS rid, unnest(json_extract(${doc}, ${lit((child.list ?? '$') + '[*]')})) AS el
      FROM src WHERE ${doc} IS NOT NULL AND json_valid(${doc}) AND (${cond})),
    pairs AS (SELECT rid, json_extract_string(el, ${lit(child.inner)}) AS c, json_extract_string(el, ${lit(parent.inner)}) AS p FROM els),
    bad AS (SELECT c FROM pairs WHERE c IS NOT NULL GROUP BY c HAVING count(DISTINCT p) <> ${n})
    SELECT count(DISTINCT rid) FROM pairs WHERE c IN (SELECT c FROM bad)`;
}
