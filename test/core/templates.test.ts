/**
 * The projection reuses each template's static cells (see DYNAMIC in src/core/focus/project.ts).
 * With verification on, every templated row is also projected in full; any column that differs
 * from its template but is not declared dynamic throws. Covers every version, provider and
 * granularity, with commitments (covered and unused rows), spot, anomalies and split rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeScenario } from '../../src/core/scenario/index.js';
import { fileRowViews, planScenario } from '../../src/core/generate.js';
import { projectionChecks } from '../../src/core/focus/project.js';

const VERSIONS = ['1.0', '1.1', '1.2', '1.3', '1.4'] as const;
const CASES = [
  { granularity: 'daily', rowCount: 6000, trend: 'anomaly' },
  { granularity: 'hourly', rowCount: 9000, trend: 'none' },
  { granularity: 'monthly', rowCount: 4000, trend: 'none' },
  { granularity: 'daily', rowCount: undefined, trend: 'none' },
] as const;
// Several months: commitments bought inside the window, their covered and unused rows.
const MONTHS = 4;

describe('row templates', () => {
  beforeAll(() => void (projectionChecks.verify = true));
  afterAll(() => void (projectionChecks.verify = false));

  for (const v of VERSIONS) {
    it(`FOCUS ${v}: every row's static cells equal its template's (aws, azure, gcp)`, () => {
      let shared = 0;
      let rows = 0;
      let used = 0;
      for (const c of CASES) {
        const s = normalizeScenario({
          focusVersion: v,
          providers: ['aws', 'azure', 'gcp'],
          profile: 'Greenfield',
          granularity: c.granularity,
          rowCount: c.rowCount,
          trend_options: { scenario: c.trend, monthCount: MONTHS },
          seed: 7,
        });
        const plan = planScenario(s);
        for (const f of plan.files) {
          const status = f.columns.findIndex((col) => col.name === 'CommitmentDiscountStatus');
          for (const view of fileRowViews(plan, f.index)) {
            rows++;
            if (view.shared) shared++;
            if (view.base[status] === 'Used') used++;
          }
        }
      }
      // Most rows come from templates, so the check exercised the cache.
      expect(shared / rows).toBeGreaterThan(0.9);
      expect(used).toBeGreaterThan(100);
    });
  }
});
