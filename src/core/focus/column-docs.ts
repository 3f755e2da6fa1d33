/**
 * Short plain-language descriptions of FOCUS columns (1.0-1.4), for tooltips in the web UI's
 * preview table and for docs. Written for this project from the specification's column
 * definitions; typed data, no logic beyond a lookup.
 */
export interface ColumnDoc {
  /** One or two sentences: what the column holds. */
  summary: string;
  /** Allowed values when the spec fixes them. */
  values?: readonly string[];
  /** First FOCUS version with the column (as this project registers it). */
  since?: string;
}

const ALLOCATED = 'Allocation (split cost) columns describe how a shared charge was divided.';

export const COLUMN_DOCS: Readonly<Record<string, ColumnDoc>> = {
  AllocatedMethodDetails: { summary: `JSON object detailing the allocation method applied to this split row. ${ALLOCATED}`, since: '1.3' },
  AllocatedMethodId: { summary: `Identifier of the allocation method that produced this split row. ${ALLOCATED}`, since: '1.3' },
  AllocatedResourceId: { summary: 'Identifier of the resource that received this share of a split (allocated) charge.', since: '1.3' },
  AllocatedResourceName: { summary: 'Display name of the resource that received this share of a split charge.', since: '1.3' },
  AllocatedTags: { summary: 'Tags (JSON key-value pairs) that apply to the allocated share of a split charge.', since: '1.3' },
  AvailabilityZone: { summary: 'Provider-assigned zone inside a region where the resource runs, for zone-specific charges; null otherwise.', since: '1.0' },
  BilledCost: { summary: 'Amount the charge adds to the invoice, in the billing currency, after discounts; the basis of invoice reconciliation.', since: '1.0' },
  BillingAccountId: { summary: 'Identifier of the account that receives the invoice (payer account, billing account).', since: '1.0' },
  BillingAccountName: { summary: 'Display name of the billing account.', since: '1.0' },
  BillingAccountType: { summary: 'Provider label for the kind of billing account (e.g. management account, billing profile).', since: '1.2' },
  BillingCurrency: { summary: 'ISO 4217 currency in which the charge is billed; all cost columns use it.', since: '1.0' },
  BillingPeriodCreated: { summary: 'When the billing period record was first created.', since: '1.4' },
  BillingPeriodEnd: { summary: 'Exclusive end of the billing period (usually the first instant of the next month), UTC.', since: '1.0' },
  BillingPeriodLastUpdated: { summary: 'When the billing period record last changed.', since: '1.4' },
  BillingPeriodStart: { summary: 'Inclusive start of the billing period the charge is invoiced in, UTC.', since: '1.0' },
  BillingPeriodStatus: { summary: 'Whether the billing period can still receive charges.', values: ['Open', 'Closed'], since: '1.4' },
  CapacityReservationId: { summary: 'Identifier of the capacity reservation the charge relates to; null when none applies.', since: '1.1' },
  CapacityReservationStatus: { summary: 'Whether the reserved capacity was consumed by this charge or left idle.', values: ['Used', 'Unused'], since: '1.1' },
  ChargeCategory: { summary: 'Top-level kind of charge.', values: ['Usage', 'Purchase', 'Tax', 'Credit', 'Adjustment'], since: '1.0' },
  ChargeClass: { summary: 'Set to Correction when the row corrects a billing period that was already invoiced; otherwise null.', values: ['Correction'], since: '1.0' },
  ChargeDescription: { summary: 'Human-readable explanation of what the charge is for.', since: '1.0' },
  ChargeFrequency: { summary: 'How often the charge recurs.', values: ['One-Time', 'Recurring', 'Usage-Based'], since: '1.0' },
  ChargePeriodEnd: { summary: 'Exclusive end of the time slice the charge covers (hour, day or month), UTC.', since: '1.0' },
  ChargePeriodStart: { summary: 'Inclusive start of the time slice the charge covers, UTC.', since: '1.0' },
  CommitmentDiscountCategory: { summary: 'Whether the commitment is measured in money or in units of usage.', values: ['Spend', 'Usage'], since: '1.0' },
  CommitmentDiscountId: { summary: 'Identifier of the reserved instance, savings plan or committed-use discount that applies; null when none does.', since: '1.0' },
  CommitmentDiscountName: { summary: 'Display name of the commitment discount.', since: '1.0' },
  CommitmentDiscountQuantity: { summary: 'Amount of the commitment (in CommitmentDiscountUnit) used or purchased by this row.', since: '1.1' },
  CommitmentDiscountStatus: { summary: 'For usage rows under a commitment: whether the committed amount was used or went unused.', values: ['Used', 'Unused'], since: '1.0' },
  CommitmentDiscountType: { summary: 'Provider name for the kind of commitment (e.g. Reservation, Savings Plan, Committed Use Discount).', since: '1.0' },
  CommitmentDiscountUnit: { summary: 'Unit of CommitmentDiscountQuantity (e.g. Hours, USD).', since: '1.1' },
  CommitmentProgramEligibilityDetails: { summary: 'JSON object describing which commitment programs this charge could be covered by.', since: '1.4' },
  ConsumedQuantity: { summary: 'Amount of the resource or service actually used, in ConsumedUnit; null for non-usage rows.', since: '1.0' },
  ConsumedUnit: { summary: 'Unit in which ConsumedQuantity is measured (e.g. Hours, GB).', since: '1.0' },
  ContractApplied: { summary: 'JSON object listing contract commitments applied to this charge and how much of each.', since: '1.3' },
  ContractCommitmentApplicability: { summary: 'JSON object describing which charges the contract commitment can apply to.', since: '1.4' },
  ContractCommitmentBenefitCategory: { summary: 'What the commitment gives in return.', values: ['Discount', 'Entitlement', 'Availability', 'Other'], since: '1.4' },
  ContractCommitmentCategory: { summary: 'Whether the contract commitment is to spend money or to use units.', values: ['Spend', 'Usage'], since: '1.3' },
  ContractCommitmentCost: { summary: 'Monetary value of the contract commitment in the billing currency.', since: '1.3' },
  ContractCommitmentCreated: { summary: 'When the contract commitment record was created.', since: '1.4' },
  ContractCommitmentDescription: { summary: 'Human-readable description of the contract commitment.', since: '1.3' },
  ContractCommitmentDiscountPercentage: { summary: 'Discount the commitment grants, as a fraction between 0 and 1.', since: '1.4' },
  ContractCommitmentDurationType: { summary: 'How the commitment term is expressed (e.g. a fixed number of years).', since: '1.4' },
  ContractCommitmentFulfillmentInterval: { summary: 'Interval over which the commitment must be fulfilled.', values: ['Hourly', 'Daily', 'Weekly', 'Monthly', 'Quarterly', 'Semi-Annual', 'Annual', 'Full Period', 'Transactional', 'Custom'], since: '1.4' },
  ContractCommitmentId: { summary: 'Identifier of one commitment within a contract.', since: '1.3' },
  ContractCommitmentLastUpdated: { summary: 'When the contract commitment record last changed.', since: '1.4' },
  ContractCommitmentLifecycleStatus: { summary: 'Where the commitment is in its life.', values: ['Proposed', 'Pending', 'Active', 'Exhausted', 'Expired', 'Canceled', 'Superseded'], since: '1.4' },
  ContractCommitmentModel: { summary: 'Whether unused commitment carries over between intervals.', values: ['Continuous', 'Discontinuous'], since: '1.4' },
  ContractCommitmentOfferCategory: { summary: 'Whether the commitment terms were negotiated or publicly offered.', values: ['Negotiated', 'Public'], since: '1.4' },
  ContractCommitmentPaymentInterval: { summary: 'How often the commitment is paid for.', values: ['One-Time', 'Monthly', 'Quarterly', 'Semi-Annual', 'Annual', 'Custom'], since: '1.4' },
  ContractCommitmentPaymentModel: { summary: 'How much is paid up front.', values: ['No Upfront', 'Partial Upfront', 'All Upfront'], since: '1.4' },
  ContractCommitmentPaymentUpfrontPercentage: { summary: 'Share paid up front for partial-upfront commitments, between 0 and 1.', since: '1.4' },
  ContractCommitmentPeriodEnd: { summary: 'Exclusive end of the commitment term, UTC.', since: '1.3' },
  ContractCommitmentPeriodStart: { summary: 'Inclusive start of the commitment term, UTC.', since: '1.3' },
  ContractCommitmentQuantity: { summary: 'Committed amount in ContractCommitmentUnit.', since: '1.3' },
  ContractCommitmentType: { summary: 'Provider name for the kind of contract commitment.', since: '1.3' },
  ContractCommitmentUnit: { summary: 'Unit of ContractCommitmentQuantity.', since: '1.3' },
  ContractId: { summary: 'Identifier of the contract the commitment belongs to.', since: '1.3' },
  ContractPeriodEnd: { summary: 'Exclusive end of the contract term, UTC.', since: '1.3' },
  ContractPeriodStart: { summary: 'Inclusive start of the contract term, UTC.', since: '1.3' },
  ContractedCost: { summary: 'Cost at negotiated (contracted) rates before commitment discounts: ContractedUnitPrice x PricingQuantity.', since: '1.0' },
  ContractedUnitPrice: { summary: 'Price per pricing unit after negotiated discounts, before commitment discounts.', since: '1.0' },
  EffectiveCost: { summary: 'Amortized cost after all discounts: upfront commitment purchases spread over the usage they cover. The usual measure for showback and trends.', since: '1.0' },
  HostProviderName: { summary: 'Provider whose infrastructure hosts the service (may differ from the service provider for marketplace offerings).', since: '1.3' },
  InvoiceDetailCreated: { summary: 'When the invoice line was created.', since: '1.4' },
  InvoiceDetailDescription: { summary: 'Human-readable description of the invoice line.', since: '1.4' },
  InvoiceDetailGrain: { summary: 'JSON key-value pairs naming the dimensions an invoice line is aggregated by.', since: '1.4' },
  InvoiceDetailId: { summary: 'Identifier of the invoice line a charge is rolled up into.', since: '1.4' },
  InvoiceDetailLastUpdated: { summary: 'When the invoice line last changed.', since: '1.4' },
  InvoiceId: { summary: 'Identifier of the invoice (issued or provisional) that includes the charge.', since: '1.2' },
  InvoiceIssueDate: { summary: 'Date the invoice was issued.', since: '1.4' },
  InvoiceIssueStatus: { summary: 'State of the invoice.', values: ['Open', 'Issued', 'Voided'], since: '1.4' },
  InvoiceIssuerName: { summary: 'Entity that issues the invoice (the provider itself or a reseller).', since: '1.0' },
  ListCost: { summary: 'Cost at public list prices: ListUnitPrice x PricingQuantity.', since: '1.0' },
  ListUnitPrice: { summary: 'Public price per pricing unit, before any discount.', since: '1.0' },
  PaymentCurrency: { summary: 'Currency in which the invoice is paid, when it differs from the billing currency.', since: '1.4' },
  PaymentCurrencyBilledCost: { summary: 'Billed cost converted to the payment currency.', since: '1.4' },
  PaymentCurrencyInvoiceDetailId: { summary: 'Invoice line identifier in the payment-currency invoice.', since: '1.4' },
  PaymentDueDate: { summary: 'Date the invoice must be paid by.', since: '1.4' },
  PaymentTerms: { summary: 'Payment terms of the invoice (e.g. Net 30).', since: '1.4' },
  PricingCategory: { summary: 'Pricing model of the charge.', values: ['Standard', 'Dynamic', 'Committed', 'Other'], since: '1.0' },
  PricingCurrency: { summary: 'Currency (national or virtual) the prices are set in, when it differs from the billing currency.', since: '1.2' },
  PricingCurrencyContractedUnitPrice: { summary: 'Contracted unit price in the pricing currency.', since: '1.2' },
  PricingCurrencyEffectiveCost: { summary: 'Effective cost in the pricing currency.', since: '1.2' },
  PricingCurrencyListUnitPrice: { summary: 'List unit price in the pricing currency.', since: '1.2' },
  PricingQuantity: { summary: 'Quantity the price applies to, in PricingUnit (may differ from ConsumedQuantity by block pricing).', since: '1.0' },
  PricingUnit: { summary: 'Unit in which the SKU is priced (e.g. Hours, GB-Months, 1M Requests).', since: '1.0' },
  ProviderName: { summary: 'Entity that makes the resources or services available (deprecated in 1.3, replaced by ServiceProviderName in 1.4).', since: '1.0' },
  PublisherName: { summary: 'Entity that produced the resource or service (e.g. a marketplace vendor); deprecated in 1.3.', since: '1.0' },
  PurchaseOrderNumber: { summary: 'Customer purchase order number quoted on the invoice.', since: '1.4' },
  ReferenceInvoiceId: { summary: 'Invoice that this invoice line corrects or refers to.', since: '1.4' },
  RegionId: { summary: 'Provider-assigned identifier of the region (e.g. us-east-1, westeurope).', since: '1.0' },
  RegionName: { summary: 'Display name of the region.', since: '1.0' },
  ResourceId: { summary: 'Identifier of the provisioned resource (ARN, Azure resource id, GCP resource name); null when the charge has no resource.', since: '1.0' },
  ResourceName: { summary: 'Display name of the resource.', since: '1.0' },
  ResourceType: { summary: 'Provider-assigned kind of resource (e.g. Virtual Machine, Bucket).', since: '1.0' },
  ServiceCategory: { summary: 'Highest-level grouping of the service, from a fixed list of 19 (Compute, Storage, Databases, ...).', since: '1.0' },
  ServiceName: { summary: 'Offering that was purchased (e.g. Amazon EC2, Azure Virtual Machines, Compute Engine).', since: '1.0' },
  ServiceProviderName: { summary: 'Entity that provides the service to the customer (replaces ProviderName).', since: '1.3' },
  ServiceSubcategory: { summary: 'Finer grouping within ServiceCategory, from the fixed list of subcategories.', since: '1.1' },
  SkuId: { summary: 'Identifier of the product (SKU) that was charged for.', since: '1.0' },
  SkuMeter: { summary: 'What the SKU measures (e.g. Compute Usage, Data Transfer, API Requests).', since: '1.1' },
  SkuPriceDetails: { summary: 'JSON key-value properties of the SKU price (e.g. instance size, tier).', since: '1.1' },
  SkuPriceId: { summary: 'Identifier of the specific price point of the SKU that was used.', since: '1.0' },
  SubAccountId: { summary: 'Identifier of the account the resources belong to (linked account, subscription, project).', since: '1.0' },
  SubAccountName: { summary: 'Display name of the sub account.', since: '1.0' },
  SubAccountType: { summary: 'Provider label for the kind of sub account (e.g. subscription, project).', since: '1.2' },
  Tags: { summary: 'JSON object of user- and provider-defined tags on the resource or charge.', since: '1.0' },
};

/** Tooltip text for a column: the FOCUS description, or a note that it is a provider-specific x_ column. */
export function columnDoc(name: string): ColumnDoc {
  const doc = COLUMN_DOCS[name];
  if (doc) return doc;
  if (name.startsWith('x_')) return { summary: 'Provider-specific custom column (not defined by FOCUS; custom columns start with x_).' };
  return { summary: 'No description available.' };
}
