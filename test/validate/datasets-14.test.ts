/** FOCUS 1.4 BillingPeriod and InvoiceDetail datasets, and CostAndUsage reconciled against InvoiceDetail. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { generatorCriteria, loadModel, validate, type ValidationReport } from '../../src/validate/index.js';
import {
  COLUMNS_14, COLUMNS_BILLING_PERIOD_14, COLUMNS_INVOICE_DETAIL_14, MODELS_DIR, SKIP_NO_MODELS, billingPeriodRows14, invoiceDetailRows14, rows14, writeCsv,
} from './fixtures.js';

const model = join(MODELS_DIR, 'model-1.4.json');
const failures = (r: ValidationReport) => [
  ...r.rules.filter((x) => !x.composite && x.status === 'failed').map((x) => x.ruleId),
  ...r.extraChecks.filter((x) => x.status === 'failed').map((x) => x.id),
];

describe.skipIf(SKIP_NO_MODELS)('FOCUS 1.4 BillingPeriod and InvoiceDetail', () => {
  it('BillingPeriod passes and is recognised from its columns', async () => {
    const r = await validate({ paths: [writeCsv(COLUMNS_BILLING_PERIOD_14, billingPeriodRows14())] }, { model, criteria: 'ALL' });
    expect(r.dataset).toBe('BillingPeriod');
    expect(r.focusVersion).toBe('1.4');
    expect(failures(r)).toEqual([]);
    expect(r.summary.passed).toBeGreaterThan(10);
  });

  it('a BillingPeriod or InvoiceDetail file implies its own presence criterion, so its rules run without --criteria', async () => {
    for (const [columns, rows] of [[COLUMNS_BILLING_PERIOD_14, billingPeriodRows14()], [COLUMNS_INVOICE_DETAIL_14, invoiceDetailRows14()]] as const) {
      const r = await validate({ paths: [writeCsv(columns, rows)] }, { model });
      expect(r.criteria).toEqual(['INVOICE_ISSUER_PAYABLE_INVOICES_SUPPORTED']);
      expect(r.summary.passed).toBeGreaterThan(10);
      expect(failures(r)).toEqual([]);
    }
  });

  it('BillingPeriod with an unknown status fails the allowed-values rule', async () => {
    const rows = billingPeriodRows14();
    rows[1].BillingPeriodStatus = 'Pending';
    const r = await validate({ paths: [writeCsv(COLUMNS_BILLING_PERIOD_14, rows)] }, { model, criteria: 'ALL' });
    expect(failures(r)).toEqual(['BIP-BillingPeriodStatus-C-003-M']);
  });

  it('InvoiceDetail passes under the criteria the generator claims; with ALL the payment-currency and PO columns are required', async () => {
    const path = writeCsv(COLUMNS_INVOICE_DETAIL_14, invoiceDetailRows14());
    const r = await validate({ paths: [path] }, { model, criteria: generatorCriteria(loadModel(model)) });
    expect(r.dataset).toBe('InvoiceDetail');
    expect(failures(r)).toEqual([]);
    const all = await validate({ paths: [path] }, { model, criteria: 'ALL' });
    const text = all.rules.filter((x) => x.status === 'failed').map((x) => x.requirement).join('\n');
    expect(text).toMatch(/MUST include PaymentCurrency/);
    expect(text).toMatch(/PurchaseOrderNumber/);
  });

  it('a null InvoiceIssueDate has no DateTimeFormat to break; a malformed one does', async () => {
    const rows = invoiceDetailRows14();
    rows[0].InvoiceIssueDate = null;
    const criteria = generatorCriteria(loadModel(model));
    const ok = await validate({ paths: [writeCsv(COLUMNS_INVOICE_DETAIL_14, rows)] }, { model, criteria });
    expect(failures(ok)).toEqual([]);
    rows[1].InvoiceIssueDate = '2025/02/02';
    const bad = await validate({ paths: [writeCsv(COLUMNS_INVOICE_DETAIL_14, rows)] }, { model, criteria });
    expect(failures(bad)).toContain('IND-InvoiceIssueDate-C-002-M');
    expect(bad.rules.find((x) => x.ruleId === 'IND-InvoiceIssueDate-C-002-M')?.violations).toBe(1);
  });

  it('CostAndUsage BilledCost per invoice reconciles with InvoiceDetail, and a wrong invoice total fails', async () => {
    const cu = writeCsv(COLUMNS_14, rows14());
    const ok = await validate({ paths: [cu] }, { model, criteria: 'ALL', invoiceDetail: [writeCsv(COLUMNS_INVOICE_DETAIL_14, invoiceDetailRows14())] });
    expect(ok.extraChecks.find((e) => e.id === 'invoice-totals')?.status).toBe('passed');
    const lines = invoiceDetailRows14();
    lines[1].BilledCost = '90';
    const bad = await validate({ paths: [cu] }, { model, criteria: 'ALL', invoiceDetail: [writeCsv(COLUMNS_INVOICE_DETAIL_14, lines)] });
    expect(bad.extraChecks.find((e) => e.id === 'invoice-totals')).toMatchObject({ status: 'failed', violations: 1 });
  });
});
