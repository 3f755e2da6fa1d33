/**
 * Month-level rows, after the usage of the month: commitment purchases, the support fee,
 * marketplace subscriptions, credits, refunds, corrections of the previous (closed) month and
 * taxes on what was billed. Their list is fixed before generation so row counts are exact.
 */
import type { Scenario } from '../scenario/schema.js';
import type { Charge } from './charge.js';
import type { Estate } from '../estate/index.js';
import type { ServiceDef, SkuDef } from '../catalogs/types.js';
import { type Dec, ZERO, dec, fromInt, fromNumber, fromNumberSig, mul, neg, round, toNumber } from '../decimal.js';
import { firstDayOfMonth, daysInMonth, timestamp, monthSlices } from '../time.js';
import { CURRENCY_MINOR_UNITS } from '../plan/profiles.js';
import { baseCharge, commitmentService, fillFromLine, type MonthStrings } from './build.js';
import { alive } from './context.js';
import type { Stream } from '../random.js';

export type MonthlySpec =
  | { kind: 'purchase'; commitment: number; oneTime: boolean }
  | { kind: 'support' }
  | { kind: 'marketplace'; offer: number }
  | { kind: 'credit' }
  | { kind: 'refund' }
  | { kind: 'correction'; line: number; n: number }
  | { kind: 'tax'; service: ServiceDef };

export function minorUnits(currency: string): number {
  return CURRENCY_MINOR_UNITS[currency] ?? 2;
}

/** Month-level rows of a file, in output order, limited to `budget` rows (null: no limit). */
export function monthlySpecs(s: Scenario, estate: Estate, monthIndex: number, k: number, budget: number | null, rnd: Stream): MonthlySpec[] {
  const out: MonthlySpec[] = [];
  const first = firstDayOfMonth(monthIndex);
  const last = first + daysInMonth(monthIndex);
  const room = () => budget === null || out.length < budget;
  // Purchases come first: without them commitments would not reconcile.
  for (const c of estate.commitments) {
    if (c.startDay >= first && c.startDay < last && c.ref.paymentOption !== 'No Upfront') out.push({ kind: 'purchase', commitment: c.idx, oneTime: true });
    if (c.startDay < last && c.endDay > first && c.ref.paymentOption !== 'All Upfront') out.push({ kind: 'purchase', commitment: c.idx, oneTime: false });
  }
  const f = s.features;
  if (f.support && room()) out.push({ kind: 'support' });
  if (f.credits && room()) out.push({ kind: 'credit' });
  if (f.refunds && k % 2 === 1 && room()) out.push({ kind: 'refund' });
  if (f.marketplace) estate.cat.marketplace.forEach((_, i) => room() && out.push({ kind: 'marketplace', offer: i }));
  if (f.corrections && k >= 1) {
    const prevFirst = firstDayOfMonth(monthIndex - 1);
    const candidates = estate.lines.filter((l) => !l.reserve && l.kind === 'flex' && !l.spot && alive(l, prevFirst) && alive(l, prevFirst + 27));
    const first = rnd.int(0, 0, Math.max(0, candidates.length - 1));
    for (let n = 0; n < Math.min(2, candidates.length) && room(); n++) out.push({ kind: 'correction', line: candidates[(first + n) % candidates.length].idx, n });
  }
  if (f.taxes) {
    const seen = new Set<ServiceDef>();
    for (const l of estate.lines) {
      if (l.reserve || seen.has(l.service) || l.endDay <= first || l.startDay >= last) continue;
      seen.add(l.service);
    }
    for (const svc of estate.cat.services) if (seen.has(svc) && room()) out.push({ kind: 'tax', service: svc });
  }
  return out;
}

const supportServices = new WeakMap<Estate, { svc: ServiceDef; sku: SkuDef }>();

export function supportService(estate: Estate): { svc: ServiceDef; sku: SkuDef } {
  let v = supportServices.get(estate);
  if (!v) {
    const sup = estate.cat.support;
    const existing = estate.cat.services.find((x) => x.name === sup.serviceName);
    const sku: SkuDef = existing?.skus.find((k) => k.key === sup.skuKey) ?? {
      key: sup.skuKey,
      meter: 'Support',
      description: sup.description,
      pricingUnit: 'Months',
      consumedUnit: 'Months',
      blockSize: 1,
      listPrice: sup.minimum,
      quantity: 'volume',
      details: {},
    };
    const svc: ServiceDef = existing ?? {
      name: sup.serviceName,
      code: sup.code,
      category: 'Management and Governance',
      subcategory: 'Support',
      resourceType: null,
      scope: 'global',
      workload: 'steady',
      weight: 0,
      skus: [sku],
    };
    supportServices.set(estate, (v = { svc, sku }));
  }
  return v;
}

