/**
 * The Azure catalog: regions (ids and names from finops-toolkit Regions.csv), MCA account shapes
 * (billing profile as BillingAccountId, subscriptions), reservations and savings plans, marketplace
 * offers, support, and the x_ columns of the Cost Management FOCUS export.
 */
import type { Charge } from '../../charges/charge.js';
import type { ProviderCatalog, RegionDef, SkuDef } from '../types.js';
import { U, UPPER_ALNUM, UPPER_HEX, idChars, inUsd, override, per, sku, ELASTIC_ECU_SKU } from '../shared.js';
import { AZURE_COMPUTE } from './compute.js';
import { AZURE_STORAGE_DATABASES } from './storage-databases.js';
import { AZURE_ANALYTICS_AI } from './analytics-ai.js';
import { AZURE_NETWORK_MEDIA } from './network-media.js';
import { AZURE_OPERATIONS } from './operations.js';

const Z = ['1', '2', '3'];

export const AZURE_REGIONS: RegionDef[] = [
  { id: 'eastus', name: 'East US', zones: Z, priceFactor: 1, weight: 25 },
  { id: 'eastus2', name: 'East US 2', zones: Z, priceFactor: 1.05, weight: 12 },
  { id: 'westus2', name: 'West US 2', zones: Z, priceFactor: 1.08, weight: 8 },
  { id: 'centralus', name: 'Central US', zones: Z, priceFactor: 1.1, weight: 6 },
  { id: 'westeurope', name: 'West Europe', zones: Z, priceFactor: 1.15, weight: 10 },
  { id: 'northeurope', name: 'North Europe', zones: Z, priceFactor: 1.1, weight: 6 },
  { id: 'uksouth', name: 'UK South', zones: Z, priceFactor: 1.15, weight: 4 },
  { id: 'swedencentral', name: 'Sweden Central', zones: Z, priceFactor: 1.12, weight: 2 },
  { id: 'japaneast', name: 'Japan East', zones: Z, priceFactor: 1.25, weight: 3 },
  { id: 'southeastasia', name: 'Southeast Asia', zones: Z, priceFactor: 1.2, weight: 3 },
  { id: 'australiaeast', name: 'Australia East', zones: Z, priceFactor: 1.25, weight: 2 },
];

/** ProductId (12 chars) / SkuId (4 chars), as in Azure price sheets; the same in every region. */
function azureSkuId(s: SkuDef): string {
  return `${idChars(`azure|product|${s.key}`, 12, UPPER_ALNUM)}/${'00' + idChars(`azure|sku|${s.key}`, 2, UPPER_ALNUM)}`;
}

/** Price kinds: consumption and spot as Azure names them; commitment variants spelled out. */
const VARIANT_TERM: Record<string, string> = { OnDemand: 'Consumption', Spot: 'Spot' };

const pick = (c: Charge, name: string, derive: (c: Charge) => string | null): string | null => {
  const o = override(c, name);
  return o === undefined ? derive(c) : o;
};

/** ARM type of a resource id, lowercased as Azure writes x_ResourceType ("microsoft.compute/virtualmachines"). */
export function armType(resourceId: string | null): string | null {
  if (!resourceId) return null;
  const at = resourceId.toLowerCase().lastIndexOf('/providers/');
  if (at < 0) return null;
  const parts = resourceId.slice(at + '/providers/'.length).split('/');
  const types = [parts[0], parts[1]];
  for (let i = 3; i < parts.length; i += 2) types.push(parts[i]);
  return types.filter(Boolean).join('/').toLowerCase();
}

function resourceGroup(c: Charge): string | null {
  const m = c.resourceId ? /\/resourceGroups\/([^/]+)/i.exec(c.resourceId) : null;
  return m ? m[1] : null;
}

