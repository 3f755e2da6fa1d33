/**
 * Known defects of the requirements models themselves (../shared/focus-models/README.md, list 1-9).
 * In `spec` semantics a rule listed here never fails as written: it is reported as "model-defect"
 * naming the upstream issue, and where the spec's meaning is clear the `corrected` form is checked
 * instead (so the data is still held to the spec). `official` semantics ignores this table.
 */
import type { CheckExpr } from './model.js';

export interface ModelDefect {
  /** Model FOCUS versions the defect is present in. */
  versions: string[];
  ruleIds: string[];
  /** Upstream issue or PR, or 'unfiled' when none is known. */
  upstream: string;
  why: string;
  /** The rule as the spec text means it; omitted parts keep the model's. */
  corrected?: { requirement?: CheckExpr; condition?: CheckExpr };
}

const notNull = (col: string): CheckExpr => ({ CheckFunction: 'CheckNotValue', ColumnName: col, Value: null });
const isNull = (col: string): CheckExpr => ({ CheckFunction: 'CheckValue', ColumnName: col, Value: null });
const eq = (col: string, v: string): CheckExpr => ({ CheckFunction: 'CheckValue', ColumnName: col, Value: v });
const oneOf = (col: string, values: string[]): CheckExpr => ({ CheckFunction: 'OR', Items: values.map((v) => eq(col, v)) });

