import { describe, expect, it } from 'vitest';
import { add, allocate, dec, format, fromNumber, mul, round, sub } from '../../src/core/decimal.js';

describe('exact decimals', () => {
  it('prints products and sums without float artifacts', () => {
    expect(format(mul(dec('0.1'), dec('3')))).toBe('0.3');
    expect(format(add(dec('0.1'), dec('0.2')))).toBe('0.3');
    expect(format(mul(dec('0.0000002'), dec('12345678')))).toBe('2.4691356');
    expect(format(sub(dec('1'), dec('1.25')))).toBe('-0.25');
  });
  it('switches to bigint when a double would not be exact', () => {
    const big = mul(dec('123456789.123456'), dec('987654321.987654'));
    expect(format(big)).toBe('121932631356499712.458313812224');
  });
  it('rounds half away from zero and parses from numbers', () => {
    expect(format(round(dec('2.345'), 2))).toBe('2.35');
    expect(format(round(dec('-2.345'), 2))).toBe('-2.35');
    expect(format(fromNumber(1 / 3, 6))).toBe('0.333333');
  });
  it('allocates a total into parts that sum exactly', () => {
    const parts = allocate(dec('100'), [1, 1, 1], 2);
    expect(parts.map(format)).toEqual(['33.34', '33.33', '33.33']);
    const sum = parts.reduce(add);
    expect(format(sum)).toBe('100');
  });
});
