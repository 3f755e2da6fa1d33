/**
 * The Google Cloud catalog: regions and zones, billing account / project shapes, resource-based and
 * spend-based committed use discounts, marketplace offers, Customer Care support and the x_ columns
 * (service id, SKU description). Service ids of the well-known services (Compute Engine, Cloud
 * Storage, BigQuery, Cloud SQL, Kubernetes Engine, Cloud Run, Vertex AI, Networking, Cloud Logging,
 * ...) are Google's; those of smaller services are shaped like them but illustrative.
 */
import type { Charge } from '../../charges/charge.js';
import type { ProviderCatalog, RegionDef, SkuDef } from '../types.js';
import { U, UPPER_HEX, idChars, override, per, sku, ELASTIC_ECU_SKU } from '../shared.js';
import { GCP_COMPUTE_STORAGE } from './compute-storage.js';
import { GCP_DATABASES_ANALYTICS } from './databases-analytics.js';
import { GCP_AI_NETWORK_MEDIA } from './ai-network-media.js';
import { GCP_OPERATIONS } from './operations.js';

const zones = (id: string, letters: string): string[] => [...letters].map((l) => `${id}-${l}`);

export const GCP_REGIONS: RegionDef[] = [
  { id: 'us-central1', name: 'Iowa', zones: zones('us-central1', 'abcf'), priceFactor: 1, weight: 25 },
  { id: 'us-east1', name: 'South Carolina', zones: zones('us-east1', 'bcd'), priceFactor: 1.05, weight: 10 },
  {
    id: 'us-east4',
    name: 'Northern Virginia',
    zones: zones('us-east4', 'abc'),
    priceFactor: 1.12,
    weight: 8,
  },
  { id: 'us-west1', name: 'Oregon', zones: zones('us-west1', 'abc'), priceFactor: 1.05, weight: 6 },
  { id: 'europe-west1', name: 'Belgium', zones: zones('europe-west1', 'bcd'), priceFactor: 1.1, weight: 8 },
  {
    id: 'europe-west4',
    name: 'Netherlands',
    zones: zones('europe-west4', 'abc'),
    priceFactor: 1.1,
    weight: 5,
  },
  { id: 'europe-west2', name: 'London', zones: zones('europe-west2', 'abc'), priceFactor: 1.2, weight: 3 },
  { id: 'europe-west3', name: 'Frankfurt', zones: zones('europe-west3', 'abc'), priceFactor: 1.2, weight: 3 },
  {
    id: 'asia-northeast1',
    name: 'Tokyo',
    zones: zones('asia-northeast1', 'abc'),
    priceFactor: 1.28,
    weight: 3,
  },
  {
    id: 'asia-southeast1',
    name: 'Singapore',
    zones: zones('asia-southeast1', 'abc'),
    priceFactor: 1.23,
    weight: 2,
  },
  {
    id: 'australia-southeast1',
    name: 'Sydney',
    zones: zones('australia-southeast1', 'abc'),
    priceFactor: 1.35,
    weight: 2,
  },
];

/** "XXXX-XXXX-XXXX" uppercase hex, as Google writes SKU ids; SKUs are per location. */
function gcpSkuId(s: SkuDef, region: RegionDef | null): string {
  const h = idChars(`gcp|sku|${s.key}|${region ? region.id : 'global'}`, 12, UPPER_HEX);
  return `${h.slice(0, 4)}-${h.slice(4, 8)}-${h.slice(8)}`;
}

const VARIANT: Record<string, string> = { OnDemand: 'OD', Spot: 'SPOT' };

const pick = (c: Charge, name: string, derive: (c: Charge) => string | null): string | null => {
  const o = override(c, name);
  return o === undefined ? derive(c) : o;
};

/** SKU description with its location filled in ("N2 Instance Core running in Iowa"). */
function skuDescription(c: Charge): string | null {
  if (!c.sku) return null;
  const d = c.sku.usageType ?? c.sku.description;
  return d.replace('{region}', c.region ? c.region.name : 'Americas');
}

