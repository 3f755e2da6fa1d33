/**
 * What the official validator (focus_validator 2.0.x) would fail on our generated data, predicted
 * by `official` semantics. Every rule it fails must be on OFFICIAL_ALLOWLIST with the reason, so
 * users whose CI runs the official tool know what to expect and why our data is still conformant.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { generatorCriteria, loadModel, validate, type DatasetName } from '../../src/validate/index.js';
import { MODELS_DIR, SKIP_NO_MODELS } from '../validate/fixtures.js';
import { GATE_DATASETS, GATE_PROVIDERS, generateToTemp } from './generate-fixture.js';

/** rule id -> why the official validator fails it although the data follows the spec. */
const LOADER_INT = 'all-digit values (AWS/GCP account and invoice ids, Azure zone numbers) are typed as integers by the official CSV loader, so TypeString fails although the column holds strings';
const DOUBLE_PRODUCT = 'focus_validator 2.0.x compares price x quantity = cost in exact DOUBLE arithmetic; our values are exact decimals whose product is printed exactly, which a double product can miss in the last bit (2.2.x uses a 1e-9 relative tolerance and passes)';
const CYCLE = 'part of the 1.4 working-draft dependency cycle among CommitmentDiscountQuantity/Unit rules (FOCUS_Spec#2447, fixed by PR#2609): the official tool cannot evaluate them';

export const OFFICIAL_ALLOWLIST: Record<string, Record<string, string>> = {
  '1.2': {
    'CapacityReservationStatus-C-004-C': 'malformed condition dropped: "MUST NOT be null" enforced on every row (FOCUS_Spec#2394, focus_validator#142)',
    'CommitmentDiscountStatus-C-003-C': 'inverted requirement: MUST NOT be null where CommitmentDiscountId is null (FOCUS_Spec#2393)',
    'CommitmentDiscountStatus-C-004-C': 'condition "CommitmentDiscountId is null" makes it contradict C-003 (FOCUS_Spec#2393)',
    'ResourceType-C-005-C': 'condition dropped ("CheckCondition" key): ResourceType required on rows without a resource',
    'InvoiceId-C-004-C': 'unconditioned "MUST be null" alternative under an OR, reported on its own (FOCUS_Spec#2394)',
    'BillingAccountId-C-002-M': LOADER_INT,
    'SubAccountId-C-001-M': LOADER_INT,
    'InvoiceId-C-001-M': LOADER_INT,
    'AvailabilityZone-C-001-M': LOADER_INT,
  },
  '1.3': {
    'CAU-CapacityReservationStatus-C-004-C': 'malformed condition dropped (FOCUS_Spec#2394)',
    'CAU-CommitmentDiscountStatus-C-003-C': 'inverted requirement (FOCUS_Spec#2393)',
    'CAU-CommitmentDiscountStatus-C-004-C': 'inverted condition (FOCUS_Spec#2393)',
    'CAU-BillingAccountId-C-002-M': LOADER_INT,
    'CAU-SubAccountId-C-001-M': LOADER_INT,
    'CAU-InvoiceId-C-001-M': LOADER_INT,
    'CAU-AvailabilityZone-C-001-M': LOADER_INT,
    'CAU-ContractedCost-C-011-C': DOUBLE_PRODUCT,
    'CAU-ContractedUnitPrice-C-013-C': DOUBLE_PRODUCT,
    'CAU-ListCost-C-011-C': DOUBLE_PRODUCT,
    'CAU-ListUnitPrice-C-014-C': DOUBLE_PRODUCT,
    'CAU-PricingCurrencyContractedUnitPrice-C-012-C': 'inverted condition: fires when SkuPriceId is null, i.e. on Tax and Credit rows (model defect 6)',
  },
  '1.4': {
    'CAU-BillingAccountId-C-002-M': LOADER_INT,
    'CAU-SubAccountId-C-001-M': LOADER_INT,
    'CAU-InvoiceId-C-001-M': LOADER_INT,
    'CAU-AvailabilityZone-C-001-M': LOADER_INT,
    'IND-BillingAccountId-C-001-M': LOADER_INT,
    'IND-InvoiceId-C-001-M': LOADER_INT,
    'IND-ReferenceInvoiceId-C-001-M': LOADER_INT,
    'CAU-ContractedCost-C-011-C': DOUBLE_PRODUCT,
    'CAU-ListCost-C-011-C': DOUBLE_PRODUCT,
    'CAU-PricingCurrencyContractedUnitPrice-C-012-C': 'inverted condition, still in the 1.4 draft model (model defect 6)',
    'CAU-CommitmentDiscountQuantity-C-011-C': CYCLE,
    'CAU-CommitmentDiscountQuantity-C-012-C': CYCLE,
    'CAU-CommitmentDiscountQuantity-C-014-C': CYCLE,
    'CAU-CommitmentDiscountQuantity-C-015-C': CYCLE,
    'CAU-CommitmentDiscountUnit-C-005-C': CYCLE,
    'CAU-CommitmentDiscountUnit-C-006-C': CYCLE,
  },
};

// Skips (with the reason printed by fixtures.ts) only when the official models are absent, and never under CI.
describe.skipIf(SKIP_NO_MODELS)('official validator prediction on generated data', () => {
  for (const version of ['1.2', '1.3', '1.4'] as const) {
    for (const provider of GATE_PROVIDERS) {
      it(`FOCUS ${version} ${provider}: every predicted official failure is allowlisted with a reason`, async () => {
        const set = generateToTemp({ focusVersion: version, providers: [provider], datasets: GATE_DATASETS[version] });
        const model = join(MODELS_DIR, `model-${version}.json`);
        for (const [dataset, folder] of set.folders) {
          const report = await validate(
            { paths: [folder] },
            { focusVersion: version, dataset: dataset as DatasetName, model, semantics: 'official', criteria: generatorCriteria(loadModel(model)) },
          );
          const failed = report.rules.filter((r) => !r.composite && r.status === 'failed').map((r) => r.ruleId);
          expect(failed.filter((id) => !OFFICIAL_ALLOWLIST[version][id]), `predicted official failures: ${failed.join(', ')}`).toEqual([]);
        }
      });
    }
  }
});
