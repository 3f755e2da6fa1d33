/**
 * The AWS catalog: regions with their usage-type prefixes, account shapes (payer / linked 12-digit
 * accounts), Reserved Instances and Savings Plans, marketplace offers, Business support, the
 * provider columns of AWS Data Exports FOCUS 1.2 (x_ServiceCode, x_UsageType, x_Operation,
 * x_Discounts) and the RateCode-shaped SkuPriceIds ("<SKU>.<OfferTermCode>.<RateCode>").
 */
import type { Charge } from '../../charges/charge.js';
import { cmp, format, sub } from '../../decimal.js';
import type { ProviderCatalog, RegionDef, SkuDef } from '../types.js';
import { U, UPPER_ALNUM, idChars, override, per, sku } from '../shared.js';
import { AWS_COMPUTE } from './compute.js';
import { AWS_STORAGE } from './storage.js';
import { AWS_DATABASES } from './databases.js';
import { AWS_ANALYTICS } from './analytics.js';
import { AWS_AI } from './ai.js';
import { AWS_NETWORK } from './network.js';
import { AWS_MEDIA } from './media.js';
import { AWS_SECURITY_MANAGEMENT } from './security-management.js';
import { AWS_INTEGRATION_MORE } from './integration-more.js';

const az = (id: string, letters: string): string[] => [...letters].map((l) => id + l);

export const AWS_REGIONS: RegionDef[] = [
  {
    id: 'us-east-1',
    name: 'US East (N. Virginia)',
    zones: az('us-east-1', 'abcdf'),
    priceFactor: 1,
    weight: 30,
    code: 'USE1',
  },
  {
    id: 'us-east-2',
    name: 'US East (Ohio)',
    zones: az('us-east-2', 'abc'),
    priceFactor: 1.05,
    weight: 10,
    code: 'USE2',
  },
  {
    id: 'us-west-2',
    name: 'US West (Oregon)',
    zones: az('us-west-2', 'abcd'),
    priceFactor: 1.05,
    weight: 14,
    code: 'USW2',
  },
  {
    id: 'us-west-1',
    name: 'US West (N. California)',
    zones: az('us-west-1', 'ac'),
    priceFactor: 1.17,
    weight: 3,
    code: 'USW1',
  },
  {
    id: 'ca-central-1',
    name: 'Canada (Central)',
    zones: az('ca-central-1', 'abd'),
    priceFactor: 1.1,
    weight: 3,
    code: 'CAN1',
  },
  // AWS writes eu-west-1 usage types with the bare "EU-" prefix.
  {
    id: 'eu-west-1',
    name: 'EU (Ireland)',
    zones: az('eu-west-1', 'abc'),
    priceFactor: 1.1,
    weight: 10,
    code: 'EU',
  },
  {
    id: 'eu-central-1',
    name: 'EU (Frankfurt)',
    zones: az('eu-central-1', 'abc'),
    priceFactor: 1.2,
    weight: 7,
    code: 'EUC1',
  },
  {
    id: 'eu-west-2',
    name: 'EU (London)',
    zones: az('eu-west-2', 'abc'),
    priceFactor: 1.16,
    weight: 4,
    code: 'EUW2',
  },
  {
    id: 'ap-northeast-1',
    name: 'Asia Pacific (Tokyo)',
    zones: az('ap-northeast-1', 'acd'),
    priceFactor: 1.29,
    weight: 5,
    code: 'APN1',
  },
  {
    id: 'ap-southeast-1',
    name: 'Asia Pacific (Singapore)',
    zones: az('ap-southeast-1', 'abc'),
    priceFactor: 1.25,
    weight: 4,
    code: 'APS1',
  },
  {
    id: 'ap-southeast-2',
    name: 'Asia Pacific (Sydney)',
    zones: az('ap-southeast-2', 'abc'),
    priceFactor: 1.25,
    weight: 3,
    code: 'APS2',
  },
  {
    id: 'sa-east-1',
    name: 'South America (Sao Paulo)',
    zones: az('sa-east-1', 'abc'),
    priceFactor: 1.35,
    weight: 2,
    code: 'SAE1',
  },
];

