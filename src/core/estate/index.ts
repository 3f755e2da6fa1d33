/**
 * The estate of one provider: organisation, accounts, usage lines and commitments, sized by the
 * profile (or by the requested row count) and shaped by the workload distribution. Built once per
 * provider and shared by every month, so the same resources, SKUs and tags recur over time.
 */
import type { Scenario } from '../scenario/schema.js';
import type { ProviderCatalog, ServiceDef } from '../catalogs/types.js';
import type { BillingAccount, SubAccount } from '../charges/charge.js';
import type { ServiceCategory } from '../focus/taxonomy.js';
import { type Dec, dec, toNumber } from '../decimal.js';
import { WeightedPicker, type Stream } from '../random.js';
import { PROFILE_DEFS, DISTRIBUTION_MIX, USD_RATES } from '../plan/profiles.js';
import { buildBillingAccount, buildOrganisation, buildSubAccounts, type Organisation } from './accounts.js';
import { buildLine, isFixedSku, LineCache, type Line, type LineContext } from './lines.js';
import { buildCommitments, coveredPrice, type Commitment } from './commitments.js';

export interface EstateSizing {
  /** Main lines to build (alive on an average day). */
  lines: number;
  /** Reserve lines for exact row counts. */
  reserve: number;
  maxCovered: number;
  maxCommitments: number;
}

export interface Estate {
  cat: ProviderCatalog;
  org: Organisation;
  billingAccount: BillingAccount;
  subAccounts: SubAccount[];
  usdRate: Dec;
  currency: string;
  lines: Line[];
  commitments: Commitment[];
  /** Monthly usage spend target at trend 1 (billing currency). */
  monthlyTarget: number;
  /** Share of usage spend per category (sums to 1 over categories present). */
  categoryShare: Map<ServiceCategory, number>;
  /** Fraction of a category's spend carried by fixed lines at trend 1. */
  fixedShare: number;
}

export interface EstateInput {
  scenario: Scenario;
  cat: ProviderCatalog;
  rnd: Stream;
  sizing: EstateSizing;
  windowStart: number;
  windowEnd: number;
  monthStarts: number[];
}

function categoryMix(s: Scenario, services: ServiceDef[]): Map<ServiceCategory, number> {
  const mix = DISTRIBUTION_MIX[s.distribution];
  const present = new Set(services.map((x) => x.category));
  const out = new Map<ServiceCategory, number>();
  let total = 0;
  for (const [c, w] of Object.entries(mix) as [ServiceCategory, number][]) {
    if (present.has(c)) {
      out.set(c, w);
      total += w;
    }
  }
  for (const [c, w] of out) out.set(c, w / total);
  return out;
}

