/**
 * Usage lines: one resource (or resource-less usage stream) metered by one SKU, with a lifetime,
 * an owner (sub-account, team, app, environment), tags, and prices in the billing currency.
 * Lines are built once per provider and reused for every month, so resources recur over time.
 */
import type { ProviderCatalog, RegionDef, ServiceDef, SkuDef } from '../catalogs/types.js';
import type { SubAccount } from '../charges/charge.js';
import type { ServiceCategory } from '../focus/taxonomy.js';
import { type Dec, dec, fromNumber, mul, roundSig, format } from '../decimal.js';
import { WeightedPicker, type Stream } from '../random.js';
import type { Organisation } from './accounts.js';
import { fillTemplate, slug } from './templates.js';

export type LineKind = 'fixed' | 'flex';

export interface Line {
  idx: number;
  service: ServiceDef;
  category: ServiceCategory;
  sku: SkuDef;
  region: RegionDef | null;
  zone: string | null;
  subAccount: SubAccount;
  env: string;
  team: string;
  app: string;
  resourceId: string | null;
  resourceName: string | null;
  tags: string | null;
  skuId: string;
  skuPriceId: string;
  skuPriceDetails: string | null;
  description: string;
  listPrice: Dec;
  contractedPrice: Dec;
  /** Spot/preemptible capacity: PricingCategory Dynamic at a discounted contracted price. */
  spot: boolean;
  /** Days since epoch: alive on days [startDay, endDay). */
  startDay: number;
  endDay: number;
  kind: LineKind;
  /** Fixed lines: instances running (instance-hours per hour). */
  count: number;
  /** Flex lines: share weight of the category's flexible spend. */
  weight: number;
  nonProd: boolean;
  business: boolean;
  /** Reserve lines are emitted only when an exact row count needs more rows than the estate has alive. */
  reserve: boolean;
  /** Index into estate.commitments when covered. */
  commitment: number;
  /**
   * Row-template identity of this line's commitment-covered rows (the line itself keys its
   * on-demand rows): the two differ in commitment and pricing columns, so the projection caches
   * each separately and those columns need not be re-projected on every row.
   */
  coveredTemplate: object;
}

export interface LineContext {
  cat: ProviderCatalog;
  org: Organisation;
  subAccounts: SubAccount[];
  subAccountWeights: number[];
  usdRate: Dec;
  negotiated: number;
  spotEnabled: boolean;
  windowStart: number;
  windowEnd: number;
  cache: LineCache;
}

const detailsCache = new WeakMap<SkuDef, string | null>();

function skuDetailsJson(sku: SkuDef): string | null {
  let v = detailsCache.get(sku);
  if (v === undefined) {
    v = Object.keys(sku.details).length ? JSON.stringify(sku.details) : null;
    detailsCache.set(sku, v);
  }
  return v;
}

/** Unit price in the billing currency, rounded to 6 significant digits once so every product after it is exact and cheap. */
export function priceIn(sku: SkuDef, region: RegionDef | null, usdRate: Dec): Dec {
  const factor = fromNumber(region ? region.priceFactor : 1, 4);
  return roundSig(mul(mul(dec(sku.listPrice), factor), usdRate), 6);
}

/** What every line of a SKU in a region shares: prices, ids, description (computed once). */
interface SkuRegionFacts {
  list: Dec;
  negotiated: Dec;
  description: string;
  skuId: string;
  onDemandPriceId: string;
  spotPriceId: string | null;
}

/**
 * Per-estate caches: prices, SKU ids and descriptions depend only on (SKU, region), tag objects
 * repeat, and weighted picks reuse their cumulative weights. Lines are many; this keeps building
 * them cheap and their strings shared.
 */
export class LineCache {
  private readonly facts = new Map<SkuDef, Map<RegionDef | null, SkuRegionFacts>>();
  private readonly tags = new Map<string, string>();
  private readonly skuPickers = new Map<string, WeightedPicker<SkuDef>>();
  regionPicker: WeightedPicker<RegionDef> | null = null;

  skuRegion(ctx: LineContext, sku: SkuDef, region: RegionDef | null): SkuRegionFacts {
    let byRegion = this.facts.get(sku);
    if (!byRegion) this.facts.set(sku, (byRegion = new Map()));
    let f = byRegion.get(region);
    if (!f) {
      const list = priceIn(sku, region, ctx.usdRate);
      f = {
        list,
        negotiated: roundSig(mul(list, fromNumber(1 - ctx.negotiated, 4)), 6),
        description: sku.description
          .replace('{price}', format(list))
          .replace('{region}', region?.name ?? 'Global')
          .replace('{unit}', sku.pricingUnit),
        skuId: ctx.cat.skuId(sku, region),
        onDemandPriceId: ctx.cat.skuPriceId(sku, region, 'OnDemand'),
        spotPriceId: sku.spot ? ctx.cat.skuPriceId(sku, region, 'Spot') : null,
      };
      byRegion.set(region, f);
    }
    return f;
  }

  tag(json: string): string {
    let v = this.tags.get(json);
    if (v === undefined) this.tags.set(json, (v = json));
    return v;
  }

  skuPicker(service: ServiceDef, flexOnly: boolean): WeightedPicker<SkuDef> {
    const key = `${service.code}|${service.name}|${flexOnly}`;
    let p = this.skuPickers.get(key);
    if (!p) {
      const flex = service.skus.filter((k) => !isFixedSku(service, k));
      const skus = flexOnly && flex.length ? flex : service.skus;
      this.skuPickers.set(key, (p = new WeightedPicker(skus, skus.map((k) => k.weight ?? 1))));
    }
    return p;
  }
}