/** Region whose usage types AWS writes without a prefix ("BoxUsage:m5.xlarge" is us-east-1). */
const UNPREFIXED_REGION = 'us-east-1';

/** Usage type as it appears in lineItem/UsageType: region code prefix except for us-east-1 and global services. */
export function awsUsageType(usageType: string, region: RegionDef | null): string {
  if (!region || region.id === UNPREFIXED_REGION || !region.code) return usageType;
  return `${region.code}-${usageType}`;
}

/** OfferTermCodes AWS uses for on-demand and standard Reserved Instance terms (by term and payment). */
const OFFER_TERM: Record<string, string> = {
  OnDemand: 'JRTCKXETXF',
  'reservation-1y-NoUpfront': '4NA7Y494T4',
  'reservation-1y-PartialUpfront': 'HU7G6KETJZ',
  'reservation-1y-AllUpfront': '6QCMYABX3D',
  'reservation-3y-NoUpfront': 'BPH4J8HBKS',
  'reservation-3y-PartialUpfront': '38NPMPTW36',
  'reservation-3y-AllUpfront': 'NQ3QZPMQV9',
};

/** RateCodes of the price dimension: the upfront fee of a term, or its hourly usage rate. */
const RATE_UPFRONT = '2TG2D8R56U';
const RATE_USAGE = '6YS6EN2CT7';

function awsSkuId(s: SkuDef, region: RegionDef | null): string {
  return idChars(`aws|sku|${s.key}|${region ? region.id : 'global'}`, 16, UPPER_ALNUM);
}

function usageTypeOf(c: Charge): string | null {
  if (!c.sku) return null;
  let ut = c.sku.usageType ?? c.sku.meter;
  if (c.pricingCategory === 'Dynamic' && ut.startsWith('BoxUsage:')) ut = 'Spot' + ut.slice(3);
  return awsUsageType(ut, c.region);
}

function discounts(c: Charge): string | null {
  if (c.category !== 'Usage' || cmp(c.contractedCost, c.listCost) >= 0) return null;
  return `{"private_rate_discount":${format(sub(c.contractedCost, c.listCost))}}`;
}

const pick = (c: Charge, name: string, derive: (c: Charge) => string | null): string | null => {
  const o = override(c, name);
  return o === undefined ? derive(c) : o;
};