export const gcpCatalog: ProviderCatalog = {
  id: 'gcp',
  providerName: 'Google Cloud',
  invoiceIssuerName: 'Google Cloud',
  accounts: {
    billingAccountType: 'Billing Account',
    subAccountType: 'Project',
    billingAccountIdTemplate: '{HEX6}-{HEX6}-{HEX6}',
    billingAccountNameTemplate: '{org} Billing',
    subAccountIdTemplate: '{name}-{env}-{digits6}',
    subAccountNameTemplate: '{name} {env}',
    invoiceIdTemplate: '{digits10}',
  },
  regions: GCP_REGIONS,
  services: [...GCP_COMPUTE_STORAGE, ...GCP_DATABASES_ANALYTICS, ...GCP_AI_NETWORK_MEDIA, ...GCP_OPERATIONS],
  commitmentPrograms: [
    {
      kind: 'committed-use',
      type: 'Committed Use Discount',
      category: 'Usage',
      serviceCodes: ['6F81-5844-456A', 'E000-3F24-B8AA'],
      discountByTerm: { '1': 0.37, '3': 0.55 },
      idTemplate: 'projects/{project}/regions/{region}/commitments/{name}',
      nameTemplate: 'commitment-{hex8}',
      unit: 'Hours',
      paymentOptions: ['No Upfront'],
    },
    {
      kind: 'committed-use',
      type: 'Committed Use Discount',
      category: 'Spend',
      serviceCodes: [
        '9662-B51E-5089',
        'CCD8-9BF1-090E',
        '152E-C115-5142',
        'CC63-0873-48FD',
        'C3BE-24A5-0975',
        '5AF5-2C11-D467',
        '24E6-581D-38E5',
      ],
      discountByTerm: { '1': 0.25, '3': 0.52 },
      idTemplate: 'projects/{project}/regions/{region}/commitments/{name}',
      nameTemplate: 'spend-commitment-{hex8}',
      paymentOptions: ['No Upfront'],
    },
  ],
  marketplace: [
    {
      publisherName: 'MongoDB, Inc.',
      serviceName: 'MongoDB Atlas (pay-as-you-go)',
      category: 'Databases',
      subcategory: 'NoSQL Databases',
      sku: sku('mp-mongodb', 'Atlas M30 Cluster', U.hours, '0.54', 'MongoDB Atlas M30 cluster hour', {
        details: { InstanceType: 'M30' },
        weight: 1,
      }),
    },
    {
      publisherName: 'Elastic',
      serviceName: 'Elastic Cloud (Elasticsearch Service)',
      category: 'Analytics',
      subcategory: 'Search',
      sku: ELASTIC_ECU_SKU,
    },
    {
      publisherName: 'Confluent',
      serviceName: 'Confluent Cloud (Pay-as-you-go)',
      category: 'Integration',
      subcategory: 'Messaging',
      sku: sku(
        'mp-confluent',
        'Confluent Consumption Unit',
        per(1, 'Units'),
        '0.0001',
        'Confluent Cloud consumption unit',
        { weight: 1 },
      ),
    },
    {
      publisherName: 'NetApp, Inc.',
      serviceName: 'NetApp Cloud Volumes ONTAP',
      category: 'Storage',
      subcategory: 'File Storage',
      sku: sku(
        'mp-netapp-cvo',
        'Cloud Volumes ONTAP Capacity',
        U.gibMonths,
        '0.125',
        'Cloud Volumes ONTAP provisioned capacity',
        { weight: 1 },
      ),
    },
  ],
  support: {
    serviceName: 'Support',
    code: '2062-016F-44A2',
    skuKey: 'support-enhanced',
    description: 'Google Cloud Customer Care - Enhanced Support',
    percentOfSpend: 0.03,
    minimum: '500',
  },
  providerTagPrefix: 'goog-',
  providerTagKeys: [
    'goog-k8s-cluster-name',
    'goog-k8s-cluster-location',
    'goog-k8s-node-pool-name',
    'goog-managed-by',
    'goog-dataproc-cluster-name',
  ],
  taxRate: '0.06',
  columns: [
    { name: 'x_ServiceId', type: 'string', value: (c) => pick(c, 'x_ServiceId', (d) => d.service.code) },
    { name: 'x_SkuDescription', type: 'string', value: (c) => pick(c, 'x_SkuDescription', skuDescription) },
  ],
  skuId: gcpSkuId,
  skuPriceId(s, region, variant) {
    const suffix = VARIANT[variant] ?? variant.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    return `${gcpSkuId(s, region)}/${suffix}`;
  },
};
