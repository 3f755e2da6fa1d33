/**
 * Small hand-written FOCUS datasets that conform to the spec: a four-day billing slice with an
 * on-demand VM, a no-upfront savings plan (hourly recurring purchase, used + unused amortization),
 * and a tax row. Tests mutate one cell and expect exactly one rule or check to fail.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';

export type Row = Record<string, string | null>;

export const MODELS_DIR = process.env.FOCUS_MODELS_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'focus-models');
export const HAVE_MODELS = existsSync(join(MODELS_DIR, 'model-1.2.json'));
/** Tests needing the official models skip when absent, except in CI where absence fails. */
export const SKIP_NO_MODELS = !HAVE_MODELS && process.env.CI !== 'true';

export const COLUMNS_12 = [
  'AvailabilityZone', 'BilledCost', 'BillingAccountId', 'BillingAccountName', 'BillingAccountType', 'BillingCurrency',
  'BillingPeriodEnd', 'BillingPeriodStart', 'CapacityReservationId', 'CapacityReservationStatus', 'ChargeCategory',
  'ChargeClass', 'ChargeDescription', 'ChargeFrequency', 'ChargePeriodEnd', 'ChargePeriodStart',
  'CommitmentDiscountCategory', 'CommitmentDiscountId', 'CommitmentDiscountName', 'CommitmentDiscountQuantity',
  'CommitmentDiscountStatus', 'CommitmentDiscountType', 'CommitmentDiscountUnit', 'ConsumedQuantity', 'ConsumedUnit',
  'ContractedCost', 'ContractedUnitPrice', 'EffectiveCost', 'InvoiceId', 'InvoiceIssuerName', 'ListCost', 'ListUnitPrice',
  'PricingCategory', 'PricingCurrency', 'PricingCurrencyContractedUnitPrice', 'PricingCurrencyEffectiveCost',
  'PricingCurrencyListUnitPrice', 'PricingQuantity', 'PricingUnit', 'ProviderName', 'PublisherName', 'RegionId',
  'RegionName', 'ResourceId', 'ResourceName', 'ResourceType', 'ServiceCategory', 'ServiceName', 'ServiceSubcategory',
  'SkuId', 'SkuMeter', 'SkuPriceDetails', 'SkuPriceId', 'SubAccountId', 'SubAccountName', 'SubAccountType', 'Tags',
];
const V13_ADDED = ['AllocatedMethodDetails', 'AllocatedMethodId', 'AllocatedResourceId', 'AllocatedResourceName', 'AllocatedTags', 'ContractApplied', 'HostProviderName', 'ServiceProviderName'];
export const COLUMNS_13 = [...COLUMNS_12, ...V13_ADDED].sort();
export const COLUMNS_14 = [...COLUMNS_13.filter((c) => c !== 'ProviderName' && c !== 'PublisherName'), 'CommitmentProgramEligibilityDetails', 'InvoiceDetailId'].sort();

const SP = 'arn:aws:savingsplans::123456789012:savingsplan/sp-1';
const day = (d: number) => `2025-01-${String(d).padStart(2, '0')}T00:00:00Z`;

const common: Row = {
  BillingAccountId: '123456789012',
  BillingAccountName: 'Acme Payer',
  BillingAccountType: 'Billing Account',
  BillingCurrency: 'USD',
  BillingPeriodStart: '2025-01-01T00:00:00Z',
  BillingPeriodEnd: '2025-02-01T00:00:00Z',
  ChargeClass: null,
  InvoiceId: 'INV-2025-01',
  InvoiceIssuerName: 'Amazon Web Services',
  ProviderName: 'Amazon Web Services',
  PublisherName: 'Amazon Web Services',
  PricingCurrency: 'USD',
  SubAccountId: '210987654321',
  SubAccountName: 'prod',
  SubAccountType: 'Account',
  Tags: '{"env":"prod","team":"web"}',
};

const ec2: Row = {
  ServiceName: 'Amazon EC2',
  ServiceCategory: 'Compute',
  ServiceSubcategory: 'Virtual Machines',
  RegionId: 'us-east-1',
  RegionName: 'US East (N. Virginia)',
  AvailabilityZone: 'us-east-1a',
  ResourceType: 'Virtual Machine',
  SkuId: 'SKU-M5L',
  SkuPriceId: 'SKU-M5L-OD',
  SkuMeter: 'Compute Usage',
  SkuPriceDetails: '{"x_InstanceType":"m5.large"}',
  PricingUnit: 'Hours',
  ConsumedUnit: 'Hours',
  ChargeFrequency: 'Usage-Based',
};

