/**
 * Dataset-level checks the requirements model leaves as prose (Dynamic rules), each one SQL query.
 * Money is summed exactly as DECIMAL(38,10); sums that reconcile (amortization, invoices) may
 * differ by less than one cent (AMORTIZATION_TOLERANCE), the rounding DESIGN.md allows.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { SUBCATEGORY_PARENT } from '../core/focus/taxonomy.js';
import type { RequirementsModel } from './model.js';
import { MissingColumnError, col, dec, lit, quoteIdent, text, ts, type SqlContext } from './sql-context.js';
import type { ExtraCheckResult, SampleRow } from './types.js';

export const AMORTIZATION_TOLERANCE = 0.01;

export interface ExtraInput {
  conn: DuckDBConnection;
  ctx: SqlContext;
  model: RequirementsModel;
  dataset: string;
  /** FOCUS columns of the dataset (from the model's ColumnPresent rules). */
  focusColumns: Set<string>;
  sampleLimit: number;
  /** true when an InvoiceDetail table `ind` was loaded beside `src` */
  hasInvoiceDetail: boolean;
}

interface CheckDef {
  id: string;
  title: string;
  datasets?: string[];
  /** optional SQL run once before the others (e.g. a temp table they share) */
  prepare?: (x: ExtraInput) => string;
  /** SQL selecting one row per violation (columns shown as samples); its count is the violation count */
  violations: (x: ExtraInput) => string;
  /** optional SQL returning one number: units that could not be checked */
  notCheckable?: (x: ExtraInput) => string;
  /** optional SQL returning one number: units checked (0 -> not-checkable) */
  checked?: (x: ExtraInput) => string;
}

const c = (x: ExtraInput, n: string) => col(x.ctx, n);
const t = (x: ExtraInput, n: string) => text(x.ctx, n);
const hasCol = (x: ExtraInput, n: string) => x.ctx.columns.has(n);

/** Commitment usage rows and purchases, corrections excluded. */
function commitmentBase(x: ExtraInput): string {
  const notCorrection = hasCol(x, 'ChargeClass') ? `${c(x, 'ChargeClass')} IS DISTINCT FROM 'Correction'` : 'TRUE';
  return `SELECT ${t(x, 'CommitmentDiscountId')} AS id, ${t(x, 'BillingPeriodStart')} AS bp, ${t(x, 'ChargeCategory')} AS cat,
      ${t(x, 'CommitmentDiscountStatus')} AS st, ${t(x, 'ChargeFrequency')} AS freq,
      ${dec(x.ctx, 'EffectiveCost')} AS ec, ${dec(x.ctx, 'BilledCost')} AS bc,
      ${ts(x.ctx, 'ChargePeriodStart')} AS cs, ${ts(x.ctx, 'ChargePeriodEnd')} AS ce
    FROM src WHERE ${c(x, 'CommitmentDiscountId')} IS NOT NULL AND ${notCorrection}`;
}

function amortizationUnits(x: ExtraInput): string {
  return `WITH base AS (${commitmentBase(x)}),
    onetime AS (SELECT id, min(cs) AS term_start, max(ce) AS term_end FROM base WHERE cat = 'Purchase' AND freq = 'One-Time' GROUP BY id),
    cover AS (SELECT id, min(cs) AS first, max(ce) AS last FROM base WHERE cat = 'Usage' AND st IN ('Used', 'Unused') GROUP BY id),
    periodic AS (
      SELECT id, bp, coalesce(sum(ec) FILTER (WHERE cat = 'Usage' AND st IN ('Used', 'Unused')), 0) AS amortized,
        coalesce(sum(bc) FILTER (WHERE cat = 'Purchase'), 0) AS purchased
      FROM base WHERE id NOT IN (SELECT id FROM onetime) GROUP BY id, bp),
    whole AS (
      SELECT b.id, NULL AS bp, coalesce(sum(b.ec) FILTER (WHERE b.cat = 'Usage' AND b.st IN ('Used', 'Unused')), 0) AS amortized,
        coalesce(sum(b.bc) FILTER (WHERE b.cat = 'Purchase'), 0) AS purchased,
        bool_and(cv.first <= o.term_start AND cv.last >= o.term_end) AS covered
      FROM base b JOIN onetime o USING (id) LEFT JOIN cover cv USING (id) GROUP BY b.id)
    -- A commitment with no purchase row in the data was bought before it (e.g. all upfront):
    -- its amortization cannot be reconciled from this data alone.
    SELECT id, bp, amortized, purchased, id IN (SELECT id FROM base WHERE cat = 'Purchase') AS checkable FROM periodic
    UNION ALL SELECT id, bp, amortized, purchased, coalesce(covered, FALSE) FROM whole`;
}

