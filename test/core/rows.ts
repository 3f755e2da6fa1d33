/** Test helper: generate a scenario into plain row objects (small scenarios only). */
import { normalizeScenario, planScenario, fileRows, type Plan } from '../../src/core/index.js';

export type Row = Record<string, string | null>;

export function generate(input: Record<string, unknown>): { plan: Plan; files: Row[][] } {
  const plan = planScenario(normalizeScenario(input));
  const files = plan.files.map((f) => {
    const cols = f.columns.map((c) => c.name);
    const out: Row[] = [];
    for (const cells of fileRows(plan, f.index)) out.push(Object.fromEntries(cols.map((c, i) => [c, cells[i]])));
    return out;
  });
  return { plan, files };
}

export const num = (v: string | null | undefined): number => (v === null || v === undefined ? 0 : Number(v));

export function sumBy(rows: Row[], key: (r: Row) => string | null, value: (r: Row) => number): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    m.set(k, (m.get(k) ?? 0) + value(r));
  }
  return m;
}

export const usageCost = (rows: Row[]): number =>
  rows.filter((r) => r.ChargeCategory === 'Usage').reduce((a, r) => a + num(r.EffectiveCost), 0);