const prices = (unit: string, qty: string, cost: string): Row => ({
  PricingQuantity: qty,
  ListUnitPrice: unit,
  ListCost: cost,
  ContractedUnitPrice: unit,
  ContractedCost: cost,
  PricingCurrencyListUnitPrice: unit,
  PricingCurrencyContractedUnitPrice: unit,
});

function commitmentRows(d: number): Row[] {
  const period = { ChargePeriodStart: day(d), ChargePeriodEnd: day(d + 1) };
  const cd = { CommitmentDiscountId: SP, CommitmentDiscountName: 'sp-1', CommitmentDiscountType: 'Savings Plan', CommitmentDiscountCategory: 'Spend', CommitmentDiscountUnit: 'USD' };
  const spService = { ServiceName: 'Savings Plans for AWS Compute usage', ServiceCategory: 'Compute', ServiceSubcategory: 'Other (Compute)', SkuId: 'SKU-SP', SkuPriceId: 'SKU-SP-1Y-NU', SkuMeter: 'Savings Plan', SkuPriceDetails: '{"x_Term":"1yr"}', ResourceId: SP, ResourceName: 'sp-1', ResourceType: 'Savings Plan' };
  return [
    {
      ...common, ...period, ...cd, ...spService, ...prices('1', '24', '24'),
      ChargeCategory: 'Purchase', ChargeFrequency: 'Recurring', ChargeDescription: 'Savings plan hourly fee',
      CommitmentDiscountQuantity: '24', PricingUnit: 'Hours', PricingCategory: 'Standard',
      BilledCost: '24', EffectiveCost: '0', PricingCurrencyEffectiveCost: '0',
    },
    {
      ...common, ...ec2, ...period, ...cd, ...prices('0.96', '24', '23.04'),
      ChargeCategory: 'Usage', ChargeDescription: 'm5.xlarge covered by savings plan', ResourceId: 'i-0def', ResourceName: 'api-1',
      CommitmentDiscountStatus: 'Used', CommitmentDiscountQuantity: '18', PricingCategory: 'Committed',
      ConsumedQuantity: '24', BilledCost: '0', EffectiveCost: '18', PricingCurrencyEffectiveCost: '18',
      SkuPriceId: 'SKU-M5L-SP', SkuPriceDetails: '{"x_InstanceType":"m5.large","x_Plan":"sp"}',
    },
    {
      ...common, ...period, ...cd, ...spService, ...prices('1', '6', '6'),
      ChargeCategory: 'Usage', ChargeFrequency: 'Usage-Based', ChargeDescription: 'Unused savings plan commitment',
      CommitmentDiscountStatus: 'Unused', CommitmentDiscountQuantity: '6', PricingUnit: 'Hours', PricingCategory: 'Committed',
      SkuPriceId: 'SKU-SP-1Y-NU-UNUSED', SkuPriceDetails: '{"x_Term":"1yr","x_Unused":true}',
      BilledCost: '0', EffectiveCost: '6', PricingCurrencyEffectiveCost: '6',
    },
  ];
}

/** A conformant FOCUS 1.2 CostAndUsage slice: 14 rows. */
export function rows12(): Row[] {
  const rows: Row[] = [
    {
      ...common, ...ec2, ...prices('0.096', '24', '2.304'),
      ChargePeriodStart: day(10), ChargePeriodEnd: day(11), ChargeCategory: 'Usage', ChargeDescription: 'm5.large Linux on demand',
      ResourceId: 'i-0abc', ResourceName: 'web-1', PricingCategory: 'Standard', ConsumedQuantity: '24',
      BilledCost: '2.304', EffectiveCost: '2.304', PricingCurrencyEffectiveCost: '2.304',
    },
  ];
  for (const d of [10, 11, 12, 13]) rows.push(...commitmentRows(d));
  rows.push({
    ...common, ChargePeriodStart: '2025-01-01T00:00:00Z', ChargePeriodEnd: '2025-02-01T00:00:00Z',
    ChargeCategory: 'Tax', ChargeFrequency: 'Recurring', ChargeDescription: 'Sales tax', ServiceName: 'Tax', ServiceCategory: 'Other',
    ServiceSubcategory: 'Other (Other)', ListCost: '0', ContractedCost: '0', BilledCost: '1.5', EffectiveCost: '1.5',
    PricingCurrencyEffectiveCost: '1.5', Tags: null,
  });
  return rows;
}

