/**
 * Commitment discounts (reserved instances / reservations, savings plans, committed-use discounts)
 * bought for steady production capacity. Each commitment delivers a constant value per hour H;
 * every hour, H is split exactly into Used rows (covered usage) and an Unused row (the rest),
 * and the purchase rows bill exactly H x hours over the term (upfront, recurring or both).
 */
import type { CommitmentProgramDef, ProviderCatalog, RegionDef, ServiceDef, SkuDef } from '../catalogs/types.js';
import type { BillingAccount, CommitmentRef, SubAccount } from '../charges/charge.js';
import { type Dec, ZERO, add, cmp, dec, fromInt, fromNumber, mul, round, roundSig, sub } from '../decimal.js';
import type { Stream } from '../random.js';
import type { Line } from './lines.js';
import { fillTemplate } from './templates.js';

export interface Commitment {
  idx: number;
  ref: CommitmentRef;
  program: CommitmentProgramDef;
  billingAccount: BillingAccount;
  subAccount: SubAccount;
  region: RegionDef | null;
  /** Usage-based (RI/CUD): the SKU reserved; spend-based: a synthetic plan SKU. */
  sku: SkuDef;
  service: ServiceDef;
  skuId: string;
  skuPriceId: string;
  /** Instances reserved (usage-based), 0 for spend-based. */
  capacity: number;
  /** Usage-based: amortized price per instance-hour. Spend-based: committed spend per hour. */
  rate: Dec;
  /** Amortized value per hour (rate x capacity, or rate). */
  hourly: Dec;
  upfrontHourly: Dec;
  recurringHourly: Dec;
  /** Spend-based: fraction off list for covered usage. */
  discount: number;
  startDay: number;
  endDay: number;
  lines: number[];
}

export interface CommitmentContext {
  cat: ProviderCatalog;
  billingAccount: BillingAccount;
  currency: string;
  coverage: number;
  windowStart: number;
  windowEnd: number;
  /** Days since epoch of each window month's first day (purchases start on month boundaries). */
  monthStarts: number[];
  maxCovered: number;
  maxCommitments: number;
}

function programFor(cat: ProviderCatalog, kind: CommitmentProgramDef['kind']): CommitmentProgramDef | undefined {
  return cat.commitmentPrograms.find((p) => p.kind === kind);
}

