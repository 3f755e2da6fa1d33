/**
 * FOCUS 1.0 and 1.1 have no official requirements model (the FinOps Foundation validator starts
 * at 1.2), so they are gated structurally: the generator projects the same charges for every
 * version, so 1.0/1.1 rows must equal the 1.2 rows restricted to the older column set — and the
 * 1.2 rows pass the official 1.2 model in the conformance gate. Rules 1.1 had that 1.2 relaxed
 * (positive ConsumedQuantity outside corrections) are checked here directly.
 */
import { describe, expect, it } from 'vitest';
import { normalizeScenario, planScenario, fileRows, focusColumns } from '../../src/core/index.js';

function rows(version: string, provider: string) {
  const plan = planScenario(normalizeScenario({ focusVersion: version, providers: [provider], months: 2, rowCount: 2000, features: { providerColumns: false } }));
  return plan.files.map((f) => {
    const cols = f.columns.map((c) => c.name);
    return [...fileRows(plan, f.index)].map((cells) => Object.fromEntries(cols.map((c, i) => [c, cells[i]])));
  });
}

describe('FOCUS 1.0 and 1.1 are the 1.2 charges in the older column sets', () => {
  for (const provider of ['aws', 'azure', 'gcp']) {
    for (const version of ['1.0', '1.1']) {
      it(`${provider} ${version}`, () => {
        const older = rows(version, provider);
        const v12 = rows('1.2', provider);
        const names = focusColumns(version as '1.0' | '1.1').map((c) => c.name);
        expect(Object.keys(older[0][0]).sort()).toEqual(names.filter((n) => !n.startsWith('Allocated')).sort());
        for (let f = 0; f < older.length; f++) {
          expect(older[f].length).toBe(v12[f].length);
          for (let i = 0; i < older[f].length; i++) {
            const restricted = Object.fromEntries(names.map((n) => [n, v12[f][i][n] ?? null]));
            expect(older[f][i]).toEqual(restricted);
          }
          if (version === '1.1') {
            const bad = older[f].filter(
              (r) => r.ChargeCategory === 'Usage' && r.ChargeClass === null && r.CommitmentDiscountStatus !== 'Unused' && !(Number(r.ConsumedQuantity) > 0),
            );
            expect(bad.length).toBe(0);
          }
        }
      });
    }
  }
});
