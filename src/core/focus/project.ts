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

const printed =
  (raw: (c: Charge) => Dec | null): Getter =>
  (c) => {
    const x = raw(c);
    return x === null ? null : format(x);
  };


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

/** Money and quantity columns: exact decimals, printed canonically (or written as digits by encoders). */
const DECIMALS: Record<string, (c: Charge) => Dec | null> = {
  BilledCost: (c) => c.billedCost,
  CommitmentDiscountQuantity: (c) => (c.commitment ? c.commitmentQuantity : null),
  ConsumedQuantity: (c) => (c.category === 'Usage' && c.commitmentStatus !== 'Unused' ? c.consumedQuantity : null),
  ContractedCost: (c) => c.contractedCost,
  ContractedUnitPrice: (c) => c.contractedUnitPrice,
  EffectiveCost: (c) => c.effectiveCost,
  ListCost: (c) => c.listCost,
  ListUnitPrice: (c) => c.listUnitPrice,
  PricingCurrencyContractedUnitPrice: (c) => c.contractedUnitPrice,
  PricingCurrencyEffectiveCost: (c) => c.effectiveCost,
  PricingCurrencyListUnitPrice: (c) => c.listUnitPrice,
  PricingQuantity: (c) => c.pricingQuantity,
};

const GETTERS: Record<string, Getter> = {
  AvailabilityZone: (c) => c.availabilityZone,
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
  CommitmentDiscountStatus: (c) => c.commitmentStatus,
  CommitmentDiscountType: (c) => c.commitment?.type ?? null,
  CommitmentDiscountUnit: (c) => (c.commitment && c.commitmentQuantity ? c.commitment.unit : null),
  ConsumedUnit: (c) => (c.category === 'Usage' && c.commitmentStatus !== 'Unused' && c.consumedQuantity ? c.consumedUnit : null),
  HostProviderName: (c) => c.hostProviderName,
  InvoiceDetailId: (c) => c.invoiceDetailId,
  InvoiceId: (c) => c.invoiceId,
  InvoiceIssuerName: (c) => c.invoiceIssuerName,
  PricingCategory: (c) => c.pricingCategory,
  PricingCurrency: (c) => c.billingAccount.currency,
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
 * Columns whose value changes from row to row of one template (periods, quantities, costs).
 * Every other cell is the same for all rows of a template (a usage line's on-demand rows, its
 * covered rows, a commitment's unused rows), so it is projected once per template and reused:
 * the hot path only formats these. Charge producers must key templates so this holds;
 * `projectionChecks.verify` re-projects every row to prove it in tests.
 */
const DYNAMIC = new Set([
  'BilledCost',
  'ChargePeriodEnd',
  'ChargePeriodStart',
  'CommitmentDiscountQuantity',
  'ConsumedQuantity',
  'ContractedCost',
  'EffectiveCost',
  'ListCost',
  'PricingCurrencyEffectiveCost',
  'PricingQuantity',
]);
const DYNAMIC_CUSTOM = /Cost|Price|Quantity|Discount|Period/;

/** Test hook: when set, every templated row is also projected in full and compared with its template. */
export const projectionChecks = { verify: false };

/**
 * A projected row without copying: `base` holds every cell, except that for a templated row the
 * cells at `dynamic` positions are stale and their current values are in `values` (same order).
 * `shared` says `base` is the same array for every row of one template, so an encoder may cache
 * work per `base` (pre-quoted, pre-encoded static segments). Varying money and quantities are
 * left as exact decimals (Dec; printed with `format`, see cellOf). Views are reused: read one
 * before asking for the next.
 */
export interface RowView {
  base: readonly Cell[];
  shared: boolean;
  dynamic: readonly number[];
  values: Value[];
}

/** A varying cell of a view: text, null, or an exact decimal not yet printed. */
export type Value = Cell | Dec;

export interface Projector {
  columns: ColumnSpec[];
  /** Column indices whose cells vary between rows of a template (RowView.values order). */
  dynamic: readonly number[];
  project(c: Charge): Cell[];
  view(c: Charge): RowView;
}

function verifyTemplate(tpl: readonly Cell[], row: readonly Cell[], values: readonly Value[], dynamic: readonly number[], columns: ColumnSpec[]): void {
  for (let i = 0; i < row.length; i++) {
    const k = dynamic.indexOf(i);
    const want = k < 0 ? tpl[i] : cellOf(values[k]);
    if (row[i] !== want) {
      throw new Error(`row template broken: ${columns[i].name} is ${JSON.stringify(row[i])} but the view has ${JSON.stringify(want)}`);
    }
  }
}

/** A view value as the cell text (decimals printed canonically). */
export function cellOf(v: Value): Cell {
  return v === null || typeof v === 'string' ? v : format(v);
}

/** The row a view describes, as a fresh array. */
export function materialize(v: RowView): Cell[] {
  const row = v.base.slice();
  if (v.shared) for (let k = 0; k < v.dynamic.length; k++) row[v.dynamic[k]] = cellOf(v.values[k]);
  return row;
}

export function makeProjector(version: FocusVersion, cat: ProviderCatalog, providerColumns: boolean): Projector {
  const focus = focusColumns(version, 'CostAndUsage').filter((col) => !OMITTED.has(col.name));
  const getters: Getter[] = focus.map((col) => {
    const raw = DECIMALS[col.name];
    const g = col.name === 'CommitmentProgramEligibilityDetails' ? programEligibility(cat) : raw ? printed(raw) : GETTERS[col.name];
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
    .map((col, i) => ((col.name.startsWith('x_') ? DYNAMIC_CUSTOM.test(col.name) : DYNAMIC.has(col.name)) ? i : -1))
    .filter((i) => i >= 0);
  // Varying decimals stay Dec in views: encoders that can print digits themselves skip the strings.
  const dynGetters: ((c: Charge) => Value)[] = dynamic.map((i) => DECIMALS[columns[i].name] ?? getters[i]);
  const templates = new WeakMap<object, Cell[]>();
  const full = (c: Charge): Cell[] => {
    const row: Cell[] = new Array(n);
    for (let i = 0; i < n; i++) row[i] = getters[i](c);
    return row;
  };
  const out: RowView = { base: [], shared: false, dynamic, values: new Array<Value>(dynamic.length).fill(null) };
  const view = (c: Charge): RowView => {
    if (!c.template) {
      out.base = full(c);
      out.shared = false;
      return out;
    }
    let tpl = templates.get(c.template);
    if (!tpl) {
      tpl = full(c);
      templates.set(c.template, tpl);
    }
    for (let k = 0; k < dynamic.length; k++) out.values[k] = dynGetters[k](c);
    if (projectionChecks.verify) verifyTemplate(tpl, full(c), out.values, dynamic, columns);
    out.base = tpl;
    out.shared = true;
    return out;
  };
  return { columns, dynamic, view, project: (c) => materialize(view(c)) };
}
