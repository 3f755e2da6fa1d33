/**
 * Requirement / Condition trees of the requirements model -> DuckDB SQL over table `src`.
 *
 * spec semantics: "X is not V" includes rows where X is null; an OR of allowed values is checked
 * per row; price x quantity = cost with a relative tolerance of 1e-9 (x max(|cost|, 1)).
 * official semantics (predicting focus_validator 2.0.x): "X is not V" as a condition is
 * `X IS NOT NULL AND X <> V`; an OR passes when any branch has fewer violations than rows; products
 * compared exactly in DOUBLE; malformed conditions dropped; CheckDecimalValue and FormatJSON not run.
 */
import type { CheckExpr } from './model.js';
import { NATIONAL_CURRENCY_CODES } from './currency-codes.js';
import { isJsonFn, jsonCondition, jsonDistinctParentSql, jsonViolation, sameElementScope } from './json-sql.js';
import {
  DATETIME_RE_OFFICIAL, DATETIME_RE_SPEC, MalformedExprError, NUMERIC_RE_OFFICIAL, NUMERIC_RE_SPEC, UNIT_RE,
  bool, col, isNumericStored, isTextStored, isTimeStored, lit, num, storedType, text, ts, typed, type SqlContext,
} from './sql-context.js';

/** A compiled requirement: a tree whose leaves are row predicates or dataset-level queries. */
export type ReqNode =
  | { op: 'AND' | 'OR'; items: ReqNode[] }
  | { op: 'rows'; pred: string }
  /** SQL returning the number of violating rows; `cond` is the effective row condition. */
  | { op: 'query'; sql: (cond: string) => string }
  | { op: 'present'; column: string }
  | { op: 'jsonSchema'; column: string; schemaId: string }
  | { op: 'skip'; reason: string };

const isEmpty = (e: CheckExpr | undefined) => !e || Object.keys(e).length === 0;

/** Condition tree -> row predicate ('TRUE' when there is none). */
export function compileCondition(ctx: SqlContext, e: CheckExpr | undefined): string {
  if (isEmpty(e)) return 'TRUE';
  const fn = e!.CheckFunction;
  if (!fn || (e!.CheckCondition !== undefined && e!.ColumnName === undefined)) {
    if (ctx.semantics === 'official') return 'TRUE'; // the official validator silently drops it
    throw new MalformedExprError(`malformed condition ${JSON.stringify(e)}`);
  }
  const items = e!.Items ?? [];
  if (fn === 'AND') return items.length ? items.map((i) => `(${compileCondition(ctx, i)})`).join(' AND ') : 'TRUE';
  if (fn === 'OR') return items.length ? items.map((i) => `(${compileCondition(ctx, i)})`).join(' OR ') : 'FALSE';
  if (isJsonFn(fn)) return jsonCondition(ctx, e!);
  const c = e!.ColumnName;
  switch (fn) {
    case 'CheckValue':
      return e!.Value === null ? `${col(ctx, c)} IS NULL` : bool(`${typed(ctx, c, e!.Value)} = ${lit(e!.Value)}`);
    case 'CheckNotValue':
      if (e!.Value === null) return `${col(ctx, c)} IS NOT NULL`;
      return ctx.semantics === 'official'
        ? bool(`${col(ctx, c)} IS NOT NULL AND ${typed(ctx, c, e!.Value)} <> ${lit(e!.Value)}`)
        : `(${typed(ctx, c, e!.Value)} IS DISTINCT FROM ${lit(e!.Value)})`;
    case 'CheckSameValue':
      return bool(`${typed(ctx, e!.ColumnAName)} = ${typed(ctx, e!.ColumnBName)}`);
    case 'CheckNotSameValue':
      return ctx.semantics === 'official'
        ? bool(`${typed(ctx, e!.ColumnAName)} <> ${typed(ctx, e!.ColumnBName)}`)
        : `(${typed(ctx, e!.ColumnAName)} IS DISTINCT FROM ${typed(ctx, e!.ColumnBName)})`;
    case 'CheckGreaterOrEqualThanValue':
      return bool(`${num(ctx, c)} >= ${lit(e!.Value)}`);
    case 'CheckLessOrEqualThanValue':
      return bool(`${num(ctx, c)} <= ${lit(e!.Value)}`);
    default:
      throw new MalformedExprError(`check function ${fn} cannot be used as a condition`);
  }
}