/** Pick steady production lines to cover and group them into commitments; mutates line.commitment. */
export function buildCommitments(ctx: CommitmentContext, lines: Line[], rnd: Stream): Commitment[] {
  const eligible = lines.filter(
    (l) =>
      l.kind === 'fixed' &&
      !l.reserve &&
      !l.spot &&
      l.env === 'prod' &&
      !l.business &&
      (l.sku.commitmentPrograms?.length ?? 0) > 0 &&
      l.startDay < ctx.windowStart &&
      l.endDay > ctx.windowEnd,
  );
  if (!eligible.length || ctx.maxCovered <= 0 || ctx.maxCommitments <= 0) return [];
  const value = (l: Line) => l.count * Number(l.contractedPrice.m) / 10 ** l.contractedPrice.s;
  eligible.sort((a, b) => value(b) - value(a) || a.idx - b.idx);
  const totalValue = eligible.reduce((x, l) => x + value(l), 0);
  const chosen: Line[] = [];
  let covered = 0;
  for (const l of eligible) {
    if (covered >= totalValue * ctx.coverage || chosen.length >= ctx.maxCovered) break;
    chosen.push(l);
    covered += value(l);
  }
  // Usage-based commitments reserve one SKU in one region; group the biggest such groups, the rest
  // go to a spend-based plan when the provider has one.
  const groups = new Map<string, Line[]>();
  for (const l of chosen) {
    const key = `${l.sku.key}|${l.region?.id ?? ''}|${l.subAccount.billingAccount.id}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(l);
  }
  const sp = programFor(ctx.cat, 'savings-plan') ?? programFor(ctx.cat, 'committed-use');
  const out: Commitment[] = [];
  const leftovers: Line[] = [];
  for (const group of [...groups.values()].sort((a, b) => b.length - a.length || a[0].idx - b[0].idx)) {
    const kinds = group[0].sku.commitmentPrograms ?? [];
    const usageKind = kinds.find((k) => k === 'reservation' || k === 'committed-use');
    const prog = usageKind ? programFor(ctx.cat, usageKind) : undefined;
    if (prog && prog.category === 'Usage' && out.length < ctx.maxCommitments - (sp ? 1 : 0)) {
      out.push(makeCommitment(ctx, out.length, prog, group, rnd.child(out.length)));
    } else leftovers.push(...group);
  }
  if (leftovers.length && sp && out.length < ctx.maxCommitments) {
    out.push(makeCommitment(ctx, out.length, sp, leftovers, rnd.child(out.length)));
  }
  for (const c of out) for (const i of c.lines) lines[i].commitment = c.idx;
  return out;
}

function makeCommitment(
  ctx: CommitmentContext,
  idx: number,
  program: CommitmentProgramDef,
  group: Line[],
  rnd: Stream,
): Commitment {
  const first = group[0];
  const term = rnd.chance(0, 0.7) ? 1 : 3;
  const discount = program.discountByTerm[term === 1 ? '1' : '3'];
  const starts = ctx.monthStarts;
  // Most commitments were bought before the window; some are bought at a month start inside it.
  const startDay = rnd.chance(2, 0.3) && starts.length ? rnd.pick(3, starts) : ctx.windowStart - 30 * rnd.int(4, 1, term * 12 - 2);
  // A partial-upfront commitment bought before the window would show only its recurring fee and
  // look like a no-upfront one that does not reconcile; such commitments are no-upfront here.
  let payment = rnd.pick(1, program.paymentOptions);
  if (payment === 'Partial Upfront' && startDay < ctx.windowStart && program.paymentOptions.includes('No Upfront')) payment = 'No Upfront';
  const endDay = startDay + term * 365;
  const vars = {
    region: first.region?.id ?? 'global',
    accountNumber: first.subAccount.number,
    account: first.subAccount.id,
    project: first.subAccount.number,
    name: `${program.kind === 'committed-use' ? 'commitment' : 'plan'}-${idx + 1}`,
    n: idx + 1,
    term: `${term}yr`,
    instanceType: String(first.sku.details.InstanceType ?? first.sku.meter),
    payment,
  };
  const id = fillTemplate(program.idTemplate, vars, rnd.child('id'));
  const name = fillTemplate(program.nameTemplate, vars, rnd.child('name'));
  const spend = program.category === 'Spend';
  let capacity = 0;
  let rate: Dec;
  let hourly: Dec;
  let sku: SkuDef;
  if (spend) {
    // Committed spend per hour: the covered usage at the plan's rates plus a little headroom,
    // rounded up to the cent so the plan has a clean price.
    let need = ZERO;
    for (const l of group) need = add(need, mul(fromInt(l.count), spendRate(l, discount)));
    rate = round(mul(need, fromNumber(1.02 + rnd.float(5) * 0.08, 4)), 2);
    if (cmp(rate, need) < 0) rate = add(rate, dec('0.01'));
    hourly = rate;
    sku = {
      key: `${program.kind}-${term}y-${payment}`,
      meter: program.type,
      description: `${program.type} ${term} year ${payment}`,
      pricingUnit: 'Hours',
      consumedUnit: 'Hours',
      blockSize: 1,
      listPrice: '1',
      quantity: 'time',
      details: {},
    };
  } else {
    capacity = group.reduce((n, l) => n + l.count, 0) + (rnd.chance(6, 0.5) ? 1 : 0);
    rate = roundSig(mul(first.listPrice, fromNumber(1 - discount, 4)), 6);
    hourly = mul(rate, fromInt(capacity));
    sku = first.sku;
  }
  const upfrontHourly =
    payment === 'All Upfront' ? hourly : payment === 'Partial Upfront' ? round(mul(hourly, fromNumber(0.5, 1)), 8) : ZERO;
  const ref: CommitmentRef = {
    id,
    name,
    type: program.type,
    category: program.category,
    unit: spend ? ctx.currency : (program.unit ?? 'Hours'),
    programKind: program.kind,
    paymentOption: payment,
    termYears: term,
  };
  const variant = `${program.kind}-${term}y-${payment.replace(/ /g, '')}`;
  return {
    idx,
    ref,
    program,
    billingAccount: ctx.billingAccount,
    subAccount: first.subAccount,
    region: spend ? null : first.region,
    sku,
    service: first.service,
    skuId: ctx.cat.skuId(sku, spend ? null : first.region),
    skuPriceId: ctx.cat.skuPriceId(sku, spend ? null : first.region, variant),
    capacity,
    rate,
    hourly,
    upfrontHourly,
    recurringHourly: sub(hourly, upfrontHourly),
    discount,
    startDay,
    endDay,
    lines: group.map((l) => l.idx),
  };
}

/** Effective (amortized) price per instance-hour of a covered line. */
export function coveredPrice(c: Commitment, line: Line): Dec {
  return c.capacity > 0 ? c.rate : spendRate(line, c.discount);
}

function spendRate(line: Line, discount: number): Dec {
  return roundSig(mul(line.listPrice, fromNumber(1 - discount, 4)), 6);
}
