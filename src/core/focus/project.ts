/**
 * Projection: internal charge -> FOCUS row of a version. One getter per FOCUS column; a version's
 * projector is its column list mapped to getters, plus the provider's `x_` columns at the end
 * (FOCUS columns first, then custom ones, as ColumnHandling recommends).
 */
import type { Charge } from '../charges/charge.js';
import type { FocusVersion } from '../scenario/schema.js';
import type { ProviderCatalog } from '../catalogs/types.js';
import { type Dec, format } from '../decimal.js';
import { focusColumns, type ColumnSpec } from './columns.js';

export type Cell = string | null;
type Getter = (c: Charge) => Cell;

const d = (x: Dec | null): Cell => (x === null ? null : format(x));

/** Columns this generator leaves out because the estate never has the feature they describe. */
const OMITTED = new Set([
  // Split cost allocation (1.3+): conditional on the data generator allocating shared costs.
  'AllocatedMethodDetails',
  'AllocatedMethodId',
  'AllocatedResourceId',
  'AllocatedResourceName',
  'AllocatedTags',
  // Contract commitments (1.3+): conditional on the ContractCommitment dataset.
  'ContractApplied',
]);

const GETTERS: Record<string, Getter> = {
  AvailabilityZone: (c) => c.availabilityZone,
  BilledCost: (c) => format(c.billedCost),
  BillingAccountId: (c) => c.billingAccount.id,
  BillingAccountName: (c) => c.billingAccount.name,
  BillingAccountType: (c) => c.billingAccount.type,
  BillingCurrency: (c) => c.billingAccount.currency,
  BillingPeriodEnd: (c) => c.billingPeriodEnd,
  BillingPeriodStart: (c) => c.billingPeriodStart,
  CapacityReservationId: (c) => c.capacityReservationId,
  CapacityReservationStatus: (c) => c.capacityReservationStatus,
  ChargeCategory: (c) => c.category,
  ChargeClass: (c) => c.chargeClass,
  ChargeDescription: (c) => c.description,
  ChargeFrequency: (c) => c.frequency,
  ChargePeriodEnd: (c) => c.chargePeriodEnd,
  ChargePeriodStart: (c) => c.chargePeriodStart,
  CommitmentDiscountCategory: (c) => c.commitment?.category ?? null,
  CommitmentDiscountId: (c) => c.commitment?.id ?? null,
  CommitmentDiscountName: (c) => c.commitment?.name ?? null,
  CommitmentDiscountQuantity: (c) => (c.commitment ? d(c.commitmentQuantity) : null),
  CommitmentDiscountStatus: (c) => c.commitmentStatus,
  CommitmentDiscountType: (c) => c.commitment?.type ?? null,
  CommitmentDiscountUnit: (c) => (c.commitment && c.commitmentQuantity ? c.commitment.unit : null),
  ConsumedQuantity: (c) => (c.category === 'Usage' && c.commitmentStatus !== 'Unused' ? d(c.consumedQuantity) : null),
  ConsumedUnit: (c) => (c.category === 'Usage' && c.commitmentStatus !== 'Unused' && c.consumedQuantity ? c.consumedUnit : null),
  ContractedCost: (c) => format(c.contractedCost),
  ContractedUnitPrice: (c) => d(c.contractedUnitPrice),
  EffectiveCost: (c) => format(c.effectiveCost),
  HostProviderName: (c) => c.hostProviderName,
  InvoiceDetailId: (c) => c.invoiceDetailId,
  InvoiceId: (c) => c.invoiceId,
  InvoiceIssuerName: (c) => c.invoiceIssuerName,
  ListCost: (c) => format(c.listCost),
  ListUnitPrice: (c) => d(c.listUnitPrice),
  PricingCategory: (c) => c.pricingCategory,
  PricingCurrency: (c) => c.billingAccount.currency,
  PricingCurrencyContractedUnitPrice: (c) => d(c.contractedUnitPrice),
  PricingCurrencyEffectiveCost: (c) => format(c.effectiveCost),
  PricingCurrencyListUnitPrice: (c) => d(c.listUnitPrice),
  PricingQuantity: (c) => d(c.pricingQuantity),
  PricingUnit: (c) => (c.pricingQuantity ? c.pricingUnit : null),
  ProviderName: (c) => c.providerName,
  PublisherName: (c) => c.publisherName,
  RegionId: (c) => c.region?.id ?? null,
  RegionName: (c) => c.region?.name ?? null,
  ResourceId: (c) => c.resourceId,
  ResourceName: (c) => c.resourceName,
  ResourceType: (c) => (c.resourceId ? c.resourceType : null),
  ServiceCategory: (c) => c.service.category,
  ServiceName: (c) => c.service.name,
  // 1.3 renamed the seller to ServiceProviderName; for marketplace rows that is the publisher.
  ServiceProviderName: (c) => c.publisherName,
  ServiceSubcategory: (c) => c.service.subcategory,
  SkuId: (c) => c.skuId,
  SkuMeter: (c) => (c.skuId ? c.skuMeter : null),
  SkuPriceDetails: (c) => (c.skuPriceId ? c.skuPriceDetails : null),
  SkuPriceId: (c) => c.skuPriceId,
  SubAccountId: (c) => c.subAccount?.id ?? null,
  SubAccountName: (c) => c.subAccount?.name ?? null,
  SubAccountType: (c) => c.subAccount?.type ?? null,
  Tags: (c) => c.tags,
};

