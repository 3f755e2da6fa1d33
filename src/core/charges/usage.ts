/**
 * Usage rows of one charge period ("slice"): which lines appear (all active ones, or exactly as
 * many as the row count asks for), how much each consumed, and the commitment Used/Unused split.
 */
import type { Charge } from './charge.js';
import type { FileContext } from './context.js';
import { alive, commitmentActive, hasUnused } from './context.js';
import { selectLines } from './selection.js';
import type { Line } from '../estate/lines.js';
import { effectivePrice } from '../estate/index.js';
import type { ServiceDef } from '../catalogs/types.js';
import { coveredPrice } from '../estate/commitments.js';
import { type Dec, ZERO, add, fromInt, fromNumberSig, mul, sub, toNumber } from '../decimal.js';
import { baseCharge, commitmentService, fillFromLine, invoiceDetailId, type MonthStrings } from './build.js';

const QTY_DIGITS = 6;

/** Split a quantity into n unequal exact parts (so split rows never duplicate each other). */
function splitQuantity(q: Dec, n: number): Dec[] {
  const total = toNumber(q);
  const weights = [...Array(n).keys()].map((i) => 1 / (i + 1.5));
  const wsum = weights.reduce((a, b) => a + b, 0);
  const parts: Dec[] = [];
  let rest = q;
  for (let i = 0; i < n - 1; i++) {
    const part = fromNumberSig((total * weights[i]) / wsum, QTY_DIGITS);
    parts.push(part);
    rest = sub(rest, part);
  }
  parts.push(rest);
  return parts;
}

/**
 * Usage rows are the bulk of the output, so one scratch charge record per file is refilled for
 * each row instead of allocating one per row. Consumers must project a yielded charge before
 * asking for the next one (fileRows does).
 */
function lineCharge(fc: FileContext, l: Line, ms: MonthStrings): Charge {
  const ch = (fc.scratch ??= baseCharge(fc.estate, ms, l.service, '', ''));
  ch.service = l.service;
  ch.publisherName = l.service.publisherName ?? fc.estate.cat.providerName;
  // Per line and file: building the id string for every row was measurable.
  const ids = (fc.detailIds ??= new Array<string>(fc.estate.lines.length).fill(''));
  ch.invoiceDetailId = ids[l.idx] ||= invoiceDetailId(fc.estate, ms, l.service);
  ch.template = l;
  ch.frequency = 'Usage-Based';
  fillFromLine(ch, l);
  return ch;
}

/** Quantity a line reports in slice t (its share of the category's flexible spend, or its hours). */
export function lineQuantity(fc: FileContext, l: Line, amount: number, t: number): Dec {
  if (l.kind === 'fixed') return fromInt(amount * l.count);
  const c = fc.catIndex.get(l.category)!;
  const unit = toNumber(effectivePrice(fc.estate, l));
  const den = fc.flexDenTotal[c];
  const spend = den > 0 ? (fc.flexBudget[c] * l.weight * amount) / den : 0;
  // Free meters (inbound transfer, free tiers) still report usage, sized as if priced at a cent.
  let q = fromNumberSig(spend / (unit > 0 ? unit : 0.01), QTY_DIGITS);
  const a = fc.anomaly;
  if (unit > 0 && a && t >= a.firstSlice && t <= a.lastSlice && a.lines.includes(l.idx)) {
    q = add(q, fromNumberSig(a.extraPerLineSlice / unit, QTY_DIGITS));
  }
  return q.m === 0 ? fromNumberSig(Math.pow(10, -QTY_DIGITS + 2), QTY_DIGITS) : q;
}

const taxBases = new WeakMap<FileContext, Map<ServiceDef, number>>();

/**
 * Billed usage per service over the month, the base of its tax row. Computed from the month's
 * selections (not from rows streamed before the tax rows), so any part of a file can be produced
 * on its own, and the whole file and its parts agree.
 */
export function taxBase(fc: FileContext): Map<ServiceDef, number> {
  let base = taxBases.get(fc);
  if (base) return base;
  base = new Map();
  const { estate, slices } = fc;
  for (let t = 0; t < slices.count; t++) {
    const sel = selectLines(fc, t);
    for (let k = 0; k < sel.n; k++) {
      const l = estate.lines[sel.line[k]];
      const cm = l.commitment >= 0 ? estate.commitments[l.commitment] : null;
      if (cm && commitmentActive(cm.startDay, cm.endDay, slices, t) && alive(l, slices.day[t])) continue;
      const billed = toNumber(l.contractedPrice) * toNumber(lineQuantity(fc, l, sel.amount[k], t));
      base.set(l.service, (base.get(l.service) ?? 0) + billed);
    }
  }
  taxBases.set(fc, base);
  return base;
}