export const awsCatalog: ProviderCatalog = {
  id: 'aws',
  providerName: 'AWS',
  invoiceIssuerName: 'AWS',
  accounts: {
    billingAccountType: 'Billing Account',
    subAccountType: 'Linked Account',
    billingAccountIdTemplate: '{digits12}',
    billingAccountNameTemplate: '{org}',
    subAccountIdTemplate: '{digits12}',
    subAccountNameTemplate: '{org}-{name}-{env}',
    invoiceIdTemplate: '{digits10}',
    capacityReservationIdTemplate: 'arn:aws:ec2:{region}:{accountNumber}:capacity-reservation/cr-{hex17}',
  },
  regions: AWS_REGIONS,
  services: [
    ...AWS_COMPUTE,
    ...AWS_STORAGE,
    ...AWS_DATABASES,
    ...AWS_ANALYTICS,
    ...AWS_AI,
    ...AWS_NETWORK,
    ...AWS_MEDIA,
    ...AWS_SECURITY_MANAGEMENT,
    ...AWS_INTEGRATION_MORE,
  ],
  commitmentPrograms: [
    {
      kind: 'reservation',
      type: 'Reserved Instance',
      category: 'Usage',
      serviceCodes: [
        'AmazonEC2',
        'AmazonRDS',
        'AmazonElastiCache',
        'AmazonRedshift',
        'AmazonES',
        'AmazonDocDB',
        'AmazonDynamoDB',
      ],
      discountByTerm: { '1': 0.36, '3': 0.57 },
      idTemplate: 'arn:aws:ec2:{region}:{accountNumber}:reserved-instances/{guid}',
      nameTemplate: '{guid}',
      unit: 'Hours',
      paymentOptions: ['All Upfront', 'Partial Upfront', 'No Upfront'],
    },
    {
      kind: 'savings-plan',
      type: 'Savings Plan',
      category: 'Spend',
      serviceCodes: ['AmazonEC2', 'AWSLambda', 'AmazonECS', 'AmazonSageMaker'],
      discountByTerm: { '1': 0.31, '3': 0.52 },
      idTemplate: 'arn:aws:savingsplans::{accountNumber}:savingsplan/{guid}',
      nameTemplate: '{guid}',
      purchaseServiceName: 'Savings Plans for AWS Compute usage',
      paymentOptions: ['All Upfront', 'Partial Upfront', 'No Upfront'],
    },
  ],
  marketplace: [
    {
      publisherName: 'Datadog, Inc.',
      serviceName: 'Datadog Pro (Pay-As-You-Go)',
      category: 'Management and Governance',
      subcategory: 'Observability',
      sku: sku(
        'mp-datadog-infra',
        'Infrastructure-Host-Hours',
        per(1, 'Host-Hours'),
        '0.03',
        'Datadog Pro infrastructure monitoring per host-hour',
        { weight: 1 },
      ),
    },
    {
      publisherName: 'Snowflake Inc.',
      serviceName: 'Snowflake Data Cloud',
      category: 'Databases',
      subcategory: 'Data Warehouses',
      sku: sku(
        'mp-snowflake-credits',
        'Enterprise-Credits',
        per(1, 'Credits'),
        '3.00',
        'Snowflake Enterprise edition compute credits',
        { weight: 1 },
      ),
    },
    {
      publisherName: 'MongoDB, Inc.',
      serviceName: 'MongoDB Atlas (pay-as-you-go)',
      category: 'Databases',
      subcategory: 'NoSQL Databases',
      sku: sku(
        'mp-mongodb-m30',
        'Atlas-M30-Hours',
        U.hours,
        '0.54',
        'MongoDB Atlas M30 dedicated cluster hour',
        { details: { InstanceType: 'M30' }, weight: 1 },
      ),
    },
    {
      publisherName: 'Palo Alto Networks',
      serviceName: 'VM-Series Next-Generation Firewall (Bundle 2)',
      category: 'Security',
      subcategory: 'Threat Detection and Response',
      sku: sku(
        'mp-paloalto-vmseries',
        'SoftwareUsage:m5.xlarge',
        U.hours,
        '1.21',
        'VM-Series Bundle 2 software on m5.xlarge per hour',
        { details: { InstanceType: 'm5.xlarge' }, weight: 1 },
      ),
    },
  ],
  support: {
    serviceName: 'AWS Support (Business)',
    code: 'AWSSupportBusiness',
    skuKey: 'support-business',
    description: 'AWS Support (Business)',
    percentOfSpend: 0.1,
    minimum: '100',
  },
  providerTagPrefix: 'aws:',
  providerTagKeys: [
    'aws:createdBy',
    'aws:cloudformation:stack-name',
    'aws:cloudformation:logical-id',
    'aws:autoscaling:groupName',
    'aws:eks:cluster-name',
  ],
  taxRate: '0.08',
  columns: [
    { name: 'x_Discounts', type: 'json', value: (c) => pick(c, 'x_Discounts', discounts) },
    {
      name: 'x_Operation',
      type: 'string',
      value: (c) => pick(c, 'x_Operation', (d) => d.sku?.operation ?? null),
    },
    { name: 'x_ServiceCode', type: 'string', value: (c) => pick(c, 'x_ServiceCode', (d) => d.service.code) },
    { name: 'x_UsageType', type: 'string', value: (c) => pick(c, 'x_UsageType', usageTypeOf) },
  ],
  skuId: awsSkuId,
  skuPriceId(s, region, variant) {
    // "<kind>-<n>y-upfront" / "-recurring" rows of one purchase share the term and differ by rate code.
    const upfront = variant.endsWith('-upfront');
    const termKey = variant.replace(/-(upfront|recurring)$/, '');
    const term = OFFER_TERM[termKey] ?? idChars(`aws|term|${termKey}`, 10, UPPER_ALNUM);
    return `${awsSkuId(s, region)}.${term}.${upfront ? RATE_UPFRONT : RATE_USAGE}`;
  },
};