const CHECKS: CheckDef[] = [
  {
    id: 'commitment-amortization',
    title: 'Commitment amortization reconciles: per CommitmentDiscountId, sum of Used+Unused EffectiveCost = sum of Purchase BilledCost (per billing period for recurring-only commitments; over the full term when a One-Time purchase exists)',
    datasets: ['CostAndUsage'],
    prepare: (x) => `CREATE OR REPLACE TEMP TABLE amortization_units AS ${amortizationUnits(x)}`,
    violations: () =>
      `SELECT id AS CommitmentDiscountId, bp AS BillingPeriodStart, CAST(amortized AS VARCHAR) AS amortized, CAST(purchased AS VARCHAR) AS purchased
       FROM amortization_units WHERE checkable AND abs(amortized - purchased) >= ${AMORTIZATION_TOLERANCE} ORDER BY 1, 2`,
    notCheckable: () => `SELECT count(*) FROM amortization_units WHERE NOT checkable`,
    checked: () => `SELECT count(*) FROM amortization_units WHERE checkable`,
  },
  {
    id: 'commitment-constant-per-hour',
    title: 'A commitment delivers a constant value per hour: per CommitmentDiscountId, sum of Used+Unused EffectiveCost / hours of the charge period is the same in every charge period (first and last period excluded)',
    datasets: ['CostAndUsage'],
    violations: (x) =>
      `WITH base AS (${commitmentBase(x)}),
        per AS (SELECT id, cs, ce, sum(ec) AS amount, (epoch(ce) - epoch(cs)) / 3600.0 AS hours
          FROM base WHERE cat = 'Usage' AND st IN ('Used', 'Unused') AND ce > cs GROUP BY id, cs, ce),
        ranked AS (SELECT *, row_number() OVER (PARTITION BY id ORDER BY cs) AS k, count(*) OVER (PARTITION BY id) AS n FROM per),
        inner_p AS (SELECT * FROM ranked WHERE k > 1 AND k < n),
        med AS (SELECT id, median(CAST(amount AS DOUBLE) / hours) AS rate FROM inner_p GROUP BY id)
       SELECT i.id AS CommitmentDiscountId, strftime(i.cs, '%Y-%m-%dT%H:%M:%SZ') AS ChargePeriodStart, CAST(i.amount AS VARCHAR) AS amount, i.hours, m.rate AS expected_rate_per_hour
       FROM inner_p i JOIN med m USING (id) WHERE abs(CAST(i.amount AS DOUBLE) - m.rate * i.hours) >= ${AMORTIZATION_TOLERANCE} ORDER BY 1, 2`,
  },
  {
    id: 'sku-price-details-constant',
    title: 'SkuPriceDetails is constant per SkuPriceId',
    violations: (x) => distinctPer(x, 'SkuPriceId', 'SkuPriceDetails'),
  },
  {
    id: 'one-sku-per-sku-price',
    title: 'Each SkuPriceId has exactly one parent SkuId',
    violations: (x) => distinctPer(x, 'SkuPriceId', 'SkuId'),
  },
  {
    id: 'one-category-per-service',
    title: 'Each ServiceName has exactly one ServiceCategory',
    violations: (x) => distinctPer(x, 'ServiceName', 'ServiceCategory'),
  },
  {
    id: 'subcategory-parent',
    title: 'ServiceSubcategory belongs to its parent ServiceCategory',
    violations: (x) => {
      const pairs = [...SUBCATEGORY_PARENT].map(([s, p]) => `(${lit(s)}, ${lit(p)})`).join(', ');
      return `WITH parents(sub, parent) AS (VALUES ${pairs})
        SELECT CAST(rowid + 1 AS INTEGER) AS "#row", ${t(x, 'ServiceCategory')} AS ServiceCategory, ${t(x, 'ServiceSubcategory')} AS ServiceSubcategory
        FROM src LEFT JOIN parents ON parents.sub = ${t(x, 'ServiceSubcategory')}
        WHERE ${c(x, 'ServiceSubcategory')} IS NOT NULL AND parents.parent IS DISTINCT FROM ${t(x, 'ServiceCategory')} ORDER BY rowid`;
    },
  },
  {
    id: 'json-key-value',
    title: 'Tags, SkuPriceDetails and AllocatedTags are KeyValueFormat: a JSON object of keys to primitive values (no nesting)',
    violations: (x) => {
      const cols = ['Tags', 'SkuPriceDetails', 'AllocatedTags'].filter((n) => hasCol(x, n));
      if (!cols.length) throw new MissingColumnError('Tags');
      return cols
        .map((n) => {
          const v = t(x, n);
          return `SELECT CAST(rowid + 1 AS INTEGER) AS "#row", ${lit(n)} AS "column", ${v} AS value FROM src WHERE ${v} IS NOT NULL AND (NOT json_valid(${v}) OR json_type(${v}) <> 'OBJECT'
            OR COALESCE(list_bool_or(list_transform(json_extract(${v}, '$.*'), lambda jv: json_type(jv) IN ('OBJECT', 'ARRAY'))), FALSE))`;
        })
        .join(' UNION ALL ');
    },
  },
  {
    id: 'custom-columns-prefixed',
    title: 'Columns that FOCUS does not define start with x_',
    violations: (x) => {
      const bad = [...x.ctx.columns.keys()].filter((n) => !x.focusColumns.has(n) && !n.startsWith('x_'));
      return bad.length ? `SELECT * FROM (VALUES ${bad.map((b) => `(${lit(b)})`).join(', ')}) AS v("column")` : `SELECT NULL AS "column" WHERE FALSE`;
    },
  },
  {
    id: 'no-duplicate-rows',
    title: 'No two rows are identical',
    violations: (x) => {
      const all = [...x.ctx.columns.keys()].map(quoteIdent).join(', ');
      // group on a 64-bit row hash, then confirm candidates on the full rows (hash collisions)
      return `WITH h AS (SELECT rowid AS rid, hash(${all}) AS h FROM src),
          cand AS (SELECT h FROM h GROUP BY h HAVING count(*) > 1)
        SELECT CAST(min(rowid) + 1 AS INTEGER) AS "#row", count(*) AS copies FROM src
        WHERE rowid IN (SELECT rid FROM h WHERE h IN (SELECT h FROM cand)) GROUP BY ${all} HAVING count(*) > 1 ORDER BY 1`;
    },
  },
  {
    id: 'charge-period-in-billing-period',
    title: 'ChargePeriodStart <= ChargePeriodEnd and the charge period lies in its billing period (corrections and One-Time purchases may reach outside)',
    datasets: ['CostAndUsage'],
    violations: (x) => {
      const [bs, be, cs, ce] = ['BillingPeriodStart', 'BillingPeriodEnd', 'ChargePeriodStart', 'ChargePeriodEnd'].map((n) => ts(x.ctx, n));
      const exempt = [
        hasCol(x, 'ChargeClass') ? `${c(x, 'ChargeClass')} IS NOT DISTINCT FROM 'Correction'` : 'FALSE',
        hasCol(x, 'ChargeFrequency') ? `(${t(x, 'ChargeCategory')} = 'Purchase' AND ${t(x, 'ChargeFrequency')} = 'One-Time')` : 'FALSE',
      ].join(' OR ');
      return `SELECT CAST(rowid + 1 AS INTEGER) AS "#row", ${t(x, 'BillingPeriodStart')} AS BillingPeriodStart, ${t(x, 'BillingPeriodEnd')} AS BillingPeriodEnd,
          ${t(x, 'ChargePeriodStart')} AS ChargePeriodStart, ${t(x, 'ChargePeriodEnd')} AS ChargePeriodEnd
        FROM src WHERE COALESCE(${cs} > ${ce} OR ${bs} >= ${be} OR (NOT (${exempt}) AND (${cs} < ${bs} OR ${cs} >= ${be} OR ${ce} > ${be})), FALSE) ORDER BY rowid`;
    },
  },
  {
    id: 'invoice-totals',
    title: 'Sum of BilledCost per (InvoiceIssuerName, InvoiceId) matches InvoiceDetail (tolerance MAX(100, SQRT(rows) x 0.5) x 0.01; Tax and Open invoices exempt)',
    datasets: ['CostAndUsage'],
    violations: (x) => {
      if (!x.hasInvoiceDetail) throw new MissingColumnError('InvoiceDetail dataset (--invoice-detail)');
      const notTax = `${t(x, 'ChargeCategory')} <> 'Tax'`;
      return `WITH cu AS (SELECT ${t(x, 'InvoiceIssuerName')} AS issuer, ${t(x, 'InvoiceId')} AS inv, sum(${dec(x.ctx, 'BilledCost')}) AS total, count(*) AS n
            FROM src WHERE ${c(x, 'InvoiceId')} IS NOT NULL AND ${notTax} GROUP BY 1, 2),
          id AS (SELECT CAST("InvoiceIssuerName" AS VARCHAR) AS issuer, CAST("InvoiceId" AS VARCHAR) AS inv,
              sum(TRY_CAST(CAST("BilledCost" AS VARCHAR) AS DECIMAL(38,10))) AS total, bool_or(CAST("InvoiceIssueStatus" AS VARCHAR) = 'Open') AS open
            FROM ind WHERE CAST("ChargeCategory" AS VARCHAR) IS DISTINCT FROM 'Tax' GROUP BY 1, 2)
        SELECT cu.issuer AS InvoiceIssuerName, cu.inv AS InvoiceId, CAST(cu.total AS VARCHAR) AS cost_and_usage, CAST(id.total AS VARCHAR) AS invoice_detail
        FROM cu LEFT JOIN id USING (issuer, inv)
        WHERE NOT coalesce(id.open, FALSE) AND (id.total IS NULL OR abs(cu.total - id.total) > greatest(100, sqrt(cu.n) * 0.5) * 0.01) ORDER BY 1, 2`;
    },
  },
];

