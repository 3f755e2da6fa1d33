/**
 * Shapes of the provider catalogs: services, SKUs, prices, regions, id formats, commitment
 * programs and provider-specific `x_` columns. Catalogs are typed data (one module per provider);
 * the estate and charge generators read them and never hard-code provider facts.
 */
import type { ServiceCategory, ServiceSubcategory } from '../focus/taxonomy.js';
import type { Charge } from '../charges/charge.js';

export type ProviderId = 'aws' | 'azure' | 'gcp';
export const PROVIDER_IDS: readonly ProviderId[] = ['aws', 'azure', 'gcp'];

export interface RegionDef {
  /** RegionId as the provider writes it: "us-east-1", "eastus", "us-central1". */
  id: string;
  /** RegionName: "US East (N. Virginia)", "East US", "Iowa". */
  name: string;
  /** Availability zones as the provider writes them ("us-east-1a", "eastus-1"/"1", "us-central1-a"). */
  zones: string[];
  /** List-price factor relative to the provider's cheapest home region (1.0). */
  priceFactor: number;
  /** Relative popularity when placing resources (home regions heavier). */
  weight: number;
  /** Short code used in usage types / meters where the provider does (AWS "USE1", "EUW1"). */
  code?: string;
}

/**
 * How a SKU's quantity behaves over time:
 * - `time`: metered in hours of running capacity (<= 24 per instance per day; fleets multiply);
 * - `storage`: a stock (GB, IOPS) billed per month, prorated per charge period;
 * - `volume`: a flow (GB transferred, requests, tokens), any amount per period.
 */
export type QuantityKind = 'time' | 'storage' | 'volume';

export type CommitmentProgramKind = 'reservation' | 'savings-plan' | 'committed-use';

export type SkuDetailValue = string | number | boolean;

export interface SkuDef {
  /** Stable key inside the catalog (also the seed of generated SkuId/SkuPriceId). */
  key: string;
  /** SkuMeter as the provider writes it (AWS: the usage type without region prefix, e.g. "BoxUsage:m5.xlarge"). */
  meter: string;
  /** AWS-style usage type (region prefix added by the provider module) / Azure meter name / GCP SKU description. */
  usageType?: string;
  /** AWS operation (x_Operation), e.g. "RunInstances". */
  operation?: string;
  /** ChargeDescription text; may use {price}, {region}, {unit}. */
  description: string;
  /** PricingUnit in FOCUS UnitFormat ("Hours", "GB-Months", "1000000 Requests"). */
  pricingUnit: string;
  /** ConsumedUnit in FOCUS UnitFormat ("Hours", "GB-Months", "Requests"). */
  consumedUnit: string;
  /** ConsumedQuantity per one PricingQuantity (e.g. 1000000 for "1000000 Requests" priced, "Requests" consumed). */
  blockSize: number;
  /** List unit price in USD per PricingUnit in a price-factor-1.0 region, as a decimal string. */
  listPrice: string;
  quantity: QuantityKind;
  /** SkuPriceDetails: FOCUS keys (InstanceType, CoreCount, MemorySize, StorageClass, ...) and `x_` keys. */
  details: Record<string, SkuDetailValue>;
  /** Commitment programs that can cover this SKU. */
  commitmentPrograms?: CommitmentProgramKind[];
  /** Spot / preemptible / low-priority pricing exists (PricingCategory Dynamic). */
  spot?: boolean;
  /** Azure/GCP style meter category/subcategory for provider x_ columns. */
  meterCategory?: string;
  meterSubcategory?: string;
  /** Relative share of the service's spend that goes to this SKU. */
  weight?: number;
}

/** Workload rhythm: steady (always on), business (weekday/office hours), batch (spiky jobs), growing stock. */
export type WorkloadShape = 'steady' | 'business' | 'batch' | 'growing';

export interface ServiceDef {
  /** ServiceName exactly as the provider writes it in FOCUS data. */
  name: string;
  /** Provider service code: AWS product code (x_ServiceCode), Azure ConsumedService, GCP service id. */
  code: string;
  category: ServiceCategory;
  subcategory: ServiceSubcategory;
  /** ResourceType display name, or null when charges of this service have no resource. */
  resourceType: string | null;
  /**
   * Resource id template. Placeholders: {region} {zone} {account} (sub-account id) {accountNumber}
   * (bare number/name of the sub-account) {resourceGroup} {name} {hexN} {digitsN} {guid} {project}.
   */
  resourceIdTemplate?: string;
  /** Resource name template; placeholders as above plus {app} {env} {team} {n}. Null: unnamed resources. */
  resourceNameTemplate?: string | null;
  scope: 'zonal' | 'regional' | 'global';
  workload: WorkloadShape;
  /** Relative spend weight within its category for an evenly distributed estate. */
  weight: number;
  skus: SkuDef[];
  /** PublisherName when the service is sold by a third party (marketplace); default: the provider. */
  publisherName?: string;
}

