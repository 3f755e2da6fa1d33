/**
 * Calendar arithmetic on UTC without the Date clock: months are indexed as year*12 + month-1,
 * days as days since 1970-01-01. Timestamp strings are built once per period and reused.
 */
import type { Granularity } from './scenario/schema.js';

export function monthIndexOf(ym: string): number {
  const [y, m] = ym.split('-').map(Number);
  return y * 12 + (m - 1);
}

export function ymOf(monthIndex: number): string {
  const y = Math.floor(monthIndex / 12);
  const m = (monthIndex % 12) + 1;
  return `${y}-${m < 10 ? '0' : ''}${m}`;
}

/** Days since epoch of a civil date (Howard Hinnant's algorithm). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [y + (m <= 2 ? 1 : 0), m, d];
}

export function firstDayOfMonth(monthIndex: number): number {
  return daysFromCivil(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
}

export function daysInMonth(monthIndex: number): number {
  return firstDayOfMonth(monthIndex + 1) - firstDayOfMonth(monthIndex);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

export function dayString(day: number): string {
  const [y, m, d] = civilFromDays(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** YYYY-MM-DDTHH:mm:ssZ for hour `h` (0..24) of `day`. */
export function timestamp(day: number, hour = 0): string {
  if (hour >= 24) return timestamp(day + Math.floor(hour / 24), hour % 24);
  return `${dayString(day)}T${pad2(hour)}:00:00Z`;
}

export function monthStartTimestamp(monthIndex: number): string {
  return timestamp(firstDayOfMonth(monthIndex));
}

/** Charge periods ("slices") of one billing month at a granularity. */
export interface Slices {
  count: number;
  /** Hours in each slice (constant except monthly). */
  hours: number;
  /** First day (days since epoch) of the month. */
  firstDay: number;
  days: number;
  /** start[i] and start[i+1] bound slice i; start has count+1 entries. */
  start: string[];
  /** Day (days since epoch) each slice falls on. */
  day: Int32Array;
  /** Hour of day each slice starts (0 for daily/monthly). */
  hour: Int8Array;
}

export function monthSlices(monthIndex: number, granularity: Granularity): Slices {
  const firstDay = firstDayOfMonth(monthIndex);
  const days = daysInMonth(monthIndex);
  if (granularity === 'monthly') {
    return {
      count: 1,
      hours: days * 24,
      firstDay,
      days,
      start: [timestamp(firstDay), timestamp(firstDay + days)],
      day: Int32Array.of(firstDay),
      hour: Int8Array.of(0),
    };
  }
  const perDay = granularity === 'hourly' ? 24 : 1;
  const count = days * perDay;
  const start: string[] = new Array(count + 1);
  const day = new Int32Array(count);
  const hour = new Int8Array(count);
  for (let i = 0; i < count; i++) {
    const d = firstDay + Math.floor(i / perDay);
    const h = perDay === 24 ? i % 24 : 0;
    day[i] = d;
    hour[i] = h;
    start[i] = timestamp(d, h);
  }
  start[count] = timestamp(firstDay + days);
  return { count, hours: 24 / perDay, firstDay, days, start, day, hour };
}