function tagsFor(ctx: LineContext, rnd: Stream, team: string, app: string, env: string, i: number): string | null {
  // ~15% of resources are untagged: real estates never reach full tag coverage.
  if (rnd.chance(0, 0.15)) return null;
  const tags: Record<string, string | boolean> = {};
  const azureStyle = ctx.cat.id === 'azure';
  tags[azureStyle ? 'Team' : 'team'] = team;
  tags[azureStyle ? 'Application' : 'app'] = app;
  tags[azureStyle ? 'Environment' : 'env'] = env;
  if (!rnd.chance(1, 0.2)) {
    const cc = ctx.org.costCenters[ctx.org.teams.indexOf(team) % ctx.org.costCenters.length];
    tags[azureStyle ? 'CostCenter' : 'cost-center'] = cc;
  }
  if (rnd.chance(2, 0.5)) tags[azureStyle ? 'Owner' : 'owner'] = `${team}@${ctx.org.name}.example`;
  if (rnd.chance(3, 0.1)) tags[azureStyle ? 'Critical' : 'critical'] = true;
  // Two provider-defined keys at most: with the six user keys the taxonomy stays at <= 8 keys.
  const pkeys = ctx.cat.providerTagKeys.slice(0, 2);
  if (pkeys.length && rnd.chance(4, 0.3)) {
    const key = pkeys[i % pkeys.length];
    tags[key] = key.endsWith('createdBy') ? `IAMUser:${ctx.org.name}-deployer` : `${app}-${env}`;
  }
  return ctx.cache.tag(JSON.stringify(tags));
}

/** Time-metered capacity of a steady service is fixed (instance-hours); everything else flexes. */
export function isFixedSku(service: ServiceDef, sku: SkuDef): boolean {
  return sku.quantity === 'time' && service.workload !== 'batch';
}

export function buildLine(
  ctx: LineContext,
  idx: number,
  service: ServiceDef,
  flexOnly: boolean,
  reserve: boolean,
  rnd: Stream,
): Line {
  const { cat } = ctx;
  const sku = ctx.cache.skuPicker(service, flexOnly).pick(rnd, 0);
  const kind: LineKind = !reserve && isFixedSku(service, sku) ? 'fixed' : 'flex';
  const regions = (ctx.cache.regionPicker ??= new WeightedPicker(cat.regions, cat.regions.map((r) => r.weight)));
  const region = service.scope === 'global' ? null : regions.pick(rnd, 1);
  const zone = service.scope === 'zonal' && region && region.zones.length ? rnd.pick(2, region.zones) : null;
  const subAccount = rnd.weighted(3, ctx.subAccounts, ctx.subAccountWeights);
  const env = subAccount.environment;
  const team = rnd.pick(4, ctx.org.teams);
  const app = rnd.pick(5, ctx.org.apps);
  const nameVars = {
    app: slug(app),
    env,
    team: slug(team),
    n: idx + 1,
    org: ctx.org.name,
    region: region?.id ?? 'global',
    zone: zone ?? region?.id ?? 'global',
    account: subAccount.id,
    accountNumber: subAccount.number,
    project: subAccount.number,
    resourceGroup: rnd.pick(6, subAccount.resourceGroups),
  };
  let resourceId: string | null = null;
  let resourceName: string | null = null;
  if (service.resourceType && service.resourceIdTemplate) {
    const name = service.resourceNameTemplate
      ? fillTemplate(service.resourceNameTemplate, nameVars, rnd.child('name'))
      : `${slug(app)}-${env}-${idx + 1}`;
    resourceId = fillTemplate(service.resourceIdTemplate, { ...nameVars, name }, rnd.child('rid'));
    resourceName = service.resourceNameTemplate === null || name === resourceId ? null : name;
  }
  const facts = ctx.cache.skuRegion(ctx, sku, region);
  const list = facts.list;
  const spot = ctx.spotEnabled && !!sku.spot && env !== 'prod' && rnd.chance(7, 0.35);
  const negotiated = facts.negotiated;
  const contracted = spot ? roundSig(mul(list, fromNumber(0.3 + rnd.float(8) * 0.12, 4)), 6) : negotiated;
  // Most resources live through the window; a quarter are launched or terminated inside it.
  const span = ctx.windowEnd - ctx.windowStart;
  let startDay = ctx.windowStart - 1 - rnd.int(9, 0, 400);
  let endDay = ctx.windowEnd + 1 + rnd.int(10, 0, 400);
  if (!reserve && kind === 'flex' && rnd.chance(11, 0.25)) {
    if (rnd.chance(12, 0.5)) startDay = ctx.windowStart + rnd.int(13, 0, Math.max(0, span - 2));
    else endDay = ctx.windowStart + 2 + rnd.int(14, 0, Math.max(0, span - 2));
  } else if (!reserve && kind === 'fixed' && rnd.chance(11, 0.12)) {
    startDay = ctx.windowStart + rnd.int(13, 0, Math.max(0, span - 2));
  }
  const description = facts.description;
  return {
    idx,
    service,
    category: service.category,
    sku,
    region,
    zone,
    subAccount,
    env,
    team,
    app,
    resourceId,
    resourceName,
    tags: tagsFor(ctx, rnd.child('tags'), team, app, env, idx),
    skuId: facts.skuId,
    skuPriceId: spot && facts.spotPriceId ? facts.spotPriceId : facts.onDemandPriceId,
    skuPriceDetails: skuDetailsJson(sku),
    description,
    listPrice: list,
    contractedPrice: contracted,
    spot,
    startDay,
    endDay,
    kind,
    count: 1,
    weight: rnd.pareto(15),
    nonProd: env !== 'prod',
    business: service.workload === 'business' || env !== 'prod',
    reserve,
    commitment: -1,
    coveredTemplate: {},
  };
}
