/**
 * Deterministic identifiers and times for files that must be byte-identical between runs:
 * GUIDs derived from the seed (never random), times from scenario.now or the end of the window
 * (never the wall clock).
 */
import { createHash } from 'node:crypto';
import { referenceNow, type Plan } from '../core/generate.js';

/** A UUID-shaped id (version nibble 5, RFC 4122 variant) hashed from the seed and a purpose. */
export function deterministicGuid(seed: number, ...parts: string[]): string {
  const h = createHash('sha256').update([String(seed), ...parts].join('\u0000')).digest('hex');
  const v = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The run's reference time: scenario.now, else the end of the last billing period. */
export function referenceTime(plan: Plan): string {
  return referenceNow(plan.scenario);
}
