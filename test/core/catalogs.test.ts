import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGS, getCatalog } from '../../src/core/catalogs/index.js';
import type { ProviderCatalog, RegionDef, ServiceDef, SkuDef } from '../../src/core/catalogs/types.js';
import { PROVIDER_IDS } from '../../src/core/catalogs/types.js';
import { SERVICE_CATEGORIES, SUBCATEGORY_PARENT } from '../../src/core/focus/taxonomy.js';
import { dec } from '../../src/core/decimal.js';
import type { Charge } from '../../src/core/charges/charge.js';
import { armType } from '../../src/core/catalogs/azure.js';

const catalogs = PROVIDER_IDS.map((id) => getCatalog(id));
const allSkus = (c: ProviderCatalog): SkuDef[] => [
  ...c.services.flatMap((s) => s.skus),
  ...c.marketplace.map((m) => m.sku),
];
const usageServices = (c: ProviderCatalog): ServiceDef[] => c.services.filter((s) => s.weight > 0);
const findSku = (c: ProviderCatalog, key: string): SkuDef => {
  const s = allSkus(c).find((k) => k.key === key);
  if (!s) throw new Error(`no sku ${key} in ${c.id}`);
  return s;
};

// FOCUS UnitFormat (notes section 3): plural units, <singular>-<plural time>, <plural>/<singular time>,
// "<quantity> <plural>", "<plural>/<interval> <plural time>"; data sizes abbreviated; nouns capitalised.
const DATA = String.raw`(?:[KMGTPE]i?[Bb]|[Bb])`;
const NOUN = String.raw`(?:${DATA}|[A-Z][A-Za-z0-9]*)`;
const T_PL = '(?:Years|Months|Days|Hours|Minutes|Seconds)';
const T_SG = '(?:Year|Month|Day|Hour|Minute|Second)';
const UNIT_FORMS = [
  new RegExp(String.raw`^(?:[1-9]\d* )?(${NOUN})$`),
  new RegExp(String.raw`^${NOUN}-${T_PL}$`),
  new RegExp(String.raw`^${NOUN}/${T_SG}$`),
  new RegExp(String.raw`^${NOUN}/[1-9]\d* ${T_PL}$`),
];
function isFocusUnit(u: string): boolean {
  const plain = UNIT_FORMS[0].exec(u);
  if (plain) {
    const noun = plain[1];
    // A plain count noun must be plural (or an abbreviation / data size / "Count").
    return (
      new RegExp(`^${DATA}$`).test(noun) || /^[A-Z0-9]+$/.test(noun) || noun === 'Count' || noun.endsWith('s')
    );
  }
  return UNIT_FORMS.slice(1).some((re) => re.test(u));
}

const NUMERIC_KEYS = new Set([
  'CoreCount',
  'DiskMaxIops',
  'DiskSpace',
  'GpuCount',
  'MemorySize',
  'NetworkMaxIops',
  'NetworkMaxThroughput',
]);
const STRING_KEYS = new Set([
  'DiskType',
  'InstanceType',
  'InstanceSeries',
  'OperatingSystem',
  'Redundancy',
  'StorageClass',
]);
const RESOURCE_PLACEHOLDERS =
  /^(region|zone|account|accountNumber|resourceGroup|name|(hex|HEX|alnum|ALNUM|digits)\d+|guid|project|app|env|team|n)$/;
