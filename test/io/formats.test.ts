/** Writer-level proofs: RFC 4180 CSV (fast encoder = reference), gzip round trip, JSON Lines typing. */
import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import type { ColumnSpec } from '../../src/core/focus/columns.js';
import type { Cell } from '../../src/core/generate.js';
import { createRowWriter } from '../../src/io/formats/index.js';
import { csvLine } from '../../src/io/formats/csv.js';
import { CsvBytes } from '../../src/io/formats/csv-encoder.js';
import { materialize, type RowView, type Value } from '../../src/core/focus/project.js';
import { decimalToUnscaled, unscaledToDecimal } from '../../src/io/formats/parquet.js';
import { parseCsv } from './helpers.js';

const columns: ColumnSpec[] = [
  { name: 'Name', type: 'string' },
  { name: 'Cost', type: 'decimal' },
  { name: 'At', type: 'datetime' },
  { name: 'Tags', type: 'json' },
];

const tricky: Cell[][] = [
  ['plain', '1.5', '2025-01-01T00:00:00Z', '{"team":"a","env":"prod"}'],
  ['with,comma', '-0.0001', null, null],
  ['with "quotes"', '0', '2025-01-31T23:00:00Z', '{}'],
  ['line\nbreak', '12345678901234567890.123456789', null, '{"k":"v,w"}'],
  ['cr\rhere', null, null, '{"q":"say \\"hi\\""}'],
  [null, '3', null, '{"a":1}'],
  ['ünïcødé', '2', null, null],
];

async function encode(format: 'csv' | 'csv.gz' | 'jsonl', rows: Cell[][], gzipLevel?: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const w = await createRowWriter(format, { write: (c) => void chunks.push(new Uint8Array(c)) }, { columns, gzipLevel });
  for (const r of rows) await w.writeRow(r);
  await w.finish();
  return Buffer.concat(chunks);
}

describe('CSV', () => {
  it('template encoder (static segments + varying cells and decimals as bytes) equals the reference RFC 4180 encoder', () => {
    // Random cells from an alphabet rich in separators, quotes and non-ASCII, in shared templates
    // whose varying positions differ, mixed with unshared rows; small chunks force many flushes.
    const alphabet = ['a', ',', '"', '\n', '\r', ' ', '{', '}', ':', 'é', '1', '.', '€'];
    let x = 12345;
    const rnd = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x);
    const text = (): Cell => (rnd() % 5 === 0 ? null : Array.from({ length: rnd() % 7 }, () => alphabet[rnd() % alphabet.length]).join(''));
    // Exact decimals the encoder prints itself: zero, negatives, below one, near 2^53, bigint.
    const decimal = (): Value => {
      const r = rnd() % 6;
      const s = rnd() % 14;
      if (r === 0) return { m: 0, s: 0 };
      if (r === 1) return { m: 9007199254740991 - (rnd() % 1000), s };
      if (r === 2) return { m: -(rnd() % 100000), s };
      if (r === 3) return { m: 123456789012345678901234567890n * BigInt(rnd() % 2 ? 1 : -1), s: s + 3 };
      return { m: rnd() % 1000, s };
    };
    const width = 9;
    const templates = Array.from({ length: 12 }, () => ({
      base: Array.from({ length: width }, text),
      dynamic: [...Array(width).keys()].filter(() => rnd() % 3 === 0),
    }));
    const chunks: Uint8Array[] = [];
    const enc = new CsvBytes((c) => void chunks.push(new Uint8Array(c)), 64);
    let expected = '';
    for (let n = 0; n < 3000; n++) {
      const t = templates[rnd() % templates.length];
      const v: RowView =
        rnd() % 7 === 0
          ? { base: Array.from({ length: width }, text), shared: false, dynamic: [], values: [] }
          : { base: t.base, shared: true, dynamic: t.dynamic, values: t.dynamic.map(() => (rnd() % 2 ? text() : decimal())) };
      expected += csvLine(materialize(v));
      void enc.pushView(v);
    }
    void enc.flush();
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
    expect(chunks.length).toBeGreaterThan(100);
  });

  it('writes a header, LF line ends, quotes only where needed, empty field for null; parses back', async () => {
    const text = (await encode('csv', tricky)).toString('utf8');
    expect(text.startsWith('Name,Cost,At,Tags\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('plain,1.5,2025-01-01T00:00:00Z,"{""team"":""a"",""env"":""prod""}"');
    expect(text.split('\n')[2]).toBe('"with,comma",-0.0001,,');
    expect(parseCsv(text)).toEqual([['Name', 'Cost', 'At', 'Tags'], ...tricky]);
  });

  it('CSV.gz is the same bytes, gzipped', async () => {
    expect(gunzipSync(await encode('csv.gz', tricky)).equals(await encode('csv', tricky))).toBe(true);
  });

  it('CSV.gz honours the deflate level: same CSV inside, level 9 smaller than level 1', async () => {
    const rows: Cell[][] = Array.from({ length: 20_000 }, (_, i) => [`name-${i % 97}`, `${(i * 7919) % 100000}.25`, '2025-01-01T00:00:00Z', `{"i":"${i % 13}"}`]);
    const fast = await encode('csv.gz', rows, 1);
    const small = await encode('csv.gz', rows, 9);
    expect(gunzipSync(fast).equals(gunzipSync(small))).toBe(true);
    expect(gunzipSync(small).equals(await encode('csv', rows))).toBe(true);
    expect(small.length).toBeLessThan(fast.length);
  });

  it('splits output into chunks yet keeps every line whole across many rows', async () => {
    const rows: Cell[][] = Array.from({ length: 30_000 }, (_, i) => [`name-${i}`, `${i}.25`, '2025-01-01T00:00:00Z', `{"i":"${i}"}`]);
    const parsed = parseCsv((await encode('csv', rows)).toString('utf8'));
    expect(parsed.length).toBe(30_001);
    expect(parsed[29_999 + 1]).toEqual(rows[29_999]);
  });
});

describe('JSON Lines', () => {
  it('one object per line, decimals as exact JSON numbers, JSON columns as objects, null as null', async () => {
    const lines = (await encode('jsonl', tricky)).toString('utf8').trim().split('\n');
    expect(lines).toHaveLength(tricky.length);
    expect(JSON.parse(lines[0])).toEqual({ Name: 'plain', Cost: 1.5, At: '2025-01-01T00:00:00Z', Tags: { team: 'a', env: 'prod' } });
    expect(lines[3]).toContain('"Cost":12345678901234567890.123456789');
    expect(JSON.parse(lines[1])).toEqual({ Name: 'with,comma', Cost: -0.0001, At: null, Tags: null });
  });
});

describe('Parquet decimals', () => {
  it('DECIMAL(38,18) unscaled values round-trip exactly and refuse lost digits', () => {
    for (const v of ['0', '1', '-1', '0.000000000000000001', '12345678901234567890.123456789012345678', '-0.5']) {
      expect(unscaledToDecimal(decimalToUnscaled(v, 'X'))).toBe(v);
    }
    expect(() => decimalToUnscaled('0.0000000000000000001', 'ListUnitPrice')).toThrow(/ListUnitPrice.*more than 18 decimals/);
  });
});
