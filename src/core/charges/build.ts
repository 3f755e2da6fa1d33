/** Shared construction of charge records: defaults every charge starts from. */
import type { Charge } from './charge.js';
import type { Estate } from '../estate/index.js';
import type { Commitment } from '../estate/commitments.js';
import type { Line } from '../estate/lines.js';
import type { ServiceDef } from '../catalogs/types.js';
import { ZERO } from '../decimal.js';

/** Per-file strings shared by every row of the month. */
export interface MonthStrings {
  billingPeriodStart: string;
  billingPeriodEnd: string;
  monthIndex: number;
  invoiceId: string;
}

const serviceIndexCache = new WeakMap<Estate, Map<ServiceDef, string>>();

function invoiceDetailSuffix(estate: Estate, svc: ServiceDef): string {
  let m = serviceIndexCache.get(estate);
  if (!m) serviceIndexCache.set(estate, (m = new Map()));
  let v = m.get(svc);
  if (v === undefined) {
    const i = estate.cat.services.indexOf(svc);
    v = String(i >= 0 ? i + 1 : 900 + m.size).padStart(4, '0');
    m.set(svc, v);
  }
  return v;
}

export function invoiceDetailId(estate: Estate, ms: MonthStrings, service: ServiceDef): string {
  return `${ms.invoiceId}-${invoiceDetailSuffix(estate, service)}`;
}

export function baseCharge(estate: Estate, ms: MonthStrings, service: ServiceDef, start: string, end: string): Charge {
  const cat = estate.cat;
  return {
    provider: cat.id,
    providerName: cat.providerName,
    publisherName: service.publisherName ?? cat.providerName,
    invoiceIssuerName: cat.invoiceIssuerName,
    hostProviderName: cat.providerName,
    category: 'Usage',
    chargeClass: null,
    frequency: 'Usage-Based',
    description: '',
    chargePeriodStart: start,
    chargePeriodEnd: end,
    billingPeriodStart: ms.billingPeriodStart,
    billingPeriodEnd: ms.billingPeriodEnd,
    monthIndex: ms.monthIndex,
    billingAccount: estate.billingAccount,
    subAccount: null,
    invoiceId: ms.invoiceId,
    invoiceDetailId: invoiceDetailId(estate, ms, service),
    service,
    sku: null,
    skuId: null,
    skuPriceId: null,
    skuPriceDetails: null,
    skuMeter: null,
    region: null,
    availabilityZone: null,
    resourceId: null,
    resourceName: null,
    resourceType: null,
    tags: null,
    pricingCategory: null,
    pricingQuantity: null,
    pricingUnit: null,
    consumedQuantity: null,
    consumedUnit: null,
    listUnitPrice: null,
    contractedUnitPrice: null,
    listCost: ZERO,
    contractedCost: ZERO,
    billedCost: ZERO,
    effectiveCost: ZERO,
    commitment: null,
    commitmentStatus: null,
    commitmentQuantity: null,
    capacityReservationId: null,
    capacityReservationStatus: null,
    usdRate: estate.usdRate,
    template: null,
    extra: {},
  };
}

/** The service commitment purchase and unused rows appear under (e.g. "Savings Plans for AWS Compute usage"). */
export function commitmentService(estate: Estate, c: Commitment): ServiceDef {
  const name = c.program.purchaseServiceName;
  if (name) {
    const found = estate.cat.services.find((s) => s.name === name);
    if (found) return found;
  }
  return c.service;
}

/** The fields a usage line gives every charge about it (resource, SKU, place, tags, unit prices). */
export function fillFromLine(ch: Charge, l: Line): void {
  ch.description = l.description;
  ch.subAccount = l.subAccount;
  ch.sku = l.sku;
  ch.skuId = l.skuId;
  ch.skuPriceId = l.skuPriceId;
  ch.skuPriceDetails = l.skuPriceDetails;
  ch.skuMeter = l.sku.meter;
  ch.region = l.region;
  ch.availabilityZone = l.zone;
  ch.resourceId = l.resourceId;
  ch.resourceName = l.resourceName;
  ch.resourceType = l.resourceId ? l.service.resourceType : null;
  ch.tags = l.tags;
  ch.pricingUnit = l.sku.pricingUnit;
  ch.consumedUnit = l.sku.consumedUnit;
  ch.listUnitPrice = l.listPrice;
  ch.contractedUnitPrice = l.contractedPrice;
}