const ACCOUNT_PLACEHOLDERS = /^((digits|hex|HEX|alnum|ALNUM)\d+|guid|n|org|env|name)$/;
const INVOICE_PLACEHOLDERS = /^(digits\d+|yyyy|mm|n)$/;
const placeholders = (t: string): string[] => [...t.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
const ascii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

function significantDigits(price: string): number {
  return price.replace('.', '').replace(/^0+/, '').length;
}

describe.each(catalogs)('$id catalog', (c) => {
  it('has >= 30 services over >= 12 FOCUS categories, each subcategory under its category', () => {
    expect(usageServices(c).length).toBeGreaterThanOrEqual(30);
    expect(new Set(usageServices(c).map((s) => s.category)).size).toBeGreaterThanOrEqual(12);
    for (const s of c.services) {
      expect(SERVICE_CATEGORIES, s.name).toContain(s.category);
      expect(SUBCATEGORY_PARENT.get(s.subcategory), `${s.name}: ${s.subcategory}`).toBe(s.category);
    }
    for (const m of c.marketplace)
      expect(SUBCATEGORY_PARENT.get(m.subcategory), m.serviceName).toBe(m.category);
  });

  it('maps every ServiceName to exactly one category and names services uniquely', () => {
    const names = c.services.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const byName = new Map<string, Set<string>>();
    for (const s of [
      ...c.services,
      ...c.marketplace.map((m) => ({ name: m.serviceName, category: m.category })),
    ]) {
      byName.set(s.name, (byName.get(s.name) ?? new Set()).add(s.category));
    }
    for (const [name, cats] of byName) expect(cats.size, name).toBe(1);
  });

  it('has services for the ML, data and media scenario distributions', () => {
    const weight = (cats: string[]) =>
      usageServices(c)
        .filter((s) => cats.includes(s.category))
        .reduce((a, s) => a + s.weight, 0);
    expect(
      usageServices(c).filter((s) => s.category === 'AI and Machine Learning').length,
    ).toBeGreaterThanOrEqual(2);
    expect(usageServices(c).filter((s) => s.category === 'Media').length).toBeGreaterThanOrEqual(2);
    expect(weight(['AI and Machine Learning'])).toBeGreaterThan(5);
    expect(weight(['Storage', 'Databases', 'Analytics'])).toBeGreaterThan(20);
    expect(weight(['Storage', 'Networking', 'Media'])).toBeGreaterThan(20);
    const gpuSkus = allSkus(c).filter((s) => typeof s.details.GpuCount === 'number');
    expect(gpuSkus.length).toBeGreaterThanOrEqual(3);
  });

  it('has ~150+ SKUs, 1-12 per service (24 for VMs), with unique keys', () => {
    const skus = allSkus(c);
    expect(skus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(skus.map((s) => s.key)).size).toBe(skus.length);
    for (const s of c.services) {
      expect(s.skus.length, s.name).toBeGreaterThanOrEqual(1);
      expect(s.skus.length, s.name).toBeLessThanOrEqual(s.subcategory === 'Virtual Machines' ? 24 : 12);
    }
  });

  it('writes units in FOCUS UnitFormat with block size and quantity kind consistent', () => {
    for (const s of allSkus(c)) {
      expect(isFocusUnit(s.pricingUnit), `${s.key} pricing ${s.pricingUnit}`).toBe(true);
      expect(isFocusUnit(s.consumedUnit), `${s.key} consumed ${s.consumedUnit}`).toBe(true);
      if (s.blockSize === 1) expect(s.pricingUnit, s.key).toBe(s.consumedUnit);
      else expect(s.pricingUnit, s.key).toBe(`${s.blockSize} ${s.consumedUnit}`);
      if (s.quantity === 'time') expect(s.pricingUnit, s.key).toBe('Hours');
      if (s.quantity === 'storage') expect(s.pricingUnit.endsWith('-Months'), s.key).toBe(true);
      if (s.quantity === 'volume') expect(s.pricingUnit.endsWith('-Months'), s.key).toBe(false);
    }
    for (const p of c.commitmentPrograms) if (p.unit) expect(isFocusUnit(p.unit), p.type).toBe(true);
  });

  it('lists prices as exact decimals of the right magnitude', () => {
    for (const s of allSkus(c)) {
      expect(s.listPrice, s.key).toMatch(/^\d+(\.\d+)?$/);
      expect(significantDigits(s.listPrice), s.key).toBeLessThanOrEqual(8);
      const p = Number(dec(s.listPrice).m) / 10 ** dec(s.listPrice).s;
      expect(p, s.key).toBeLessThanOrEqual(1000);
      if (s.quantity === 'time') expect(p, s.key).toBeGreaterThanOrEqual(0.0001);
      if (s.quantity === 'time') expect(p, s.key).toBeLessThanOrEqual(40);
      if (/^G[i]?B-Months$/.test(s.pricingUnit)) expect(p, s.key).toBeGreaterThan(0.0005);
      if (/^G[i]?B-Months$/.test(s.pricingUnit)) expect(p, s.key).toBeLessThan(0.5);
      if (s.pricingUnit === '1000 Tokens') expect(p, s.key).toBeLessThan(0.1);
      if (s.pricingUnit === '1000000 Requests') expect(p, s.key).toBeLessThanOrEqual(5);
    }
  });

  it('uses FOCUS SkuPriceDetails keys or x_ keys with the right value types', () => {
    for (const s of allSkus(c)) {
      for (const [k, v] of Object.entries(s.details)) {
        expect(NUMERIC_KEYS.has(k) || STRING_KEYS.has(k) || k.startsWith('x_'), `${s.key}.${k}`).toBe(true);
        if (NUMERIC_KEYS.has(k)) expect(typeof v, `${s.key}.${k}`).toBe('number');
        if (STRING_KEYS.has(k)) expect(typeof v, `${s.key}.${k}`).toBe('string');
      }
      if (s.details.OperatingSystem !== undefined)
        expect(['Linux', 'Windows']).toContain(s.details.OperatingSystem);
    }
  });

  it('marks commitment-eligible and spot SKUs with programs the catalog has', () => {
    const kinds = new Set(c.commitmentPrograms.map((p) => p.kind));
    const codes = new Set(c.services.map((s) => s.code));
    for (const s of allSkus(c))
      for (const k of s.commitmentPrograms ?? []) expect(kinds.has(k), s.key).toBe(true);
    for (const p of c.commitmentPrograms) {
      for (const code of p.serviceCodes ?? []) expect(codes.has(code), `${p.type} ${code}`).toBe(true);
      expect(p.discountByTerm['1']).toBeGreaterThanOrEqual(0.2);
      expect(p.discountByTerm['1']).toBeLessThanOrEqual(0.45);
      expect(p.discountByTerm['3']).toBeGreaterThanOrEqual(0.45);
      expect(p.discountByTerm['3']).toBeLessThanOrEqual(0.7);
      expect(p.category === 'Usage' ? p.unit : 'spend').toBeTruthy();
      for (const ph of [...placeholders(p.idTemplate), ...placeholders(p.nameTemplate)])
        expect(ph).toMatch(RESOURCE_PLACEHOLDERS);
      expect(
        allSkus(c).some((s) => s.commitmentPrograms?.includes(p.kind)),
        p.type,
      ).toBe(true);
    }
    const vmService = c.services.find((s) => s.subcategory === 'Virtual Machines')!;
    const vmHourly = vmService.skus.filter((s) => s.quantity === 'time');
    expect(vmHourly.length).toBeGreaterThanOrEqual(8);
    for (const s of vmHourly) {
      expect(s.spot, s.key).toBe(true);
      expect(s.commitmentPrograms?.length, s.key).toBeGreaterThan(0);
    }
    const db = c.services.filter((s) => s.category === 'Databases').flatMap((s) => s.skus);
    expect(db.some((s) => (s.commitmentPrograms?.length ?? 0) > 0)).toBe(true);
  });

  it('has >= 8 regions in the provider format, one home region at 1.0 and others at 1.05-1.35', () => {
    expect(c.regions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(c.regions.map((r) => r.id)).size).toBe(c.regions.length);
    expect(c.regions.filter((r) => r.priceFactor === 1).length).toBe(1);
    for (const r of c.regions) {
      if (r.priceFactor !== 1) expect(r.priceFactor, r.id).toBeGreaterThanOrEqual(1.05);
      expect(r.priceFactor, r.id).toBeLessThanOrEqual(1.35);
      expect(r.zones.length, r.id).toBeGreaterThan(0);
      const zone = {
        aws: new RegExp(`^${r.id}[a-f]$`),
        azure: /^[1-3]$/,
        gcp: new RegExp(`^${r.id}-[a-f]$`),
      }[c.id];
      for (const z of r.zones) expect(z).toMatch(zone);
      const id = { aws: /^[a-z]{2}-[a-z]+-\d$/, azure: /^[a-z]+\d?$/, gcp: /^[a-z]+-[a-z]+\d$/ }[c.id];
      expect(r.id).toMatch(id);
    }
    if (c.id === 'aws') {
      const codes = c.regions.map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^(EU|[A-Z]{3}\d)$/);
    }
  });

  it('has provider-shaped resource, account, invoice and commitment templates with known placeholders only', () => {
    const prefix = {
      aws: /^arn:aws:[a-z0-9-]+:/,
      azure: /^\/subscriptions\/\{accountNumber\}\//,
      gcp: /^\/\/[a-z]+\.googleapis\.com\//,
    }[c.id];
    for (const s of c.services) {
      if (s.resourceType === null) continue;
      expect(s.resourceIdTemplate, s.name).toMatch(prefix);
      for (const t of [s.resourceIdTemplate ?? '', s.resourceNameTemplate ?? ''])
        for (const ph of placeholders(t)) expect(ph, s.name).toMatch(RESOURCE_PLACEHOLDERS);
      for (const sk of s.skus)
        for (const ph of placeholders(sk.description)) expect(['price', 'region', 'unit']).toContain(ph);
    }
    const a = c.accounts;
    for (const t of [
      a.billingAccountIdTemplate,
      a.billingAccountNameTemplate,
      a.subAccountIdTemplate,
      a.subAccountNameTemplate,
    ]) {
      for (const ph of placeholders(t)) expect(ph, t).toMatch(ACCOUNT_PLACEHOLDERS);
    }
    for (const ph of placeholders(a.invoiceIdTemplate)) expect(ph).toMatch(INVOICE_PLACEHOLDERS);
    const shapes = {
      aws: [/^\{digits12\}$/, /^\{digits12\}$/, 'Linked Account'],
      azure: [
        /^\/providers\/Microsoft\.Billing\/billingAccounts\/.+\/billingProfiles\//,
        /^\/subscriptions\/\{guid\}$/,
        'Subscription',
      ],
      gcp: [/^\{HEX6\}-\{HEX6\}-\{HEX6\}$/, /^\{name\}-\{env\}-\{digits6\}$/, 'Project'],
    }[c.id];
    expect(a.billingAccountIdTemplate).toMatch(shapes[0] as RegExp);
    expect(a.subAccountIdTemplate).toMatch(shapes[1] as RegExp);
    expect(a.subAccountType).toBe(shapes[2]);
    const commitment = {
      aws: [/reserved-instances\/\{guid\}$/, /savingsplan\/\{guid\}$/],
      azure: [/reservationOrders\/.*\/reservations\//, /savingsPlanOrders\//],
      gcp: [/commitments\/\{name\}$/],
    }[c.id];
    for (const re of commitment)
      expect(
        c.commitmentPrograms.some((p) => re.test(p.idTemplate)),
        String(re),
      ).toBe(true);
  });

  it('has marketplace offers from third parties, a support plan SKU, provider tags and a tax rate', () => {
    expect(c.marketplace.length).toBeGreaterThanOrEqual(3);
    for (const m of c.marketplace) expect(m.publisherName).not.toBe(c.providerName);
    const support = c.services.find((s) => s.name === c.support.serviceName)!;
    expect(support.code).toBe(c.support.code);
    expect(support.subcategory).toBe('Support');
    expect(support.weight).toBe(0);
    expect(support.skus.map((s) => s.key)).toContain(c.support.skuKey);
    expect(c.providerTagKeys.length).toBeGreaterThanOrEqual(3);
    for (const k of c.providerTagKeys) expect(k.startsWith(c.providerTagPrefix), k).toBe(true);
    const tax = Number(c.taxRate);
    expect(tax).toBeGreaterThan(0);
    expect(tax).toBeLessThan(0.3);
  });

  it('derives SkuIds and SkuPriceIds deterministically, each SkuPriceId under exactly one SkuId', () => {
    // Variant names the charge generator uses: price kinds, and commitment <kind>-<n>y-<payment|upfront|recurring>.
    const variants = [
      'OnDemand',
      'Spot',
      'reservation-1y-AllUpfront',
      'reservation-3y-NoUpfront',
      'savings-plan-1y-PartialUpfront',
      'committed-use-3y-NoUpfront',
      'reservation-1y-upfront',
      'reservation-1y-recurring',
    ];
    const parent = new Map<string, string>();
    const seen = new Set<string>();
    const skuIdRe = {
      aws: /^[A-Z0-9]{16}$/,
      azure: /^[A-Z0-9]{12}\/[A-Z0-9]{4}$/,
      gcp: /^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/,
    }[c.id];
    for (const svc of c.services) {
      const regions: (RegionDef | null)[] = svc.scope === 'global' ? [null] : c.regions;
      for (const s of svc.skus) {
        for (const r of regions) {
          const id = c.skuId(s, r);
          expect(id).toMatch(skuIdRe);
          expect(c.skuId(s, r)).toBe(id);
          for (const v of variants) {
            const pid = c.skuPriceId(s, r, v);
            expect(c.skuPriceId(s, r, v)).toBe(pid);
            expect(ascii(pid)).toBe(true);
            const key = `${s.key}|${r?.id}|${v}`;
            expect(seen.has(pid), `${key} -> ${pid} collides`).toBe(false);
            seen.add(pid);
            const prev = parent.get(pid);
            if (prev) expect(prev).toBe(id);
            parent.set(pid, id);
          }
        }
      }
    }
    expect(seen.size).toBeGreaterThan(1000);
  });

  it('declares x_ columns whose getters return ASCII strings or null', () => {
    const names = c.columns.map((col) => col.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^x_[A-Z][A-Za-z]+$/);
    const svc = c.services.find((s) => s.subcategory === 'Virtual Machines')!;
    for (const col of c.columns) {
      const v = col.value(charge(c, svc, svc.skus[0], c.regions[1]));
      if (v !== null) expect(ascii(v), col.name).toBe(true);
      if (v !== null && col.type === 'json') expect(() => JSON.parse(v)).not.toThrow();
      if (v !== null && col.type === 'decimal') expect(v).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });

  it('keeps all catalog text ASCII', () => {
    expect(ascii(JSON.stringify(c))).toBe(true);
  });
});

/** A usage charge of `sku` in `region`, with everything else plain; `over` replaces fields. */
function charge(
  c: ProviderCatalog,
  service: ServiceDef,
  sku: SkuDef,
  region: RegionDef | null,
  over: Partial<Charge> = {},
): Charge {
  const ba = { id: 'BA-1', name: 'Acme', type: c.accounts.billingAccountType, currency: 'USD' };
  const price = dec(sku.listPrice);
  return {
    provider: c.id,
    providerName: c.providerName,
    publisherName: c.providerName,
    invoiceIssuerName: c.invoiceIssuerName,
    hostProviderName: null,
    category: 'Usage',
    chargeClass: null,
    frequency: 'Usage-Based',
    description: sku.description,
    chargePeriodStart: '2025-01-01T00:00:00Z',
    chargePeriodEnd: '2025-01-02T00:00:00Z',
    billingPeriodStart: '2025-01-01T00:00:00Z',
    billingPeriodEnd: '2025-02-01T00:00:00Z',
    monthIndex: 0,
    billingAccount: ba,
    subAccount: {
      id: '111122223333',
      name: 'acme-prod',
      type: c.accounts.subAccountType,
      number: '111122223333',
      billingAccount: ba,
      resourceGroups: ['rg-app-prod'],
      environment: 'prod',
    },
    invoiceId: null as unknown as string,
    invoiceDetailId: null,
    service,
    sku,
    skuId: c.skuId(sku, region),
    skuPriceId: c.skuPriceId(sku, region, 'OnDemand'),
    skuPriceDetails: JSON.stringify(sku.details),
    skuMeter: sku.meter,
    region,
    availabilityZone: region?.zones[0] ?? null,
    resourceId:
      '/subscriptions/0000/resourceGroups/rg-app-prod/providers/Microsoft.Compute/virtualMachines/vm-app-prod-1',
    resourceName: 'vm-app-prod-1',
    resourceType: service.resourceType,
    tags: null,
    pricingCategory: 'Standard',
    pricingQuantity: dec('24'),
    pricingUnit: sku.pricingUnit,
    consumedQuantity: dec('24'),
    consumedUnit: sku.consumedUnit,
    listUnitPrice: price,
    contractedUnitPrice: price,
    listCost: dec('10'),
    contractedCost: dec('10'),
    billedCost: dec('10'),
    effectiveCost: dec('9'),
    commitment: null,
    commitmentStatus: null,
    commitmentQuantity: null,
    capacityReservationId: null,
    capacityReservationStatus: null,
    usdRate: dec('1'),
    template: null,
    extra: {},
    ...over,
  };
}

describe('provider column values', () => {
  const col = (c: ProviderCatalog, name: string) => c.columns.find((x) => x.name === name)!;
  const aws = CATALOGS.aws;
  const ec2 = aws.services.find((s) => s.code === 'AmazonEC2')!;
  const m5 = findSku(aws, 'ec2-m5.xlarge-linux');
  const region = (c: ProviderCatalog, id: string) => c.regions.find((r) => r.id === id)!;

  it('AWS: usage types carry the region prefix except in us-east-1, spot hours are SpotUsage', () => {
    expect(col(aws, 'x_UsageType').value(charge(aws, ec2, m5, region(aws, 'us-east-2')))).toBe(
      'USE2-BoxUsage:m5.xlarge',
    );
    expect(col(aws, 'x_UsageType').value(charge(aws, ec2, m5, region(aws, 'eu-west-1')))).toBe(
      'EU-BoxUsage:m5.xlarge',
    );
    expect(col(aws, 'x_UsageType').value(charge(aws, ec2, m5, region(aws, 'us-east-1')))).toBe(
      'BoxUsage:m5.xlarge',
    );
    expect(
      col(aws, 'x_UsageType').value(
        charge(aws, ec2, m5, region(aws, 'us-west-2'), { pricingCategory: 'Dynamic' }),
      ),
    ).toBe('USW2-SpotUsage:m5.xlarge');
    expect(col(aws, 'x_Operation').value(charge(aws, ec2, findSku(aws, 'ec2-m5.xlarge-windows'), null))).toBe(
      'RunInstances:0002',
    );
    expect(col(aws, 'x_ServiceCode').value(charge(aws, ec2, m5, null))).toBe('AmazonEC2');
  });

  it('AWS: x_Discounts shows the negotiated discount as a JSON object, null without one', () => {
    const c1 = charge(aws, ec2, m5, null);
    expect(col(aws, 'x_Discounts').value(c1)).toBeNull();
    const c2 = charge(aws, ec2, m5, null, { listCost: dec('10'), contractedCost: dec('9.25') });
    expect(JSON.parse(col(aws, 'x_Discounts').value(c2)!)).toEqual({ private_rate_discount: -0.75 });
    expect(
      col(aws, 'x_UsageType').value(
        charge(aws, ec2, m5, null, { extra: { x_UsageType: 'ComputeSP:1yrNoUpfront' } }),
      ),
    ).toBe('ComputeSP:1yrNoUpfront');
  });

  it('Azure: costs in USD divide by the rate exactly; ARM type and resource group come from the resource id', () => {
    const az = CATALOGS.azure;
    const vm = az.services.find((s) => s.name === 'Virtual Machines')!;
    const c = charge(az, vm, vm.skus[0], region(az, 'westeurope'), {
      billedCost: dec('9'),
      effectiveCost: dec('1'),
      usdRate: dec('0.9'),
    });
    expect(col(az, 'x_BilledCostInUsd').value(c)).toBe('10');
    expect(col(az, 'x_EffectiveCostInUsd').value(c)).toBe('1.1111111111');
    expect(col(az, 'x_ResourceType').value(c)).toBe('microsoft.compute/virtualmachines');
    expect(col(az, 'x_ResourceGroupName').value(c)).toBe('rg-app-prod');
    expect(col(az, 'x_SkuMeterCategory').value(c)).toBe('Virtual Machines');
    expect(col(az, 'x_PricingBlockSize').value(c)).toBe('1');
    expect(col(az, 'x_BillingProfileId').value(c)).toBe('BA-1');
    expect(
      armType('/subscriptions/1/resourceGroups/rg/providers/Microsoft.Sql/servers/s1/databases/d1'),
    ).toBe('microsoft.sql/servers/databases');
  });

  it('GCP: x_ServiceId and the located SKU description', () => {
    const g = CATALOGS.gcp;
    const gce = g.services.find((s) => s.name === 'Compute Engine')!;
    const c = charge(g, gce, findSku(g, 'gce-n2-core'), region(g, 'europe-west1'));
    expect(col(g, 'x_ServiceId').value(c)).toBe('6F81-5844-456A');
    expect(col(g, 'x_SkuDescription').value(c)).toBe('N2 Instance Core running in Belgium');
    expect(findSku(g, 'gce-n2-core').meter).toBe('N2 Instance Core');
  });
});

describe('reference prices and codes', () => {
  it('anchors list prices to published on-demand rates', () => {
    expect(findSku(CATALOGS.aws, 'ec2-m5.xlarge-linux').listPrice).toBe('0.192');
    expect(findSku(CATALOGS.aws, 's3-standard').listPrice).toBe('0.023');
    const req = findSku(CATALOGS.aws, 'lambda-requests');
    expect([req.listPrice, req.pricingUnit, req.consumedUnit, req.blockSize]).toEqual([
      '0.20',
      '1000000 Requests',
      'Requests',
      1000000,
    ]);
    expect(findSku(CATALOGS.azure, 'vm-standard_d4s_v5-linux').listPrice).toBe('0.192');
    expect(findSku(CATALOGS.azure, 'st-hot-lrs').listPrice).toBe('0.0184');
    expect(findSku(CATALOGS.gcp, 'gcs-standard').listPrice).toBe('0.02');
    const codes = (c: ProviderCatalog) => new Map(c.services.map((s) => [s.name, s.code]));
    expect(codes(CATALOGS.aws).get('Amazon Elastic Compute Cloud')).toBe('AmazonEC2');
    expect(codes(CATALOGS.azure).get('Virtual Machines')).toBe('Microsoft.Compute');
    expect(codes(CATALOGS.gcp).get('Compute Engine')).toBe('6F81-5844-456A');
    expect(codes(CATALOGS.gcp).get('Cloud Storage')).toBe('95FF-2EF5-5EA1');
    expect(codes(CATALOGS.gcp).get('BigQuery')).toBe('24E6-581D-38E5');
  });

  it('rejects an unknown provider id with the allowed values', () => {
    expect(() => getCatalog('oracle' as never)).toThrow(/oracle.*aws, azure, gcp/);
  });
});

const REF = '/work/shared/reference';
const refMissing = !existsSync(REF);
const skipRef = refMissing && process.env.CI !== 'true';
const csv = (path: string): string[][] =>
  readFileSync(`${REF}/${path}`, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));

describe('facts from the shared reference data', () => {
  it.skipIf(skipRef)(
    `AWS product codes fall in the focus-converters category${skipRef ? ' (skipped: ' + REF + ' absent)' : ''}`,
    () => {
      const mapping = new Map(
        csv('focus-converters/aws_category_mapping.csv').map(([code, cat]) => [code, cat]),
      );
      const checked = CATALOGS.aws.services.filter((s) => mapping.has(s.code));
      expect(checked.length).toBeGreaterThanOrEqual(50);
      for (const s of checked) expect(s.category, s.code).toBe(mapping.get(s.code));
    },
  );

  it.skipIf(skipRef)(
    `Azure services, codes, ARM types and regions match finops-toolkit open data${skipRef ? ' (skipped)' : ''}`,
    () => {
      const rows = csv('finops-toolkit/Services.csv');
      const regions = new Map(csv('finops-toolkit/Regions.csv').map(([, id, name]) => [id, name]));
      for (const s of CATALOGS.azure.services.filter((x) => x.weight > 0)) {
        const mine = rows.filter((r) => r[2] === s.name);
        expect(mine.length, s.name).toBeGreaterThan(0);
        expect(
          mine.some((r) => r[3] === s.category && r[4] === s.subcategory),
          s.name,
        ).toBe(true);
        const type = armType(s.resourceIdTemplate ?? null);
        expect(
          mine.map((r) => r[1].toLowerCase()),
          s.name,
        ).toContain(type);
        expect(type?.split('/')[0], s.name).toBe(s.code.toLowerCase());
      }
      for (const r of CATALOGS.azure.regions) expect(regions.get(r.id), r.id).toBe(r.name);
    },
  );

  it.skipIf(skipRef)(
    `GCP service categories follow the focus-converters mapping except the media APIs${skipRef ? ' (skipped)' : ''}`,
    () => {
      const mapping = new Map(
        csv('focus-converters/gcp_category_mapping.csv').map(([name, cat]) => [name, cat]),
      );
      const deviations = new Set(['Transcoder API', 'Live Stream API']);
      const checked = CATALOGS.gcp.services.filter((s) => mapping.has(s.name) && !deviations.has(s.name));
      expect(checked.length).toBeGreaterThanOrEqual(25);
      for (const s of checked) expect(s.category, s.name).toBe(mapping.get(s.name));
    },
  );
});

describe('AWS SkuPriceIds follow the RateCode shape', () => {
  it('uses real offer term codes for on-demand and RI terms, the upfront rate code for upfront fees', () => {
    const aws = CATALOGS.aws;
    const m5 = findSku(aws, 'ec2-m5.xlarge-linux');
    const r = aws.regions[0];
    const id = aws.skuId(m5, r);
    expect(aws.skuPriceId(m5, r, 'OnDemand')).toBe(`${id}.JRTCKXETXF.6YS6EN2CT7`);
    expect(aws.skuPriceId(m5, r, 'reservation-1y-NoUpfront')).toBe(`${id}.4NA7Y494T4.6YS6EN2CT7`);
    expect(aws.skuPriceId(m5, r, 'reservation-3y-AllUpfront')).toBe(`${id}.NQ3QZPMQV9.6YS6EN2CT7`);
    const up = aws.skuPriceId(m5, r, 'savings-plan-1y-upfront').split('.');
    const rec = aws.skuPriceId(m5, r, 'savings-plan-1y-recurring').split('.');
    expect(up[1]).toBe(rec[1]);
    expect([up[2], rec[2]]).toEqual(['2TG2D8R56U', '6YS6EN2CT7']);
  });
});