/** 1.4 CommitmentProgramEligibilityDetails: the programs a charge could be covered by (incl. the one that covers it). */
function programEligibility(cat: ProviderCatalog): Getter {
  const cache = new WeakMap<object, Cell>();
  return (c) => {
    const sku = c.sku;
    if (!sku || (c.category !== 'Usage' && !c.commitment)) return null;
    let v = cache.get(sku);
    if (v === undefined) {
      const types = cat.commitmentPrograms.filter((p) => sku.commitmentPrograms?.includes(p.kind)).map((p) => p.type);
      v = types.length ? JSON.stringify({ CommitmentPrograms: types.map((t) => ({ ProgramType: t })) }) : null;
      cache.set(sku, v);
    }
    if (c.commitment && (v === null || !v.includes(JSON.stringify(c.commitment.type)))) {
      return JSON.stringify({ CommitmentPrograms: [{ ProgramType: c.commitment.type }] });
    }
    return v;
  };
}

/**
 * Columns whose value changes from row to row of the same line (periods, quantities, costs,
 * commitment state). All other cells are the same for every row of a line, so they are projected
 * once per line and copied: the hot path only formats these.
 */
const DYNAMIC = new Set([
  'BilledCost',
  'ChargePeriodEnd',
  'ChargePeriodStart',
  'CommitmentDiscountCategory',
  'CommitmentDiscountId',
  'CommitmentDiscountName',
  'CommitmentDiscountQuantity',
  'CommitmentDiscountStatus',
  'CommitmentDiscountType',
  'CommitmentDiscountUnit',
  'CommitmentProgramEligibilityDetails',
  'ConsumedQuantity',
  'ConsumedUnit',
  'ContractedCost',
  'EffectiveCost',
  'ListCost',
  'PricingCategory',
  'PricingCurrencyEffectiveCost',
  'PricingQuantity',
  'PricingUnit',
]);
const DYNAMIC_CUSTOM = /Cost|Price|Quantity|Discount|Period|Status|Commitment/;

export interface Projector {
  columns: ColumnSpec[];
  project(c: Charge): Cell[];
}

export function makeProjector(version: FocusVersion, cat: ProviderCatalog, providerColumns: boolean): Projector {
  const focus = focusColumns(version, 'CostAndUsage').filter((col) => !OMITTED.has(col.name));
  const getters: Getter[] = focus.map((col) => {
    const g = col.name === 'CommitmentProgramEligibilityDetails' ? programEligibility(cat) : GETTERS[col.name];
    if (!g) throw new Error(`no projection for FOCUS column ${col.name}`);
    return g;
  });
  const columns = [...focus];
  if (providerColumns) {
    for (const x of cat.columns) {
      columns.push({ name: x.name, type: x.type });
      getters.push(x.value);
    }
  }
  const n = getters.length;
  const dynamic = columns
    .map((col, i) => (col.name.startsWith('x_') ? DYNAMIC_CUSTOM.test(col.name) : DYNAMIC.has(col.name)) ? i : -1)
    .filter((i) => i >= 0);
  const dynGetters = dynamic.map((i) => getters[i]);
  const templates = new WeakMap<object, Cell[]>();
  const full = (c: Charge): Cell[] => {
    const row: Cell[] = new Array(n);
    for (let i = 0; i < n; i++) row[i] = getters[i](c);
    return row;
  };
  return {
    columns,
    project(c: Charge): Cell[] {
      if (!c.template) return full(c);
      let tpl = templates.get(c.template);
      if (!tpl) {
        tpl = full(c);
        templates.set(c.template, tpl);
        return tpl.slice();
      }
      const row = tpl.slice();
      for (let k = 0; k < dynamic.length; k++) row[dynamic[k]] = dynGetters[k](c);
      return row;
    },
  };
}
