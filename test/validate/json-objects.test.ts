/** JSON-object columns: 1.3 ContractApplied JSON-path rules and the 1.4 JSON Schema check. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validate, type ValidationReport } from '../../src/validate/index.js';
import { COLUMNS_13, COLUMNS_14, MODELS_DIR, SKIP_NO_MODELS, rows13, rows14, writeCsv, type Row } from './fixtures.js';

const criteria = ['CONTRACT_COMMITMENTS_SUPPORTED', 'COMMITMENT_DISCOUNT_SUPPORTED'];
const applied = (extra = '', cost = '18') =>
  `{"Elements":[{"ContractId":"c-1","ContractCommitmentId":"cc-1","ContractCommitmentAppliedCost":${cost},"ContractCommitmentAppliedQuantity":null,"ContractCommitmentAppliedUnit":null${extra}}]}`;
const failed = (r: ValidationReport) => r.rules.filter((x) => !x.composite && x.status === 'failed').map((x) => x.ruleId).sort();

async function run(version: '1.3' | '1.4', value: string): Promise<ValidationReport> {
  const rows: Row[] = version === '1.3' ? rows13() : rows14();
  rows[2].ContractApplied = value; // the savings-plan-covered usage row
  const cols = version === '1.3' ? COLUMNS_13 : COLUMNS_14;
  return validate({ paths: [writeCsv(cols, rows)] }, { focusVersion: version, model: join(MODELS_DIR, `model-${version}.json`), criteria });
}

describe.skipIf(SKIP_NO_MODELS)('ContractApplied', () => {
  it('1.3: a cost-only element passes the JSON-path rules (the quantity "valid decimal" rule is a model defect)', async () => {
    const r = await run('1.3', applied());
    expect(failed(r)).toEqual([]);
    expect(r.rules.filter((x) => x.ruleId.startsWith('CAU-ContractAppliedObject') && x.status === 'passed').length).toBeGreaterThan(30);
    expect(r.rules.find((x) => x.ruleId === 'CAU-ContractAppliedObject-O-057-M')?.status).toBe('model-defect');
  });
  it('1.3: a custom key without x_ fails the prefix rules', async () => {
    expect(failed(await run('1.3', applied(',"Foo":1')))).toEqual(['CAU-ContractAppliedObject-O-010-M', 'CAU-ContractAppliedObject-O-017-C']);
  });
  it('1.3: a string where a number belongs fails the type, numeric-format and (corrected) valid-decimal rules', async () => {
    expect(failed(await run('1.3', applied('', '"x"')))).toEqual(['CAU-ContractAppliedObject-O-043-M', 'CAU-ContractAppliedObject-O-044-M', 'CAU-ContractAppliedObject-O-048-M']);
  });
  it('1.4: the JSON Schema accepts a cost-only element and rejects an unknown key', async () => {
    expect(failed(await run('1.4', applied()))).toEqual([]);
    expect(failed(await run('1.4', applied(',"Foo":1')))).toEqual(['CAU-ContractAppliedObject-O-067-M']);
  });
});