/**
 * Billed usage per service summed while slices are streamed, in taxBase's order, so a file
 * produced from its first row does not select every slice a second time for its tax rows.
 */
export class TaxBaseCollector {
  readonly base = new Map<ServiceDef, number>();
  add(l: Line, qty: Dec): void {
    this.base.set(l.service, (this.base.get(l.service) ?? 0) + toNumber(l.contractedPrice) * toNumber(qty));
  }
  /** Record the sums as the file's tax base (only when every slice was streamed whole). */
  complete(fc: FileContext): void {
    taxBases.set(fc, this.base);
  }
}

export function* sliceCharges(fc: FileContext, t: number, ms: MonthStrings, tax?: TaxBaseCollector): Generator<Charge> {
  const { estate, slices } = fc;
  const sel = selectLines(fc, t);
  const usedAmount: Dec[] = estate.commitments.map(() => ZERO);
  const start = slices.start[t];
  const end = slices.start[t + 1];
  for (let k = 0; k < sel.n; k++) {
    const l = estate.lines[sel.line[k]];
    const amount = sel.amount[k];
    const rows = sel.rows ? sel.rows[k] : 1;
    const total = lineQuantity(fc, l, amount, t);
    const parts = rows === 1 ? null : splitQuantity(total, rows);
    const cm = l.commitment >= 0 ? estate.commitments[l.commitment] : null;
    const covered = cm !== null && commitmentActive(cm.startDay, cm.endDay, slices, t) && alive(l, slices.day[t]);
    if (tax && !covered) tax.add(l, total);
    const ch = lineCharge(fc, l, ms);
    if (covered) ch.template = l.coveredTemplate;
    ch.chargePeriodStart = start;
    ch.chargePeriodEnd = end;
    for (let r = 0; r < rows; r++) {
      const qty = parts ? parts[r] : total;
      ch.pricingQuantity = qty;
      ch.consumedQuantity = l.sku.blockSize === 1 ? qty : mul(qty, fromInt(l.sku.blockSize));
      ch.listCost = mul(l.listPrice, qty);
      ch.contractedCost = mul(l.contractedPrice, qty);
      if (covered && cm) {
        ch.pricingCategory = 'Committed';
        ch.billedCost = ZERO;
        ch.effectiveCost = mul(coveredPrice(cm, l), qty);
        ch.commitment = cm.ref;
        ch.commitmentStatus = 'Used';
        ch.commitmentQuantity = cm.capacity > 0 ? qty : ch.effectiveCost;
        usedAmount[cm.idx] = add(usedAmount[cm.idx], cm.capacity > 0 ? qty : ch.effectiveCost);
      } else {
        ch.pricingCategory = l.spot ? 'Dynamic' : 'Standard';
        ch.billedCost = ch.contractedCost;
        ch.effectiveCost = ch.contractedCost;
        ch.commitment = null;
        ch.commitmentStatus = null;
        ch.commitmentQuantity = null;
      }
      yield ch;
    }
  }
  for (const cm of estate.commitments) {
    if (!commitmentActive(cm.startDay, cm.endDay, slices, t) || !hasUnused(estate, cm.idx)) continue;
    const hours = fromInt(slices.count === 1 ? slices.hours : slices.hours);
    const capacity = cm.capacity > 0 ? mul(fromInt(cm.capacity), hours) : mul(cm.rate, hours);
    const unused = sub(capacity, usedAmount[cm.idx]);
    const svc = commitmentService(estate, cm);
    const ch = baseCharge(estate, ms, svc, start, end);
    ch.template = cm;
    ch.frequency = 'Recurring';
    ch.description = `Unused ${cm.ref.type} commitment`;
    ch.subAccount = cm.subAccount;
    ch.sku = cm.sku;
    ch.skuId = cm.skuId;
    ch.skuPriceId = cm.skuPriceId;
    ch.skuPriceDetails = Object.keys(cm.sku.details).length ? JSON.stringify(cm.sku.details) : null;
    ch.skuMeter = cm.sku.meter;
    ch.region = cm.region;
    ch.resourceId = cm.ref.id;
    ch.resourceName = cm.ref.name;
    ch.resourceType = cm.ref.type;
    ch.pricingCategory = 'Committed';
    const unitPrice = cm.capacity > 0 ? cm.rate : fromInt(1);
    ch.pricingQuantity = unused;
    ch.pricingUnit = cm.capacity > 0 ? 'Hours' : estate.currency;
    ch.listUnitPrice = unitPrice;
    ch.contractedUnitPrice = unitPrice;
    ch.listCost = mul(unitPrice, unused);
    ch.contractedCost = ch.listCost;
    ch.billedCost = ZERO;
    ch.effectiveCost = ch.listCost;
    ch.commitment = cm.ref;
    ch.commitmentStatus = 'Unused';
    ch.commitmentQuantity = unused;
    yield ch;
  }
}