export function buildEstate(input: EstateInput): Estate {
  const { scenario: s, cat, rnd, sizing } = input;
  const profile = PROFILE_DEFS[s.profile];
  const currency = s.billingCurrency;
  const usdRate = dec(USD_RATES[currency] ?? '1');
  const org = buildOrganisation(rnd.child('org'), profile.teams, profile.apps);
  const billingAccount = buildBillingAccount(cat, org, currency, rnd.child('billing-account'));
  const nSub = rnd.int(1, profile.subAccounts[0], profile.subAccounts[1]);
  const subAccounts = buildSubAccounts(cat, org, billingAccount, nSub, rnd.child('sub-accounts'));
  // A few accounts carry most of the spend.
  const subAccountWeights = subAccounts.map((_, i) => rnd.child('sub-weight').pareto(i, 1.3));
  const [lo, hi] = profile.spendUsd;
  // Log-uniform inside the profile's range, kept off the edges so trends start inside it.
  const spendUsd = Math.exp(Math.log(lo * 1.1) + rnd.float(2) * (Math.log(hi * 0.85) - Math.log(lo * 1.1)));
  const monthlyTarget = spendUsd * toNumber(usdRate);
  const categoryShare = categoryMix(s, cat.services);
  const negotiated = s.features.negotiatedDiscounts
    ? profile.negotiatedDiscount[0] + rnd.float(3) * (profile.negotiatedDiscount[1] - profile.negotiatedDiscount[0])
    : 0;
  const ctx: LineContext = {
    cat,
    org,
    subAccounts,
    subAccountWeights,
    usdRate,
    negotiated: Math.round(negotiated * 1000) / 1000,
    spotEnabled: s.features.spot,
    windowStart: input.windowStart,
    windowEnd: input.windowEnd,
    cache: new LineCache(),
  };

  // Lines per service: every category of the mix gets a flexible line first (so its share can be
  // met), then lines follow spend with diminishing returns (big services have bigger, not only more, resources).
  const byCategory = new Map<ServiceCategory, ServiceDef[]>();
  for (const svc of cat.services) {
    if (!categoryShare.has(svc.category)) continue;
    (byCategory.get(svc.category) ?? byCategory.set(svc.category, []).get(svc.category)!).push(svc);
  }
  const serviceSlots: { svc: ServiceDef; flexOnly: boolean }[] = [];
  for (const [c, svcs] of byCategory) {
    const flexSvcs = svcs.filter((x) => x.skus.some((k) => !isFixedSku(x, k)));
    if (flexSvcs.length) serviceSlots.push({ svc: rnd.child('flex-first').weighted(serviceSlots.length, flexSvcs, flexSvcs.map((x) => x.weight)), flexOnly: true });
    void c;
  }
  const services = [...byCategory.values()].flat();
  const serviceWeights = services.map((x) => Math.pow((categoryShare.get(x.category) ?? 0) * x.weight / totalWeight(byCategory.get(x.category)!), 0.7));
  const pick = rnd.child('service');
  const servicePicker = new WeightedPicker(services, serviceWeights);
  for (let i = serviceSlots.length; i < sizing.lines; i++) serviceSlots.push({ svc: servicePicker.pick(pick, i), flexOnly: false });
  const lineRnd = rnd.child('line');
  const lines: Line[] = serviceSlots.map((slot, i) => buildLine(ctx, i, slot.svc, slot.flexOnly, false, lineRnd.child(i)));
  const reserveRnd = rnd.child('reserve');
  const flexServices = services.filter((x) => x.skus.some((k) => !isFixedSku(x, k)));
  const reservePicker = new WeightedPicker(flexServices, flexServices.map((x) => Math.pow((categoryShare.get(x.category) ?? 0) * x.weight, 0.7)));
  for (let r = 0; r < sizing.reserve; r++) {
    const svc = reservePicker.pick(reserveRnd, r);
    lines.push(buildLine(ctx, lines.length, svc, true, true, reserveRnd.child(r)));
  }

  // Fixed capacity carries about half of each category's spend; flexible usage absorbs the rest
  // (and all trend movement), so month totals follow the scenario exactly.
  const fixedShare = 0.5;
  const hoursPerMonth = 730;
  for (const [c, share] of categoryShare) {
    const fixed = lines.filter((l) => l.kind === 'fixed' && l.category === c);
    const wsum = fixed.reduce((x, l) => x + l.weight, 0);
    let cost = 0;
    for (const l of fixed) {
      const target = (monthlyTarget * share * fixedShare * l.weight) / wsum;
      const price = toNumber(l.contractedPrice) * (l.business ? 0.6 : 1);
      l.count = Math.max(1, Math.min(400, Math.round(target / (price * hoursPerMonth))));
      cost += l.count * price * hoursPerMonth;
    }
    // Too many small instances for the category's budget: the smallest become flexible usage
    // (autoscaled fleets), so fixed capacity never crowds out the trend-carrying spend.
    const limit = monthlyTarget * share * fixedShare * 1.1;
    for (const l of [...fixed].sort((a, b) => a.weight - b.weight || a.idx - b.idx)) {
      if (cost <= limit) break;
      cost -= l.count * toNumber(l.contractedPrice) * (l.business ? 0.6 : 1) * hoursPerMonth;
      l.kind = 'flex';
      l.count = 1;
    }
  }
  const commitments = s.features.commitments
    ? buildCommitments(
        {
          cat,
          billingAccount,
          currency,
          coverage: profile.commitmentCoverage,
          windowStart: input.windowStart,
          windowEnd: input.windowEnd,
          monthStarts: input.monthStarts,
          maxCovered: sizing.maxCovered,
          maxCommitments: sizing.maxCommitments,
        },
        lines,
        rnd.child('commitments'),
      )
    : [];
  return { cat, org, billingAccount, subAccounts, usdRate, currency, lines, commitments, monthlyTarget, categoryShare, fixedShare };
}

function totalWeight(svcs: ServiceDef[]): number {
  return svcs.reduce((x, s) => x + s.weight, 0);
}

/** Effective price per unit of a line's usage (amortized commitment rate when covered). */
export function effectivePrice(e: Estate, l: Line): Dec {
  return l.commitment >= 0 ? coveredPrice(e.commitments[l.commitment], l) : l.contractedPrice;
}
