/**
 * The generator's own account of what it wrote: rows and exact sums of BilledCost and
 * EffectiveCost per file, so tests (and users) can check any reader's totals against it.
 */
import { add, dec, format, ZERO, type Dec } from '../core/decimal.js';

export interface CostTotals {
  rows: number;
  billedCost: string;
  effectiveCost: string;
}

export function sumTotals(items: CostTotals[]): CostTotals {
  let b: Dec = ZERO;
  let e: Dec = ZERO;
  let rows = 0;
  for (const t of items) {
    rows += t.rows;
    b = add(b, dec(t.billedCost));
    e = add(e, dec(t.effectiveCost));
  }
  return { rows, billedCost: format(b), effectiveCost: format(e) };
}
