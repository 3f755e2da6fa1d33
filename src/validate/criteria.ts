/** Applicability criteria: which provider capabilities a validation run assumes. */
import { ValidationInputError } from './errors.js';
import type { RequirementsModel } from './model.js';

/**
 * Capabilities our generator does not claim, so the conformance gate does not hold it to the
 * rules they switch on. Tuned by the lead as the generator grows.
 */
export const GENERATOR_CRITERIA_EXCLUDED: readonly string[] = [
  'VIRTUAL_CURRENCY_SUPPORTED',
  'PRICING_BILLING_CURRENCY_DIFFERENCES_SUPPORTED',
  'DATA_GENERATOR_SPLIT_COST_ALLOCATION_SUPPORTED',
  'CONTRACT_COMMITMENTS_SUPPORTED',
  'BILLING_PAYMENT_CURRENCY_DIFFERENCES_SUPPORTED',
  'BILLING_PAYMENT_AGGREGATION_DIFFERENCES_SUPPORTED',
  'PURCHASE_ORDER_NUMBERS_SUPPORTED',
  'PRICING_BILLING_AGGREGATION_DIFFERENCES_SUPPORTED',
];

/** The criteria the generator claims for a model: all of the model's except GENERATOR_CRITERIA_EXCLUDED. */
export function generatorCriteria(model: RequirementsModel): string[] {
  return model.criteria.filter((c) => !GENERATOR_CRITERIA_EXCLUDED.includes(c));
}

/**
 * 'ALL' (every criterion of the model), a list of names, or undefined (none: only rules that
 * apply universally run, as in the official validator's default).
 */
export function resolveCriteria(model: RequirementsModel, criteria: 'ALL' | readonly string[] | undefined): string[] {
  if (criteria === undefined) return [];
  if (criteria === 'ALL') return [...model.criteria];
  const unknown = criteria.filter((c) => !model.criteria.includes(c));
  if (unknown.length) {
    throw new ValidationInputError(
      `unknown applicability criteria ${unknown.join(', ')} for FOCUS ${model.focusVersion}; allowed: ALL or ${model.criteria.join(', ')}`,
    );
  }
  return [...criteria];
}

/**
 * The criteria a dataset's own presence implies, added to whatever was asked: the root rule of
 * BillingPeriod and InvoiceDetail applies "when the invoice issuer supports payable invoices", and a
 * file of that dataset is the evidence. Without this, every rule of such a file was not-applicable
 * unless the caller knew to name the criterion.
 */
export function withDatasetCriteria(model: RequirementsModel, dataset: string, criteria: readonly string[]): string[] {
  const out = [...criteria];
  for (const id of model.datasets[dataset] ?? []) {
    for (const c of model.rules.get(id)?.ApplicabilityCriteria ?? []) if (!out.includes(c)) out.push(c);
  }
  return out;
}