export const MODEL_DEFECTS: readonly ModelDefect[] = [
  {
    versions: ['1.2'],
    ruleIds: ['CommitmentDiscountStatus-C-005-M'],
    upstream: 'FOCUS_Spec#2418',
    why: 'allowed values listed as Active/Expired/Pending; the spec says Used/Unused (fixed in model 1.2.0.3)',
    corrected: { requirement: oneOf('CommitmentDiscountStatus', ['Used', 'Unused']) },
  },
  {
    versions: ['1.2', '1.3'],
    ruleIds: ['CommitmentDiscountStatus-C-003-C', 'CAU-CommitmentDiscountStatus-C-003-C'],
    upstream: 'FOCUS_Spec#2393',
    why: '"MUST be null when CommitmentDiscountId is null" is encoded as MUST NOT be null (inverted)',
    corrected: { requirement: isNull('CommitmentDiscountStatus'), condition: isNull('CommitmentDiscountId') },
  },
  {
    versions: ['1.2', '1.3'],
    ruleIds: ['CommitmentDiscountStatus-C-004-C', 'CAU-CommitmentDiscountStatus-C-004-C'],
    upstream: 'FOCUS_Spec#2393',
    why: 'condition "CommitmentDiscountId is not null and ChargeCategory is Usage" is encoded as "CommitmentDiscountId is null"',
    corrected: { condition: { CheckFunction: 'AND', Items: [notNull('CommitmentDiscountId'), eq('ChargeCategory', 'Usage')] } },
  },
  {
    versions: ['1.2', '1.3'],
    ruleIds: ['CapacityReservationStatus-C-003-C', 'CAU-CapacityReservationStatus-C-003-C'],
    upstream: 'FOCUS_Spec#2394 (focus_validator#142)',
    why: 'malformed condition ({"AND": {...}} without CheckFunction); the official validator drops it and enforces "MUST be null" on every row',
    corrected: { condition: isNull('CapacityReservationId') },
  },
  {
    versions: ['1.2', '1.3'],
    ruleIds: ['CapacityReservationStatus-C-004-C', 'CAU-CapacityReservationStatus-C-004-C'],
    upstream: 'FOCUS_Spec#2394 (focus_validator#142)',
    why: 'malformed condition; the official validator drops it and enforces "MUST NOT be null" on every row',
    corrected: { condition: { CheckFunction: 'AND', Items: [notNull('CapacityReservationId'), eq('ChargeCategory', 'Usage')] } },
  },
  {
    versions: ['1.2'],
    ruleIds: ['ResourceId-C-006-C', 'ResourceType-C-005-C'],
    upstream: 'unfiled (shared/focus-models README defect 4; fixed in model 1.3)',
    why: 'condition uses a "CheckCondition" key instead of "ColumnName"; the official validator drops it',
    corrected: { condition: notNull('ResourceId') },
  },
  {
    versions: ['1.2', '1.3', '1.4'],
    ruleIds: ['ConsumedQuantity-C-006-C', 'CAU-ConsumedQuantity-C-006-C'],
    upstream: 'unfiled (shared/focus-models README defect 5)',
    why: '"MUST NOT be null when ChargeClass is not Correction" is encoded with the condition ChargeClass = Correction (inverted)',
    corrected: { condition: { CheckFunction: 'CheckNotValue', ColumnName: 'ChargeClass', Value: 'Correction' } },
  },
  {
    versions: ['1.2', '1.3'],
    ruleIds: ['PricingCurrencyEffectiveCost-C-004-M', 'CAU-PricingCurrencyEffectiveCost-C-004-M'],
    upstream: 'unfiled (shared/focus-models README defect 6)',
    why: '"PricingCurrencyEffectiveCost MUST be a valid decimal" checks PricingCurrencyListUnitPrice >= 0 instead',
    corrected: { requirement: { CheckFunction: 'CheckDecimalValue', ColumnName: 'PricingCurrencyEffectiveCost' } },
  },
  {
    versions: ['1.3', '1.4'],
    ruleIds: ['CAU-PricingCurrencyContractedUnitPrice-C-012-C'],
    upstream: 'unfiled (shared/focus-models README defect 6)',
    why: '"MUST NOT be null when SkuPriceId is not null" is encoded with the condition SkuPriceId is null (fires on Tax rows)',
    corrected: { condition: notNull('SkuPriceId') },
  },
  {
    versions: ['1.2'],
    ruleIds: ['InvoiceId-C-004-C', 'InvoiceId-C-005-C'],
    upstream: 'FOCUS_Spec#2394',
    why: 'unconditioned "MUST be null" / "MUST NOT be null" pair under an OR; each fails on its own by construction',
  },
  {
    versions: ['1.3'],
    ruleIds: ['CAU-ContractAppliedObject-O-007-M'],
    upstream: 'unfiled (shared/focus-models README defect 8; 1.4 schema requires exactly one metric per element)',
    why: 'requires all five keys in every ContractApplied element, which contradicts the cost/quantity alternatives',
  },
  {
    versions: ['1.3'],
    ruleIds: ['CAU-ContractAppliedObject-O-048-M'],
    upstream: 'unfiled (shared/focus-models README defect 8)',
    why: '"AppliedCost MUST be a valid decimal" is encoded as "MUST NOT be null", so a quantity-only element fails',
    corrected: { requirement: { CheckFunction: 'JSONFormatNumeric', ColumnName: 'ContractApplied', Path: '$.Elements[*].ContractCommitmentAppliedCost' } },
  },
  {
    versions: ['1.3'],
    ruleIds: ['CAU-ContractAppliedObject-O-057-M'],
    upstream: 'unfiled (shared/focus-models README defect 8)',
    why: '"AppliedQuantity MUST be a valid decimal" is encoded as "MUST NOT be null", so a cost-only element fails',
    corrected: { requirement: { CheckFunction: 'JSONFormatNumeric', ColumnName: 'ContractApplied', Path: '$.Elements[*].ContractCommitmentAppliedQuantity' } },
  },
  {
    versions: ['1.4'],
    ruleIds: ['CCT-ContractCommitmentFulfillmentInterval-C-003-M'],
    upstream: 'unfiled (1.4 data model: Semi-Annual, Annual, Full Period)',
    why: 'allowed values Semi-Annually/Annually/Total Term disagree with the FOCUS 1.4 data model',
    corrected: {
      requirement: oneOf('ContractCommitmentFulfillmentInterval', [
        'Hourly', 'Daily', 'Weekly', 'Monthly', 'Quarterly', 'Semi-Annual', 'Annual', 'Full Period', 'Transactional', 'Custom',
      ]),
    },
  },
];

/** Rules caught in a dependency cycle of the 1.4 working-draft model (defect 9). */
export const CYCLE_DEFECT: Omit<ModelDefect, 'ruleIds'> = {
  versions: ['1.4'],
  upstream: 'FOCUS_Spec#2447 (fixed by PR #2609)',
  why: 'dependency cycle among CommitmentDiscountQuantity/Unit rules; the official validator refuses the dataset',
};

export function findDefect(focusVersion: string, ruleId: string): ModelDefect | undefined {
  return MODEL_DEFECTS.find((d) => d.versions.includes(focusVersion) && d.ruleIds.includes(ruleId));
}