export interface CommitmentProgramDef {
  kind: CommitmentProgramKind;
  /** CommitmentDiscountType display value: "Reserved Instance", "Savings Plan", "Reservation", "Committed Use Discount". */
  type: string;
  /** CommitmentDiscountCategory. */
  category: 'Usage' | 'Spend';
  /** Which service codes it can cover (empty: any SKU that lists this program kind). */
  serviceCodes?: string[];
  /** Fraction off the on-demand price, by term in years. */
  discountByTerm: Record<'1' | '3', number>;
  /** Id template for CommitmentDiscountId (placeholders as for resources). */
  idTemplate: string;
  /** Name template for CommitmentDiscountName. */
  nameTemplate: string;
  /** CommitmentDiscountUnit for usage-based programs (spend-based use the billing currency code). */
  unit?: string;
  /** Service under which purchase rows appear (e.g. "Savings Plans for AWS Compute usage"); default: covered service. */
  purchaseServiceName?: string;
  /** Payment options the provider offers. */
  paymentOptions: Array<'All Upfront' | 'Partial Upfront' | 'No Upfront'>;
}

export interface MarketplaceOfferDef {
  publisherName: string;
  serviceName: string;
  category: ServiceCategory;
  subcategory: ServiceSubcategory;
  sku: SkuDef;
}

/** A column the provider adds to its FOCUS exports (custom columns start with `x_`). */
export interface ProviderColumnDef {
  name: `x_${string}`;
  type: 'string' | 'decimal' | 'datetime' | 'json';
  value: (c: Charge) => string | null;
}

export interface AccountShapes {
  /** BillingAccountType / SubAccountType display values. */
  billingAccountType: string;
  subAccountType: string;
  /** Id/name templates; placeholders: {digitsN} {hexN} {guid} {n} {org} {env} {name}. */
  billingAccountIdTemplate: string;
  billingAccountNameTemplate: string;
  subAccountIdTemplate: string;
  subAccountNameTemplate: string;
  /** InvoiceId template; placeholders {digitsN} {yyyy} {mm} {n}. */
  invoiceIdTemplate: string;
  /** Capacity reservation id template, where the provider has them. */
  capacityReservationIdTemplate?: string;
}

export interface ProviderCatalog {
  id: ProviderId;
  /** ProviderName / ServiceProviderName / HostProviderName value: "AWS", "Microsoft", "Google Cloud". */
  providerName: string;
  /** InvoiceIssuerName for first-party charges (equal to providerName: see validator quirk on BilledCost). */
  invoiceIssuerName: string;
  accounts: AccountShapes;
  regions: RegionDef[];
  services: ServiceDef[];
  commitmentPrograms: CommitmentProgramDef[];
  marketplace: MarketplaceOfferDef[];
  /** Support plan fee, billed monthly. */
  support: { serviceName: string; code: string; skuKey: string; description: string; percentOfSpend: number; minimum: string };
  /** Prefix of provider-defined tag keys (FOCUS ProviderTagPrefixes), e.g. "aws:". */
  providerTagPrefix: string;
  /** Provider-defined tags added to some resources, e.g. {"aws:createdBy": ...}; keys include the prefix. */
  providerTagKeys: string[];
  /** Sales-tax style rate applied to taxable charges (e.g. 0.08), by billing currency if needed. */
  taxRate: string;
  /** Columns this provider adds, in order. */
  columns: ProviderColumnDef[];
  /**
   * SkuId of a SKU in a region, in the provider's shape (AWS "HZC9FAP4F9Y8JW67", Azure
   * "DZH318Z0BQ4L/00G1", GCP "6F81-5844-456A"). Pure function of its arguments.
   */
  skuId(sku: SkuDef, region: RegionDef | null): string;
  /**
   * SkuPriceId for a price variant of that SKU ("OnDemand", "Spot", "Commit1y", "Commit3y", ...):
   * each SkuPriceId has exactly one SkuId. Pure function of its arguments.
   */
  skuPriceId(sku: SkuDef, region: RegionDef | null, variant: string): string;
}