/** The same slice in FOCUS 1.3 (ServiceProviderName, HostProviderName; allocation/contract columns null). */
export function rows13(): Row[] {
  return rows12().map((r) => ({ ...r, ServiceProviderName: 'Amazon Web Services', HostProviderName: r.ChargeCategory === 'Tax' ? null : 'Amazon Web Services' }));
}

/** FOCUS 1.4: Provider/Publisher removed; InvoiceDetailId and CommitmentProgramEligibilityDetails added. */
export function rows14(): Row[] {
  return rows13().map((r) => {
    const { ProviderName: _p, PublisherName: _q, ...rest } = r;
    return { ...rest, InvoiceDetailId: 'INV-2025-01-1' };
  });
}

function csvCell(v: string | null | undefined): string {
  if (v === null || v === undefined) return '';
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(columns: string[], rows: Row[]): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
}

export function writeCsv(columns: string[], rows: Row[], name = 'focus.csv'): string {
  const dir = mkdtempSync(join(tmpdir(), 'focus-validate-'));
  const path = join(dir, name);
  writeFileSync(path, toCsv(columns, rows));
  return path;
}

const issuer = 'Amazon Web Services';
const created = '2025-02-01T06:00:00Z';

/** FOCUS 1.4 BillingPeriod: January closed, February open. */
export function billingPeriodRows14(): Row[] {
  return [
    { BillingPeriodStart: '2025-01-01T00:00:00Z', BillingPeriodEnd: '2025-02-01T00:00:00Z', BillingPeriodStatus: 'Closed', BillingPeriodCreated: '2025-01-01T00:00:00Z', BillingPeriodLastUpdated: created, InvoiceIssuerName: issuer },
    { BillingPeriodStart: '2025-02-01T00:00:00Z', BillingPeriodEnd: '2025-03-01T00:00:00Z', BillingPeriodStatus: 'Open', BillingPeriodCreated: '2025-02-01T00:00:00Z', BillingPeriodLastUpdated: '2025-02-02T00:00:00Z', InvoiceIssuerName: issuer },
  ];
}

/** FOCUS 1.4 InvoiceDetail lines of invoice INV-2025-01, matching rows14() BilledCost per category. */
export function invoiceDetailRows14(): Row[] {
  const line = (id: string, category: string, cost: string, grain: string | null, description: string): Row => ({
    BilledCost: cost, BillingAccountId: '123456789012', BillingCurrency: 'USD', BillingPeriodStart: '2025-01-01T00:00:00Z',
    BillingPeriodEnd: '2025-02-01T00:00:00Z', ChargeCategory: category, InvoiceDetailCreated: created, InvoiceDetailDescription: description,
    InvoiceDetailGrain: grain, InvoiceDetailId: id, InvoiceDetailLastUpdated: created, InvoiceId: 'INV-2025-01', InvoiceIssueDate: '2025-02-02T00:00:00Z',
    InvoiceIssueStatus: 'Issued', InvoiceIssuerName: issuer, PaymentDueDate: '2025-03-04T00:00:00Z', PaymentTerms: 'Net 30', ReferenceInvoiceId: 'INV-2025-01',
  });
  return [
    line('INV-2025-01-1', 'Usage', '2.304', '{"ServiceName":"Amazon EC2"}', 'Amazon EC2 usage'),
    line('INV-2025-01-2', 'Purchase', '96', '{"ServiceName":"Savings Plans for AWS Compute usage"}', 'Savings plan fees'),
    line('INV-2025-01-3', 'Tax', '1.5', null, 'Sales tax'),
  ];
}

export const COLUMNS_BILLING_PERIOD_14 = ['BillingPeriodCreated', 'BillingPeriodEnd', 'BillingPeriodLastUpdated', 'BillingPeriodStart', 'BillingPeriodStatus', 'InvoiceIssuerName'];
export const COLUMNS_INVOICE_DETAIL_14 = [
  'BilledCost', 'BillingAccountId', 'BillingCurrency', 'BillingPeriodEnd', 'BillingPeriodStart', 'ChargeCategory', 'InvoiceDetailCreated',
  'InvoiceDetailDescription', 'InvoiceDetailGrain', 'InvoiceDetailId', 'InvoiceDetailLastUpdated', 'InvoiceId', 'InvoiceIssueDate',
  'InvoiceIssueStatus', 'InvoiceIssuerName', 'PaymentDueDate', 'PaymentTerms', 'ReferenceInvoiceId',
];
