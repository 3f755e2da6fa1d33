/**
 * The FOCUS 1.4 BillingPeriod and InvoiceDetail datasets of one provider and billing period,
 * derived from that period's CostAndUsage charges so they reconcile exactly:
 * - BillingPeriod: one record per billing period and invoice issuer, Open until the invoice is
 *   issued (two days after the period ends), Closed after.
 * - InvoiceDetail: one record per InvoiceDetailId of the CostAndUsage rows (one invoice line per
 *   service and invoice), BilledCost the exact sum of those rows. Lines whose BilledCost sums to 0
 *   (usage fully covered by commitments) are left out, as the spec allows. A line that aggregates
 *   several charge categories other than Tax is labelled Usage (the spec's rule for aggregates).
 */
import type { Charge } from '../charges/charge.js';
import { DecSum, format, isZero, type Dec } from '../decimal.js';
import type { Cell } from '../generate.js';
import { daysFromCivil, timestamp } from '../time.js';
import type { ColumnSpec } from './columns.js';

/** A record by column name, in the file's column order (every column of the spec). */
const project = (columns: readonly ColumnSpec[], r: Record<string, Cell>): Cell[] =>
  columns.map((c) => {
    const v = r[c.name];
    if (v === undefined) throw new Error(`no value for ${c.name}`);
    return v;
  });

/** The invoice of a billing period is issued this many days after the period ends. */
export const INVOICE_ISSUE_DAYS = 2;
export const PAYMENT_TERM_DAYS = 30;
export const PAYMENT_TERMS = `Net ${PAYMENT_TERM_DAYS}`;

export interface BillingPeriodInfo {
  billingPeriodStart: string;
  billingPeriodEnd: string;
  invoiceIssuerName: string;
  /** The scenario's reference time ("now"), YYYY-MM-DDTHH:mm:ssZ. */
  now: string;
}

function addDays(ts: string, days: number): string {
  const day = daysFromCivil(Number(ts.slice(0, 4)), Number(ts.slice(5, 7)), Number(ts.slice(8, 10)));
  return timestamp(day + days, Number(ts.slice(11, 13)));
}

/** When the period's invoice is issued, whether that has happened by `now`, and the last update. */
export function invoiceState(p: BillingPeriodInfo): { issueDate: string; issued: boolean; lastUpdated: string } {
  const issueDate = addDays(p.billingPeriodEnd, INVOICE_ISSUE_DAYS);
  const issued = p.now >= issueDate;
  // Records are created at the period start and updated until the invoice is issued.
  const lastUpdated = issued ? issueDate : p.now > p.billingPeriodStart ? p.now : p.billingPeriodStart;
  return { issueDate, issued, lastUpdated };
}

export function billingPeriodRow(p: BillingPeriodInfo, columns: readonly ColumnSpec[]): Cell[] {
  const st = invoiceState(p);
  return project(columns, {
    BillingPeriodCreated: p.billingPeriodStart,
    BillingPeriodEnd: p.billingPeriodEnd,
    BillingPeriodLastUpdated: st.lastUpdated,
    BillingPeriodStart: p.billingPeriodStart,
    BillingPeriodStatus: st.issued ? 'Closed' : 'Open',
    InvoiceIssuerName: p.invoiceIssuerName,
  });
}

interface Line {
  id: string;
  invoiceId: string;
  billingAccountId: string;
  currency: string;
  serviceName: string;
  categories: Set<string>;
  billed: DecSum;
}

/** Sums a period's CostAndUsage charges per invoice line, in order of first appearance. */
export class InvoiceLines {
  private readonly lines = new Map<string, Line>();

  add(ch: Charge): void {
    const id = ch.invoiceDetailId;
    if (id === null) return;
    let l = this.lines.get(id);
    if (!l) {
      l = {
        id,
        invoiceId: ch.invoiceId,
        billingAccountId: ch.billingAccount.id,
        currency: ch.billingAccount.currency,
        serviceName: ch.service.name,
        categories: new Set(),
        billed: new DecSum(),
      };
      this.lines.set(id, l);
    }
    l.categories.add(ch.category);
    l.billed.add(ch.billedCost);
  }

  /** InvoiceDetail records in `columns` order, and their BilledCost. */
  records(p: BillingPeriodInfo, columns: readonly ColumnSpec[]): { rows: Cell[][]; billed: Dec[] } {
    const st = invoiceState(p);
    const rows: Cell[][] = [];
    const billed: Dec[] = [];
    for (const l of this.lines.values()) {
      const total = l.billed.value();
      if (isZero(total)) continue;
      if (l.categories.has('Tax') && l.categories.size > 1) {
        throw new Error(`invoice line ${l.id} mixes Tax with other charge categories`);
      }
      const category = l.categories.size === 1 ? [...l.categories][0] : 'Usage';
      const cost = format(total);
      rows.push(
        project(columns, {
          BilledCost: cost,
          BillingAccountId: l.billingAccountId,
          BillingCurrency: l.currency,
          BillingPeriodEnd: p.billingPeriodEnd,
          BillingPeriodStart: p.billingPeriodStart,
          ChargeCategory: category,
          InvoiceDetailCreated: p.billingPeriodStart,
          InvoiceDetailDescription: `${l.serviceName} ${category === 'Tax' ? 'tax' : 'charges'}`,
          InvoiceDetailGrain: JSON.stringify({ ServiceName: l.serviceName }),
          InvoiceDetailId: l.id,
          InvoiceDetailLastUpdated: st.lastUpdated,
          InvoiceId: l.invoiceId,
          InvoiceIssueDate: st.issued ? st.issueDate : null,
          InvoiceIssueStatus: st.issued ? 'Issued' : 'Open',
          InvoiceIssuerName: p.invoiceIssuerName,
          PaymentCurrency: l.currency,
          PaymentCurrencyBilledCost: cost,
          // Payment lines are the billing lines (one currency, one aggregation level).
          PaymentCurrencyInvoiceDetailId: l.id,
          PaymentDueDate: st.issued ? addDays(st.issueDate, PAYMENT_TERM_DAYS) : null,
          PaymentTerms: PAYMENT_TERMS,
          PurchaseOrderNumber: null,
          ReferenceInvoiceId: l.invoiceId,
        }),
      );
      billed.push(total);
    }
    return { rows, billed };
  }
}