const COMPARATORS = new Set(['>=', '<=', '>', '<', '=', '<>', '!=']);

/** One leaf check as a row violation predicate (or a dataset-level node). */
function leaf(ctx: SqlContext, e: CheckExpr): ReqNode {
  const fn = e.CheckFunction!;
  const c = e.ColumnName;
  const official = ctx.semantics === 'official';
  const rows = (pred: string): ReqNode => ({ op: 'rows', pred: bool(pred) });
  const name = String(c);
  switch (fn) {
    case 'ColumnPresent':
      return { op: 'present', column: name };
    case 'CheckValue':
      return rows(e.Value === null ? `${col(ctx, c)} IS NOT NULL` : `${col(ctx, c)} IS NOT NULL AND ${typed(ctx, c, e.Value)} <> ${lit(e.Value)}`);
    case 'CheckNotValue':
      return rows(e.Value === null ? `${col(ctx, c)} IS NULL` : `${typed(ctx, c, e.Value)} = ${lit(e.Value)}`);
    case 'CheckSameValue':
      return rows(`${typed(ctx, e.ColumnAName)} <> ${typed(ctx, e.ColumnBName)}`);
    case 'CheckNotSameValue':
      return rows(`${typed(ctx, e.ColumnAName)} = ${typed(ctx, e.ColumnBName)}`);
    case 'CheckGreaterOrEqualThanValue':
      return rows(`${num(ctx, c)} < ${lit(e.Value)}`);
    case 'CheckLessOrEqualThanValue':
      return rows(`${num(ctx, c)} > ${lit(e.Value)}`);
    case 'CheckColumnComparison': {
      const op = String(e.Comparator);
      if (!COMPARATORS.has(op)) throw new MalformedExprError(`unknown comparator ${op}`);
      return rows(`NOT (${typed(ctx, e.ColumnAName)} ${op} ${typed(ctx, e.ColumnBName)})`);
    }
    case 'ColumnByColumnEqualsColumnValue': {
      const [a, b, r] = [num(ctx, e.ColumnAName), num(ctx, e.ColumnBName), num(ctx, e.ResultColumnName)];
      return rows(official ? `${a} * ${b} <> ${r}` : `abs(${a} * ${b} - ${r}) > 1e-9 * greatest(abs(${r}), 1)`);
    }
    case 'CheckDecimalValue':
      if (official) return { op: 'skip', reason: 'CheckDecimalValue is not implemented by the official validator' };
      return rows(`${col(ctx, c)} IS NOT NULL AND ${num(ctx, c)} IS NULL`);
    case 'CheckRegexMatch':
      return rows(`NOT regexp_matches(${text(ctx, c)}, ${lit(e.Pattern)})`);
    case 'CheckStringEndsWith':
      return rows(`NOT ends_with(${text(ctx, c)}, ${lit(e.Value)})`);
    case 'TypeString':
      if (isTextStored(ctx, name)) {
        if (official && ctx.format === 'csv') {
          // the official CSV loader types a column of all-digit ids as an integer, failing TypeString
          const t = col(ctx, c);
          return { op: 'query', sql: (cond) => `SELECT CASE WHEN count(${t}) > 0 AND count(*) FILTER (WHERE NOT regexp_full_match(${t}, '-?[0-9]+')) = 0 THEN count(${t}) ELSE 0 END FROM src WHERE ${t} IS NOT NULL AND (${cond})` };
        }
        return rows('FALSE');
      }
      return rows(`${col(ctx, c)} IS NOT NULL`);
    case 'TypeDecimal':
      if (isNumericStored(ctx, name)) return rows('FALSE');
      return rows(isTextStored(ctx, name) ? `${col(ctx, c)} IS NOT NULL AND ${num(ctx, c)} IS NULL` : `${col(ctx, c)} IS NOT NULL`);
    case 'TypeDateTime':
      if (isTimeStored(ctx, name)) return rows('FALSE');
      return rows(isTextStored(ctx, name) ? `${col(ctx, c)} IS NOT NULL AND ${ts(ctx, c)} IS NULL` : `${col(ctx, c)} IS NOT NULL`);
    case 'TypeJSON':
      return rows(isTextStored(ctx, name) ? `NOT json_valid(${text(ctx, c)})` : `${col(ctx, c)} IS NOT NULL`);
    case 'FormatDateTime':
      if (isTimeStored(ctx, name)) return rows('FALSE');
      // A null has no format to break (nullability is the column's own rule): 1.4's InvoiceIssueDate
      // and PaymentDueDate MAY be null, and other Format checks also pass nulls.
      return rows(`${col(ctx, c)} IS NOT NULL AND NOT (regexp_matches(${text(ctx, c)}, ${lit(official ? DATETIME_RE_OFFICIAL : DATETIME_RE_SPEC)}) AND ${ts(ctx, c)} IS NOT NULL)`);
    case 'FormatNumeric':
      if (isNumericStored(ctx, name)) return rows('FALSE');
      return rows(`NOT regexp_matches(trim(${text(ctx, c)}), ${lit(official ? NUMERIC_RE_OFFICIAL : NUMERIC_RE_SPEC)})`);
    case 'FormatString': {
      // ASCII exactly when every character is one byte (much cheaper than a regex)
      const v = text(ctx, c);
      return rows(`strlen(${v}) <> length(${v})`);
    }
    case 'FormatCurrency':
      return rows(`NOT regexp_matches(trim(${text(ctx, c)}), '^[A-Z]{3}$')`);
    case 'CheckNationalCurrency':
    case 'FormatBillingCurrencyCode':
      return rows(`trim(${text(ctx, c)}) NOT IN (${[...NATIONAL_CURRENCY_CODES].map(lit).join(', ')})`);
    case 'FormatUnit':
      return rows(`NOT regexp_matches(${text(ctx, c)}, ${lit(UNIT_RE)})`);
    case 'FormatKeyValue': {
      const t = text(ctx, c);
      if (official) return rows(`NOT json_valid(${t})`);
      // KeyValueFormat: a JSON object whose values are primitives (no nested objects or arrays)
      return rows(
        `CASE WHEN NOT json_valid(${t}) THEN TRUE WHEN json_type(${t}) <> 'OBJECT' THEN TRUE ` +
          `ELSE COALESCE(list_bool_or(list_transform(json_extract(${t}, '$.*'), lambda kvv: json_type(kvv) IN ('OBJECT', 'ARRAY'))), FALSE) END`,
      );
    }
    case 'FormatJSON':
      if (official) return { op: 'skip', reason: 'FormatJSON has no generator in focus_validator 2.0.x (#138)' };
      return rows(jsonViolation(ctx, e));
    case 'CheckDistinctCount': {
      const [a, b] = [text(ctx, e.ColumnAName), text(ctx, e.ColumnBName)];
      const n = Number(e.ExpectedCount ?? 1);
      return {
        op: 'query',
        sql: (cond) =>
          `WITH s AS (SELECT ${a} AS a, ${b} AS b FROM src WHERE ${a} IS NOT NULL AND (${cond})),
           bad AS (SELECT a FROM s GROUP BY a HAVING count(DISTINCT b) <> ${n})
           SELECT count(*) FROM s WHERE a IN (SELECT a FROM bad)`,
      };
    }
    case 'CheckNoDuplicates': {
      const t = text(ctx, c);
      return { op: 'query', sql: (cond) => `SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM src WHERE ${t} IS NOT NULL AND (${cond}) GROUP BY ${t} HAVING count(*) > 1)` };
    }
    case 'JSONCheckPathDistinctParent':
      return { op: 'query', sql: (cond) => jsonDistinctParentSql(ctx, e, cond) };
    case 'CheckJSONSchema':
      col(ctx, c);
      return { op: 'jsonSchema', column: name, schemaId: String(e.SchemaId) };
    default:
      if (isJsonFn(fn)) return rows(jsonViolation(ctx, e));
      throw new MalformedExprError(`unknown check function ${fn}`);
  }
}

