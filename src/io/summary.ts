/**
 * The generator's own account of what it wrote: rows and exact sums of BilledCost and
 * EffectiveCost per file, so tests (and users) can check any reader's totals against it.
 */
import { add, dec, format, ZERO, type Dec } from '../core/decimal.js';
import type { ColumnSpec } from '../core/focus/columns.js';
import type { Cell } from '../core/generate.js';

export interface CostTotals {
  rows: number;
  billedCost: string;
  effectiveCost: string;
}

const FAST = /^-?\d{1,15}(\.\d{0,15})?$/;

/** Parse canonical decimal text without BigInt when it fits a safe integer mantissa (the common case). */
function quickDec(v: string): Dec {
  if (v.length > 17 || !FAST.test(v)) return dec(v);
  const dot = v.indexOf('.');
  if (dot < 0) return { m: Number(v), s: 0 };
  const frac = v.length - dot - 1;
  const m = Number(v.slice(0, dot) + v.slice(dot + 1));
  return Number.isSafeInteger(m) ? { m, s: frac } : dec(v);
}

export class CostAccumulator {
  rows = 0;
  private billed: Dec = ZERO;
  private effective: Dec = ZERO;
  private readonly bi: number;
  private readonly ei: number;
  constructor(columns: ColumnSpec[]) {
    this.bi = columns.findIndex((c) => c.name === 'BilledCost');
    this.ei = columns.findIndex((c) => c.name === 'EffectiveCost');
  }
  add(row: Cell[]): void {
    this.rows++;
    if (this.bi >= 0) {
      const v = row[this.bi];
      if (v !== null) this.billed = add(this.billed, quickDec(v));
    }
    if (this.ei >= 0) {
      const v = row[this.ei];
      if (v !== null) this.effective = add(this.effective, quickDec(v));
    }
  }
  totals(): CostTotals {
    return { rows: this.rows, billedCost: format(this.billed), effectiveCost: format(this.effective) };
  }
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
