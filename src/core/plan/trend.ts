/**
 * Monthly spend multipliers for the trend scenarios, with the seed's parameter names and defaults
 * (growthRate 10, peakMultiplier 2.5, baselineVariation 10, stepMonth 4, stepMultiplier 2,
 * anomalyMonth 6, anomalyMultiplier 10). Multipliers apply to the month's total, whatever its length.
 */
import type { Scenario } from '../scenario/schema.js';
import type { Stream } from '../random.js';

export interface TrendPlan {
  multipliers: number[];
  /** Month index (0-based in the window) of the anomaly, or -1. */
  anomalyMonth: number;
  /** Extra spend of the anomaly month relative to its normal month (multiplier - 1). */
  anomalyExtra: number;
  peakMonths: number[];
}

export function planTrend(s: Scenario, calendarMonthOf: (k: number) => number, rnd: Stream): TrendPlan {
  const p = s.trend.parameters;
  const n = s.months;
  const noise = (k: number, amp: number) => 1 + (rnd.float(k) * 2 - 1) * amp;
  const m: number[] = [];
  let anomalyMonth = -1;
  let anomalyExtra = 0;
  let peakMonths: number[] = [];
  switch (s.trend.scenario) {
    case 'linear': {
      const g = (p.growthRate ?? 10) / 100;
      for (let k = 0; k < n; k++) m.push(Math.pow(1 + g, k) * noise(k, 0.004));
      break;
    }
    case 'seasonal': {
      const peak = p.peakMultiplier ?? 2.5;
      const variation = (p.baselineVariation ?? 10) / 100;
      const cal = p.peakMonths;
      for (let k = 0; k < n; k++) {
        const month = calendarMonthOf(k);
        const isPeak = cal ? cal.includes(month) : false;
        if (isPeak) peakMonths.push(k);
      }
      if (!cal) {
        const novDec = [...Array(n).keys()].filter((k) => [11, 12].includes(calendarMonthOf(k)));
        peakMonths = n >= 11 && novDec.length ? novDec : n >= 3 ? [n - 2, n - 1] : [n - 1];
      }
      // Baseline months vary a little around 1 (seed: +-baselineVariation%), damped so the
      // peak-to-baseline ratio stays at peakMultiplier.
      for (let k = 0; k < n; k++) m.push(peakMonths.includes(k) ? peak : noise(k, variation * 0.25));
      break;
    }
    case 'stepChange': {
      const at = (p.stepMonth ?? Math.min(4, n)) - 1;
      const mult = p.stepMultiplier ?? 2;
      for (let k = 0; k < n; k++) m.push((k < at ? 1 : mult) * noise(k, 0.01));
      break;
    }
    case 'anomaly': {
      anomalyMonth = (p.anomalyMonth ?? Math.min(6, n)) - 1;
      const mult = p.anomalyMultiplier ?? 10;
      for (let k = 0; k < n; k++) m.push(noise(k, 0.01));
      anomalyExtra = mult - 1;
      break;
    }
    default:
      for (let k = 0; k < n; k++) m.push(Math.pow(1.01, k) * noise(k, 0.015));
  }
  return { multipliers: m, anomalyMonth, anomalyExtra, peakMonths };
}