function distinctPer(x: ExtraInput, key: string, value: string): string {
  const [k, v] = [t(x, key), t(x, value)];
  return `SELECT ${k} AS ${quoteIdent(key)}, count(DISTINCT ${v}) AS distinct_values, min(${v}) AS example_a, max(${v}) AS example_b
    FROM src WHERE ${c(x, key)} IS NOT NULL GROUP BY 1 HAVING count(DISTINCT ${v}) > 1 ORDER BY 1`;
}

async function one(conn: DuckDBConnection, sql: string): Promise<number> {
  return Number((await conn.runAndReadAll(sql)).getRows()[0]?.[0] ?? 0);
}

export async function runExtraChecks(x: ExtraInput): Promise<ExtraCheckResult[]> {
  const out: ExtraCheckResult[] = [];
  for (const def of CHECKS) {
    const res: ExtraCheckResult = { id: def.id, title: def.title, status: 'passed', violations: 0 };
    out.push(res);
    if (def.datasets && !def.datasets.includes(x.dataset)) {
      res.status = 'skipped';
      res.detail = `applies to ${def.datasets.join(', ')}`;
      continue;
    }
    const t0 = performance.now();
    try {
      if (def.prepare) await x.conn.run(def.prepare(x));
      const sql = def.violations(x);
      res.violations = await one(x.conn, `SELECT count(*) FROM (${sql})`);
      if (res.violations > 0) {
        res.status = 'failed';
        const rows = await x.conn.runAndReadAll(`SELECT * FROM (${sql}) LIMIT ${x.sampleLimit}`);
        res.samples = rows.getRowObjectsJson() as SampleRow[];
      } else if (def.checked && (await one(x.conn, def.checked(x))) === 0) {
        const nc = def.notCheckable ? await one(x.conn, def.notCheckable(x)) : 0;
        res.status = nc > 0 ? 'not-checkable' : 'skipped';
        res.detail = nc > 0 ? `${nc} commitment(s) with a One-Time purchase whose term the data does not cover` : 'no commitment rows';
      }
      if (res.status !== 'failed' && def.notCheckable) {
        const nc = await one(x.conn, def.notCheckable(x));
        if (nc > 0 && res.status === 'passed') res.detail = `${nc} commitment(s) not checkable (One-Time purchase, term not fully in the data)`;
      }
      if (process.env.FOCUS_TRACE) process.stderr.write(`extra ${def.id} ${(performance.now() - t0).toFixed(0)} ms\n`);
    } catch (err) {
      if (err instanceof MissingColumnError) {
        res.status = 'skipped';
        res.detail = `needs ${err.column}`;
      } else {
        res.status = 'failed';
        res.detail = `check could not run: ${(err as Error).message.split('\n')[0]}`;
      }
    }
  }
  return out;
}
