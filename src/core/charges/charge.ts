/**
 * The internal, FOCUS-version-independent charge record. Charge generators produce these;
 * the projection turns one into a row of the chosen FOCUS version. Money and quantities are
 * exact decimals; identifiers and JSON are pre-rendered strings (built once per entity).
 */
import type { Dec } from '../decimal.js';
import type { ProviderId, ServiceDef, SkuDef, RegionDef } from '../catalogs/types.js';

export type ChargeCategory = 'Usage' | 'Purchase' | 'Tax' | 'Credit' | 'Adjustment';
export type ChargeFrequency = 'One-Time' | 'Recurring' | 'Usage-Based';
export type PricingCategory = 'Standard' | 'Dynamic' | 'Committed' | 'Other';

export interface BillingAccount {
  id: string;
  name: string;
  type: string;
  currency: string;
}

export interface SubAccount {
  id: string;
  name: string;
  type: string;
  /** Bare account number / subscription GUID / project id, for templates and x_ columns. */
  number: string;
  billingAccount: BillingAccount;
  /** Azure resource group names / AWS OU etc. live here for x_ columns. */
  resourceGroups: string[];
  environment: string;
}

export interface CommitmentRef {
  id: string;
  name: string;
  /** CommitmentDiscountType display value. */
  type: string;
  category: 'Usage' | 'Spend';
  /** CommitmentDiscountUnit ("Hours", "USD", ...). */
  unit: string;
  programKind: 'reservation' | 'savings-plan' | 'committed-use';
  paymentOption: 'All Upfront' | 'Partial Upfront' | 'No Upfront';
  termYears: number;
}

export interface Charge {
  provider: ProviderId;
  providerName: string;
  publisherName: string;
  invoiceIssuerName: string;
  hostProviderName: string | null;

  category: ChargeCategory;
  /** "Correction" for corrections of a previously invoiced billing period, else null. */
  chargeClass: 'Correction' | null;
  frequency: ChargeFrequency;
  description: string;

  /** Pre-rendered timestamps YYYY-MM-DDTHH:mm:ssZ. */
  chargePeriodStart: string;
  chargePeriodEnd: string;
  billingPeriodStart: string;
  billingPeriodEnd: string;
  /** Index of the billing month within the scenario (0-based). */
  monthIndex: number;

  billingAccount: BillingAccount;
  subAccount: SubAccount | null;
  invoiceId: string;
  invoiceDetailId: string | null;

  service: ServiceDef;
  sku: SkuDef | null;
  skuId: string | null;
  skuPriceId: string | null;
  /** Pre-rendered SkuPriceDetails JSON (constant per SkuPriceId) or null. */
  skuPriceDetails: string | null;
  skuMeter: string | null;
  region: RegionDef | null;
  availabilityZone: string | null;

  resourceId: string | null;
  resourceName: string | null;
  resourceType: string | null;
  /** Pre-rendered Tags JSON object or null. */
  tags: string | null;

  pricingCategory: PricingCategory | null;
  pricingQuantity: Dec | null;
  pricingUnit: string | null;
  consumedQuantity: Dec | null;
  consumedUnit: string | null;
  listUnitPrice: Dec | null;
  contractedUnitPrice: Dec | null;
  listCost: Dec;
  contractedCost: Dec;
  billedCost: Dec;
  effectiveCost: Dec;

  commitment: CommitmentRef | null;
  commitmentStatus: 'Used' | 'Unused' | null;
  commitmentQuantity: Dec | null;
  capacityReservationId: string | null;
  capacityReservationStatus: 'Used' | 'Unused' | null;

  /** Exchange rate billing currency per USD (1 for USD), for provider x_ columns like x_BilledCostInUsd. */
  usdRate: Dec;
  /**
   * Identity of the recurring entity this row belongs to (a usage line, a commitment): every row
   * with the same template has the same static columns, so the projection caches them. Null: no cache.
   */
  template: object | null;
  /** Provider-specific extras (usage type, operation, resource group...). */
  extra: Record<string, string | null>;
}