export interface MonthlyState {
  /**
   * Billed usage per service this month, the base of taxes. Summed as doubles in row order (so
   * deterministic); the tax itself is then an exact decimal rounded to the currency's minor unit.
   */
  billedByService: Map<ServiceDef, number>;
  granularity: Scenario['granularity'];
}

export function monthlyCharge(spec: MonthlySpec, estate: Estate, ms: MonthStrings, monthTarget: number, st: MonthlyState, rnd: Stream): Charge {
  const first = firstDayOfMonth(ms.monthIndex);
  const days = daysInMonth(ms.monthIndex);
  const monthStart = ms.billingPeriodStart;
  const monthEnd = ms.billingPeriodEnd;
  const minor = minorUnits(estate.currency);
  const money = (x: number) => round(fromNumber(x, minor + 2), minor);
  switch (spec.kind) {
    case 'purchase': {
      const c = estate.commitments[spec.commitment];
      const svc = commitmentService(estate, c);
      const activeFrom = Math.max(first, c.startDay);
      const activeTo = Math.min(first + days, c.endDay);
      const hours = spec.oneTime ? (c.endDay - c.startDay) * 24 : (activeTo - activeFrom) * 24;
      const hourly = spec.oneTime ? c.upfrontHourly : c.recurringHourly;
      const start = timestamp(spec.oneTime ? c.startDay : activeFrom);
      const end = spec.oneTime ? timestamp(c.startDay + 1) : timestamp(activeTo);
      const ch = baseCharge(estate, ms, svc, start, end);
      ch.category = 'Purchase';
      ch.frequency = spec.oneTime ? 'One-Time' : 'Recurring';
      ch.description = `${c.ref.type} ${c.ref.termYears} year ${c.ref.paymentOption}${spec.oneTime ? ' upfront fee' : ' recurring fee'}`;
      ch.subAccount = c.subAccount;
      ch.sku = c.sku;
      ch.skuId = c.skuId;
      ch.skuPriceId = estate.cat.skuPriceId(c.sku, c.region, `${c.ref.programKind}-${c.ref.termYears}y-${spec.oneTime ? 'upfront' : 'recurring'}`);
      ch.skuPriceDetails = Object.keys(c.sku.details).length ? JSON.stringify(c.sku.details) : null;
      ch.skuMeter = c.sku.meter;
      ch.region = c.region;
      ch.resourceId = c.ref.id;
      ch.resourceName = c.ref.name;
      ch.resourceType = c.ref.type;
      ch.pricingCategory = 'Standard';
      const q = fromInt(hours);
      ch.pricingQuantity = q;
      ch.pricingUnit = 'Hours';
      ch.listUnitPrice = hourly;
      ch.contractedUnitPrice = hourly;
      ch.listCost = mul(hourly, q);
      ch.contractedCost = ch.listCost;
      ch.billedCost = ch.listCost;
      ch.effectiveCost = ZERO;
      ch.commitment = c.ref;
      ch.commitmentQuantity = c.capacity > 0 ? mul(fromInt(c.capacity), q) : ch.listCost;
      return ch;
    }
    case 'support': {
      const { svc, sku } = supportService(estate);
      const sup = estate.cat.support;
      const fee = money(Math.max(toNumber(mul(dec(sup.minimum), estate.usdRate)), monthTarget * sup.percentOfSpend));
      const ch = baseCharge(estate, ms, svc, monthStart, monthEnd);
      fill(ch, 'Recurring', sup.description, sku, estate, fee);
      return ch;
    }
    case 'marketplace': {
      const offer = estate.cat.marketplace[spec.offer];
      const svc: ServiceDef = marketplaceService(estate, spec.offer);
      const price = mul(dec(offer.sku.listPrice), estate.usdRate);
      // Marketplace spend (1.5% of the month) is uneven between vendors, like any spend.
      const weights = estate.cat.marketplace.map((_, i) => 1 / (i + 1));
      const share = (monthTarget * 0.015 * weights[spec.offer] * (0.85 + 0.3 * rnd.float(100 + spec.offer))) / weights.reduce((a, b) => a + b, 0);
      const q = fromNumberSig(share / toNumber(price), 6);
      const ch = baseCharge(estate, ms, svc, monthStart, monthEnd);
      ch.publisherName = offer.publisherName;
      fill(ch, 'Recurring', offer.sku.description, offer.sku, estate, null, price, q);
      ch.subAccount = estate.subAccounts[spec.offer % estate.subAccounts.length];
      return ch;
    }
    case 'credit':
    case 'refund': {
      const svc = estate.lines[0]?.service ?? estate.cat.services[0];
      const amount = neg(money(monthTarget * (spec.kind === 'credit' ? 0.01 : 0.002)));
      const ch = baseCharge(estate, ms, svc, monthStart, monthEnd);
      ch.category = spec.kind === 'credit' ? 'Credit' : 'Adjustment';
      ch.frequency = 'One-Time';
      ch.description = spec.kind === 'credit' ? 'Promotional credit' : 'Refund for service level agreement breach';
      setFlat(ch, amount);
      return ch;
    }
    case 'correction': {
      // Restate usage of the previous, already invoiced month: ChargeClass Correction, billed now.
      const l = estate.lines[spec.line];
      const prev = monthSlices(ms.monthIndex - 1, st.granularity);
      const t = Math.min(prev.count - 1, Math.floor(rnd.float(spec.n) * prev.count));
      const ch = baseCharge(estate, ms, l.service, prev.start[t], prev.start[t + 1]);
      ch.chargeClass = 'Correction';
      fillFromLine(ch, l);
      ch.description = `Correction: ${l.description}`;
      ch.pricingCategory = 'Standard';
      const q = neg(fromNumberSig((monthTarget * 0.0005 * (1 + spec.n)) / Math.max(toNumber(l.contractedPrice), 0.01), 6));
      ch.pricingQuantity = q;
      ch.consumedQuantity = mul(q, fromInt(l.sku.blockSize));
      ch.listCost = mul(l.listPrice, q);
      ch.contractedCost = mul(l.contractedPrice, q);
      ch.billedCost = ch.contractedCost;
      ch.effectiveCost = ch.contractedCost;
      return ch;
    }
    case 'tax': {
      const base = st.billedByService.get(spec.service) ?? 0;
      const tax = round(mul(fromNumber(base, minor + 4), dec(estate.cat.taxRate)), minor);
      const ch = baseCharge(estate, ms, spec.service, monthStart, monthEnd);
      ch.category = 'Tax';
      // Tax is its own invoice line (InvoiceDetail lines do not mix Tax with other categories).
      ch.invoiceDetailId = `${ch.invoiceDetailId}-TAX`;
      ch.frequency = 'Recurring';
      ch.description = `Tax for ${spec.service.name}`;
      setFlat(ch, tax);
      return ch;
    }
  }
}

