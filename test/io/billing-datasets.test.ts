/**
 * FOCUS 1.4 BillingPeriod and InvoiceDetail as a user gets them: generated with CostAndUsage into a
 * hive layout (Parquet, DECIMAL money) and read back with DuckDB. Invoice lines add up exactly to
 * the CostAndUsage rows they roll up (per line and per invoice, in DECIMAL(38,18) sums); every
 * non-zero line of CostAndUsage is on the invoice; billing periods are Closed once the invoice is
 * issued and Open before.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runGeneration } from '../../src/io/run.js';
import { canonicalDecimal, duck, scenario, tempDir } from './helpers.js';

const base = { focusVersion: '1.4', providers: ['aws', 'azure', 'gcp'], months: 2, granularity: 'daily', datasets: ['CostAndUsage', 'BillingPeriod', 'InvoiceDetail'] };

describe('BillingPeriod and InvoiceDetail (FOCUS 1.4)', () => {
  it('reconcile exactly with CostAndUsage and follow the invoice timeline', async () => {
    const tmp = await tempDir('billing-datasets');
    const db = await duck();
    try {
      // Mid-February: January's invoice (issued 2025-02-03) is out, February is still open.
      const r = await runGeneration(scenario({ ...base, now: '2025-02-15T12:00:00Z', output: { format: 'parquet', parquetNumbers: 'decimal', layout: 'hive' } }), { destination: tmp.dir });
      const read = (dataset: string) => `read_parquet('${join(tmp.dir, dataset)}/**/*.parquet', hive_partitioning = true)`;
      expect(new Set(r.files.filter((f) => f.kind === 'data').map((f) => f.dataset))).toEqual(new Set(['CostAndUsage', 'BillingPeriod', 'InvoiceDetail']));

      const mismatched = await db.all(`
        WITH cu AS (SELECT InvoiceId, InvoiceDetailId, sum(BilledCost) AS billed FROM ${read('CostAndUsage')} GROUP BY ALL),
             ind AS (SELECT InvoiceId, InvoiceDetailId, sum(BilledCost) AS billed, count(*) AS n FROM ${read('InvoiceDetail')} GROUP BY ALL)
        SELECT coalesce(cu.InvoiceDetailId, ind.InvoiceDetailId) AS id, CAST(cu.billed AS VARCHAR) AS cu, CAST(ind.billed AS VARCHAR) AS ind, ind.n
        FROM cu FULL JOIN ind USING (InvoiceId, InvoiceDetailId)
        WHERE ind.n IS DISTINCT FROM 1 AND cu.billed <> 0 OR cu.billed IS DISTINCT FROM ind.billed AND (cu.billed <> 0 OR ind.billed IS NOT NULL)`);
      expect(mismatched).toEqual([]);

      const invoices = await db.all(`
        WITH cu AS (SELECT InvoiceId, sum(BilledCost) AS billed FROM ${read('CostAndUsage')} GROUP BY ALL),
             ind AS (SELECT InvoiceId, sum(BilledCost) AS billed FROM ${read('InvoiceDetail')} GROUP BY ALL)
        SELECT count(*) AS n, count(*) FILTER (WHERE cu.billed = ind.billed) AS equal FROM cu JOIN ind USING (InvoiceId)`);
      expect(invoices).toEqual([{ n: '6', equal: '6' }]);

      // The run's cost totals are the CostAndUsage spend, not doubled by the invoice lines.
      const [spend] = await db.all(`SELECT CAST(sum(BilledCost) AS VARCHAR) AS billed FROM ${read('CostAndUsage')}`);
      expect(canonicalDecimal(r.summary.billedCost)).toBe(canonicalDecimal(String(spend.billed)));

      const periods = await db.all(`SELECT provider, CAST(BillingPeriodStart AS VARCHAR) AS s, BillingPeriodStatus AS status FROM ${read('BillingPeriod')} ORDER BY 1, 2`);
      expect(periods.map((p) => `${p.provider} ${String(p.s).slice(0, 7)} ${p.status}`)).toEqual([
        'aws 2025-01 Closed', 'aws 2025-02 Open', 'azure 2025-01 Closed', 'azure 2025-02 Open', 'gcp 2025-01 Closed', 'gcp 2025-02 Open',
      ]);
      const status = await db.all(`
        SELECT strftime(BillingPeriodStart, '%Y-%m') AS period, InvoiceIssueStatus AS status, count(*) AS lines,
               count(InvoiceIssueDate) AS issued, count(*) FILTER (WHERE ChargeCategory = 'Tax') AS tax
        FROM ${read('InvoiceDetail')} GROUP BY ALL ORDER BY 1`);
      expect(status.map((s) => `${s.period} ${s.status}`)).toEqual(['2025-01 Issued', '2025-02 Open']);
      expect(status[0].issued).toBe(status[0].lines);
      expect(status[1].issued).toBe('0');
      expect(Number(status[0].tax)).toBeGreaterThan(0);
    } finally {
      db.close();
      await tmp.cleanup();
    }
  });

  it('land as exports of their own in the Azure and AWS export layouts, with true manifests', async () => {
    for (const [provider, layout] of [['azure', 'azure-exports'], ['aws', 'aws-data-exports']] as const) {
      const tmp = await tempDir(`billing-${layout}`);
      try {
        const r = await runGeneration(scenario({ ...base, providers: [provider], months: 1, output: { format: 'csv', layout, exportName: 'costs' } }), { destination: tmp.dir });
        const data = r.files.filter((f) => f.kind === 'data');
        const exports = new Map(data.map((f) => [f.dataset, f.name.split('/')[0]]));
        expect(Object.fromEntries(exports)).toEqual({ CostAndUsage: 'costs', BillingPeriod: 'costs-billing-period', InvoiceDetail: 'costs-invoice-detail' });
        for (const f of data) {
          const manifests = r.files.filter((m) => m.kind === 'manifest' && m.name.startsWith(`${exports.get(f.dataset)}/`));
          expect(manifests).toHaveLength(1);
          const m = JSON.parse(await readFile(join(tmp.dir, manifests[0].name), 'utf8'));
          if (layout === 'azure-exports') {
            expect(m.exportConfig.exportName).toBe(exports.get(f.dataset));
            expect(m.dataRowCount).toBe(f.rows);
          } else {
            expect(m.exportName).toBe(exports.get(f.dataset));
            expect(m.totalRowCount).toBe(f.rows);
            expect(m.files.map((x: { key: string }) => x.key)).toEqual([f.name]);
          }
        }
      } finally {
        await tmp.cleanup();
      }
    }
  });
});