/** Requirement tree -> ReqNode tree. A JSON element condition is pushed into the element check. */
export function compileRequirement(ctx: SqlContext, e: CheckExpr, condition?: CheckExpr): ReqNode {
  if (isEmpty(e)) return { op: 'skip', reason: 'no requirement' };
  const fn = e.CheckFunction;
  if (!fn) throw new MalformedExprError(`malformed requirement ${JSON.stringify(e)}`);
  if (fn === 'OR' && ctx.semantics === 'spec') {
    const fast = allowedValuesFast(ctx, e.Items ?? []);
    if (fast) return { op: 'rows', pred: bool(fast) };
  }
  if (fn === 'AND' || fn === 'OR') return { op: fn, items: (e.Items ?? []).map((i) => compileRequirement(ctx, i, condition)) };
  if (condition && isJsonFn(fn) && sameElementScope(e, condition)) return { op: 'rows', pred: jsonViolation(ctx, e, condition) };
  return leaf(ctx, e);
}

const isValueCheck = (i: CheckExpr) => i.CheckFunction === 'CheckValue' && typeof i.Value === 'string' && typeof i.ColumnName === 'string';

/**
 * Allowed-value ORs as hash lookups (same meaning as the OR of CheckValue, per row): one column
 * (`X in {...}`), or pairs of columns (ServiceSubcategory with its ServiceCategory). Nulls pass,
 * as in CheckValue; with one column of a pair null the other must still be one of its values.
 */