function setFlat(ch: Charge, amount: Dec): void {
  ch.listCost = amount;
  ch.contractedCost = amount;
  ch.billedCost = amount;
  ch.effectiveCost = amount;
}

function fill(ch: Charge, frequency: Charge['frequency'], description: string, sku: SkuDef, estate: Estate, fee: Dec | null, price?: Dec, qty?: Dec): void {
  ch.frequency = frequency;
  ch.description = description;
  ch.sku = sku;
  ch.skuId = estate.cat.skuId(sku, null);
  ch.skuPriceId = estate.cat.skuPriceId(sku, null, 'OnDemand');
  ch.skuPriceDetails = Object.keys(sku.details).length ? JSON.stringify(sku.details) : null;
  ch.skuMeter = sku.meter;
  ch.pricingCategory = 'Standard';
  const q = qty ?? fromInt(1);
  const p = price ?? fee!;
  ch.pricingQuantity = q;
  ch.pricingUnit = sku.pricingUnit;
  ch.consumedQuantity = q;
  ch.consumedUnit = sku.consumedUnit;
  ch.listUnitPrice = p;
  ch.contractedUnitPrice = p;
  setFlat(ch, mul(p, q));
}

const marketplaceCache = new WeakMap<Estate, ServiceDef[]>();

function marketplaceService(estate: Estate, i: number): ServiceDef {
  let list = marketplaceCache.get(estate);
  if (!list) {
    list = estate.cat.marketplace.map((o) => ({
      name: o.serviceName,
      code: o.serviceName.replace(/[^A-Za-z0-9]/g, ''),
      category: o.category,
      subcategory: o.subcategory,
      resourceType: null,
      scope: 'global' as const,
      workload: 'steady' as const,
      weight: 0,
      skus: [o.sku],
      publisherName: o.publisherName,
    }));
    marketplaceCache.set(estate, list);
  }
  return list[i];
}
