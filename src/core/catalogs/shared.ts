/**
 * Small builders shared by the provider catalogs, so the catalog files stay declarative:
 * unit presets (FOCUS UnitFormat with matching block size and quantity kind), a compact SKU
 * constructor, deterministic id alphabets, and exact USD conversion for `x_...InUsd` columns.
 */
import type { Dec } from '../decimal.js';
import { format } from '../decimal.js';
import { hashString, mix } from '../random.js';
import type { Charge } from '../charges/charge.js';
import type { QuantityKind, SkuDef, SkuDetailValue } from './types.js';

export interface UnitSpec {
  pricingUnit: string;
  consumedUnit: string;
  blockSize: number;
  quantity: QuantityKind;
}

function unit(
  pricingUnit: string,
  consumedUnit: string,
  blockSize: number,
  quantity: QuantityKind,
): UnitSpec {
  return { pricingUnit, consumedUnit, blockSize, quantity };
}

/** `n` of a countable noun priced as a block ("1000000 Requests" priced, "Requests" consumed). */
export function per(n: number, noun: string): UnitSpec {
  return n === 1 ? unit(noun, noun, 1, 'volume') : unit(`${n} ${noun}`, noun, n, 'volume');
}

/** A stock billed per month and prorated ("Key-Months", "GB-Months"). */
export function months(singular: string): UnitSpec {
  return unit(`${singular}-Months`, `${singular}-Months`, 1, 'storage');
}

/** Unit presets used across providers. */
export const U = {
  hours: unit('Hours', 'Hours', 1, 'time'),
  gbMonths: months('GB'),
  gibMonths: months('GiB'),
  iopsMonths: months('IOPS'),
  gb: per(1, 'GB'),
  tb: per(1, 'TB'),
  gbSeconds: per(1, 'GB-Seconds'),
  gbHours: per(1, 'GB-Hours'),
  gibHours: per(1, 'GiB-Hours'),
  minutes: per(1, 'Minutes'),
  seconds: per(1, 'Seconds'),
  units: per(1, 'Units'),
  requests: per(1, 'Requests'),
  req1k: per(1000, 'Requests'),
  req10k: per(10000, 'Requests'),
  req1m: per(1000000, 'Requests'),
  tok1k: per(1000, 'Tokens'),
  tok1m: per(1000000, 'Tokens'),
} as const;

export interface SkuOptions extends Partial<Omit<SkuDef, 'key' | 'meter' | 'listPrice' | 'description'>> {
  details?: Record<string, SkuDetailValue>;
}

/** One SKU: key, meter as the provider writes it, unit preset, list price (USD string), description. */
export function sku(
  key: string,
  meter: string,
  u: UnitSpec,
  listPrice: string,
  description: string,
  options: SkuOptions = {},
): SkuDef {
  return {
    key,
    meter,
    description,
    listPrice,
    pricingUnit: u.pricingUnit,
    consumedUnit: u.consumedUnit,
    blockSize: u.blockSize,
    quantity: u.quantity,
    ...options,
    details: options.details ?? {},
  };
}

export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const UPPER_HEX = '0123456789ABCDEF';

/** `n` characters from `alphabet`, a pure function of `seed` (a stable label). */
export function idChars(seed: string, n: number, alphabet: string): string {
  const key = hashString(seed);
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[mix(key, i) % alphabet.length];
  return out;
}

const POW10 = (n: number): bigint => 10n ** BigInt(n);

/** a / b rounded half away from zero to `scale` decimals, exactly (bigint arithmetic). */
export function divide(a: Dec, b: Dec, scale: number): Dec {
  const am = BigInt(a.m);
  const bm = BigInt(b.m);
  if (bm === 0n) throw new Error('division by zero');
  // a/b = (am / 10^as) / (bm / 10^bs) = am * 10^(bs - as) / bm; scaled by 10^scale.
  const shift = scale + b.s - a.s;
  let num = am * (shift >= 0 ? POW10(shift) : 1n);
  let den = bm * (shift < 0 ? POW10(-shift) : 1n);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const q = num / den;
  const r = num % den;
  const twice = (r < 0n ? -r : r) * 2n;
  const m = twice >= den ? q + (num < 0n ? -1n : 1n) : q;
  const safe = m >= -9007199254740991n && m <= 9007199254740991n;
  return trim({ m: safe ? Number(m) : m, s: scale });
}

function trim(d: Dec): Dec {
  let m = BigInt(d.m);
  let s = d.s;
  if (m === 0n) return { m: 0, s: 0 };
  while (s > 0 && m % 10n === 0n) {
    m /= 10n;
    s--;
  }
  const safe = m >= -9007199254740991n && m <= 9007199254740991n;
  return { m: safe ? Number(m) : m, s };
}

/** Billing-currency amount in USD: usdRate is billing currency per USD. */
export function inUsd(amount: Dec, c: Charge): string {
  return format(divide(amount, c.usdRate, 10));
}

/** A provider column value the charge generator set explicitly in `extra` wins over the derived one. */
export function override(c: Charge, name: string): string | null | undefined {
  return Object.prototype.hasOwnProperty.call(c.extra, name) ? c.extra[name] : undefined;
}

/** Elastic Cloud is sold the same way (consumption units) on every cloud marketplace. */
export const ELASTIC_ECU_SKU: SkuDef = sku(
  'mp-elastic',
  'Elastic Consumption Units',
  per(1, 'Units'),
  '1',
  'Elastic Cloud consumption units (ECU)',
  { weight: 1 },
);
