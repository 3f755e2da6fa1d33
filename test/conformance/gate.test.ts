/**
 * Conformance gate: generated data of every version x provider x option set (and, for 1.4, its
 * BillingPeriod and InvoiceDetail datasets, CostAndUsage reconciled against the latter) has zero failures in
 * spec semantics (model rules and extra dataset checks), under every applicability criterion our
 * generator claims (all but GENERATOR_CRITERIA_EXCLUDED). FOCUS 1.0 and 1.1 have no official model
 * and are not gated here (see src/validate/model.ts).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { generatorCriteria, loadModel, validate, type DatasetName, type ValidationReport } from '../../src/validate/index.js';
import { MODELS_DIR, SKIP_NO_MODELS } from '../validate/fixtures.js';
import { GATE_DATASETS, GATE_OPTION_SETS, GATE_PROVIDERS, GATE_VERSIONS, generateToTemp } from './generate-fixture.js';

function problems(r: ValidationReport): string[] {
  return [
    ...r.rules.filter((x) => !x.composite && x.status === 'failed').map((x) => `${x.ruleId} (${x.violations ?? '?'} rows): ${x.requirement}`),
    ...r.extraChecks.filter((x) => x.status === 'failed').map((x) => `${x.id} (${x.violations}): ${x.detail ?? x.title}`),
  ];
}

// Skips (with the reason printed by fixtures.ts) only when the official models are absent, and never under CI.
describe.skipIf(SKIP_NO_MODELS)('conformance gate (spec semantics)', () => {
  for (const version of GATE_VERSIONS) {
    for (const provider of GATE_PROVIDERS) {
      for (const [optName, opts] of Object.entries(GATE_OPTION_SETS)) {
        it(`FOCUS ${version} ${provider} ${optName}: zero failures`, async () => {
          const set = generateToTemp({ focusVersion: version, providers: [provider], datasets: GATE_DATASETS[version], ...opts });
          const model = join(MODELS_DIR, `model-${version}.json`);
          expect([...set.folders.keys()].sort()).toEqual([...GATE_DATASETS[version]].sort());
          // CostAndUsage is also reconciled against our InvoiceDetail (BilledCost per invoice).
          const invoiceDetail = set.folders.get('InvoiceDetail');
          for (const [dataset, folder] of set.folders) {
            const report = await validate(
              { paths: [folder] },
              {
                focusVersion: version,
                dataset: dataset as DatasetName,
                model,
                criteria: generatorCriteria(loadModel(model)),
                invoiceDetail: dataset === 'CostAndUsage' && invoiceDetail ? [invoiceDetail] : undefined,
              },
            );
            expect(problems(report), `${dataset} in ${folder}`).toEqual([]);
            if (invoiceDetail && dataset === 'CostAndUsage') expect(report.extraChecks.find((x) => x.id === 'invoice-totals')?.status).toBe('passed');
          }
        });
      }
    }
  }
});