function allowedValuesFast(ctx: SqlContext, items: CheckExpr[]): string | undefined {
  if (items.length < 2) return undefined;
  if (items.every(isValueCheck) && new Set(items.map((i) => i.ColumnName)).size === 1) {
    const c = items[0].ColumnName;
    return `${col(ctx, c)} IS NOT NULL AND ${text(ctx, c)} NOT IN (${items.map((i) => lit(i.Value)).join(', ')})`;
  }
  const pairs = items.map((i) => (i.CheckFunction === 'AND' && i.Items?.length === 2 && i.Items.every(isValueCheck) ? i.Items : undefined));
  if (pairs.some((p) => !p)) return undefined;
  const [ca, cb] = [pairs[0]![0].ColumnName, pairs[0]![1].ColumnName];
  if (!pairs.every((p) => p![0].ColumnName === ca && p![1].ColumnName === cb)) return undefined;
  const [a, b] = [text(ctx, ca), text(ctx, cb)];
  const set = (vals: unknown[]) => [...new Set(vals.map((v) => lit(v)))].join(', ');
  return `CASE WHEN ${a} IS NULL AND ${b} IS NULL THEN FALSE
    WHEN ${a} IS NULL THEN ${b} NOT IN (${set(pairs.map((p) => p![1].Value))})
    WHEN ${b} IS NULL THEN ${a} NOT IN (${set(pairs.map((p) => p![0].Value))})
    ELSE (${a} || chr(31) || ${b}) NOT IN (${set(pairs.map((p) => `${p![0].Value}\u001f${p![1].Value}`))}) END`;
}

/** Collapse a tree of row predicates into one (spec semantics: AND = any item violated, OR = all items violated). */
export function flattenRows(node: ReqNode): string | undefined {
  if (node.op === 'rows') return node.pred;
  if (node.op !== 'AND' && node.op !== 'OR') return undefined;
  const parts = node.items.map(flattenRows);
  if (parts.some((p) => p === undefined)) return undefined;
  if (!parts.length) return 'FALSE';
  return parts.map((p) => `(${p})`).join(node.op === 'AND' ? ' OR ' : ' AND ');
}

/** Columns a check tree names (for samples and absent-column skips). */
export function referencedColumns(e: CheckExpr | undefined, out = new Set<string>()): Set<string> {
  if (!e || typeof e !== 'object') return out;
  for (const k of ['ColumnName', 'ColumnAName', 'ColumnBName', 'ResultColumnName']) {
    if (typeof e[k] === 'string') out.add(e[k] as string);
  }
  (e.Items ?? []).forEach((i) => referencedColumns(i, out));
  return out;
}

export { storedType };