/** Meter id GUID: one per meter and region, as in Azure price sheets. */
function meterId(c: Charge): string | null {
  if (!c.sku) return null;
  const h = idChars(
    `azure|meter|${c.sku.key}|${c.region ? c.region.id : 'global'}`,
    32,
    UPPER_HEX,
  ).toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const azureCatalog: ProviderCatalog = {
  id: 'azure',
  providerName: 'Microsoft',
  invoiceIssuerName: 'Microsoft',
  accounts: {
    billingAccountType: 'Billing Profile',
    subAccountType: 'Subscription',
    billingAccountIdTemplate:
      '/providers/Microsoft.Billing/billingAccounts/{guid}:{guid}_2019-05-31/billingProfiles/{ALNUM4}-{ALNUM4}-{ALNUM3}-{ALNUM3}',
    billingAccountNameTemplate: '{org}',
    subAccountIdTemplate: '/subscriptions/{guid}',
    subAccountNameTemplate: '{org}-{name}-{env}',
    invoiceIdTemplate: 'G{digits9}',
    capacityReservationIdTemplate:
      '/subscriptions/{accountNumber}/resourceGroups/{resourceGroup}/providers/Microsoft.Compute/capacityReservationGroups/crg-{name}/capacityReservations/cr-{name}',
  },
  regions: AZURE_REGIONS,
  services: [
    ...AZURE_COMPUTE,
    ...AZURE_STORAGE_DATABASES,
    ...AZURE_ANALYTICS_AI,
    ...AZURE_NETWORK_MEDIA,
    ...AZURE_OPERATIONS,
  ],
  commitmentPrograms: [
    {
      kind: 'reservation',
      type: 'Reservation',
      category: 'Usage',
      serviceCodes: [
        'Microsoft.Compute',
        'Microsoft.Sql',
        'Microsoft.DocumentDB',
        'Microsoft.DBforPostgreSQL',
        'Microsoft.DBforMySQL',
        'Microsoft.Cache',
        'Microsoft.Web',
        'Microsoft.Synapse',
        'Microsoft.Kusto',
        'Microsoft.MachineLearningServices',
      ],
      discountByTerm: { '1': 0.37, '3': 0.58 },
      idTemplate: '/providers/Microsoft.Capacity/reservationOrders/{guid}/reservations/{guid}',
      nameTemplate: 'VM_RI_{digits2}-{digits2}-{digits4}_{digits2}-{digits2}',
      unit: 'Hours',
      purchaseServiceName: 'Azure Reservations',
      paymentOptions: ['All Upfront', 'No Upfront'],
    },
    {
      kind: 'savings-plan',
      type: 'Savings Plan',
      category: 'Spend',
      serviceCodes: [
        'Microsoft.Compute',
        'Microsoft.Web',
        'Microsoft.ContainerInstance',
        'Microsoft.App',
        'Microsoft.MachineLearningServices',
      ],
      discountByTerm: { '1': 0.3, '3': 0.52 },
      idTemplate: '/providers/Microsoft.BillingBenefits/savingsPlanOrders/{guid}/savingsPlans/{guid}',
      nameTemplate: 'Compute_SavingsPlan_{digits13}',
      purchaseServiceName: 'Azure Savings Plan for Compute',
      paymentOptions: ['All Upfront', 'No Upfront'],
    },
  ],
  marketplace: [
    {
      publisherName: 'Datadog',
      serviceName: 'Datadog - An Azure Native ISV Service',
      category: 'Management and Governance',
      subcategory: 'Observability',
      sku: sku(
        'mp-datadog',
        'Pro Infrastructure Host',
        per(1, 'Host-Hours'),
        '0.03',
        'Datadog Pro infrastructure host-hour',
        { weight: 1 },
      ),
    },
    {
      publisherName: 'Elastic',
      serviceName: 'Elastic Cloud (Elasticsearch) - An Azure Native ISV Service',
      category: 'Analytics',
      subcategory: 'Search',
      sku: ELASTIC_ECU_SKU,
    },
    {
      publisherName: 'Confluent',
      serviceName: 'Apache Kafka on Confluent Cloud',
      category: 'Integration',
      subcategory: 'Messaging',
      sku: sku(
        'mp-confluent',
        'Confluent Consumption Unit',
        per(1, 'Units'),
        '0.0001',
        'Confluent Cloud pay-as-you-go consumption unit',
        { weight: 1 },
      ),
    },
    {
      publisherName: 'Redis',
      serviceName: 'Azure Managed Redis (Enterprise)',
      category: 'Databases',
      subcategory: 'Caching',
      sku: sku(
        'mp-redis-e10',
        'Enterprise E10 Software',
        U.hours,
        '0.4',
        'Redis Enterprise E10 software fee per hour',
        { weight: 1 },
      ),
    },
  ],
  support: {
    serviceName: 'Azure Support',
    code: 'Microsoft.Support',
    skuKey: 'support-prodirect',
    description: 'Azure Professional Direct support plan',
    percentOfSpend: 0,
    minimum: '1000',
  },
  // Azure's own tags: AKS stamps node resources with aks-managed-* keys.
  providerTagPrefix: 'aks-managed-',
  providerTagKeys: [
    'aks-managed-cluster-name',
    'aks-managed-poolName',
    'aks-managed-createOperationID',
    'aks-managed-orchestrator',
  ],
  taxRate: '0.0725',
  columns: [
    {
      name: 'x_BilledCostInUsd',
      type: 'decimal',
      value: (c) => pick(c, 'x_BilledCostInUsd', (d) => inUsd(d.billedCost, d)),
    },
    {
      name: 'x_BillingProfileId',
      type: 'string',
      value: (c) => pick(c, 'x_BillingProfileId', (d) => d.billingAccount.id),
    },
    {
      name: 'x_ContractedCostInUsd',
      type: 'decimal',
      value: (c) => pick(c, 'x_ContractedCostInUsd', (d) => inUsd(d.contractedCost, d)),
    },
    {
      name: 'x_EffectiveCostInUsd',
      type: 'decimal',
      value: (c) => pick(c, 'x_EffectiveCostInUsd', (d) => inUsd(d.effectiveCost, d)),
    },
    {
      name: 'x_ListCostInUsd',
      type: 'decimal',
      value: (c) => pick(c, 'x_ListCostInUsd', (d) => inUsd(d.listCost, d)),
    },
    {
      name: 'x_PricingBlockSize',
      type: 'decimal',
      value: (c) =>
        pick(c, 'x_PricingBlockSize', (d) => (d.sku && d.pricingQuantity ? String(d.sku.blockSize) : null)),
    },
    {
      name: 'x_ResourceGroupName',
      type: 'string',
      value: (c) => pick(c, 'x_ResourceGroupName', resourceGroup),
    },
    {
      name: 'x_ResourceType',
      type: 'string',
      value: (c) => pick(c, 'x_ResourceType', (d) => armType(d.resourceId)),
    },
    {
      name: 'x_SkuMeterCategory',
      type: 'string',
      value: (c) => pick(c, 'x_SkuMeterCategory', (d) => d.sku?.meterCategory || null),
    },
    { name: 'x_SkuMeterId', type: 'string', value: (c) => pick(c, 'x_SkuMeterId', meterId) },
    {
      name: 'x_SkuMeterSubcategory',
      type: 'string',
      value: (c) => pick(c, 'x_SkuMeterSubcategory', (d) => d.sku?.meterSubcategory || null),
    },
  ],
  skuId: (s) => azureSkuId(s),
  skuPriceId(s, region, variant) {
    const term = VARIANT_TERM[variant] ?? variant.replace(/[^A-Za-z0-9]/g, '');
    const where = idChars(`azure|price|${region ? region.id : 'global'}`, 4, UPPER_ALNUM);
    return `${azureSkuId(s)}/${where}/${term}`;
  },
};
