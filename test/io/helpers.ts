/** Shared helpers for the io proofs: temp dirs, a strict RFC 4180 reader, DuckDB queries, checksum checks. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { normalizeScenario } from '../../src/core/scenario/index.js';
import type { Scenario } from '../../src/core/scenario/schema.js';

export async function tempDir(tag: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `focusgen-${tag}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export function scenario(input: Record<string, unknown>): Scenario {
  return normalizeScenario({ now: '2025-03-01T00:00:00Z', ...input });
}

/** Strict RFC 4180 parse (LF line ends, quotes doubled); an empty unquoted field is null. */
export function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    let cell: string | null;
    if (text[i] === '"') {
      let s = '';
      i++;
      while (true) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        s += text.slice(i, q);
        if (text[q + 1] === '"') {
          s += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      cell = s;
    } else {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\n') j++;
      if (text.slice(i, j).includes('"') || text.slice(i, j).includes('\r')) throw new Error(`bad unquoted field at ${i}`);
      cell = j === i ? null : text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text[i] === '\n' || i >= text.length) {
      rows.push(row);
      row = [];
      i++;
    } else throw new Error(`unexpected character at ${i}`);
  }
  return rows;
}

export async function duck(): Promise<{ all: (sql: string) => Promise<Record<string, unknown>[]>; close: () => void }> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  return {
    all: async (sql) => (await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[],
    close: () => {
      con.closeSync();
      db.closeSync();
    },
  };
}

/** Every line of SHA256SUMS matches the file's bytes; returns the listed names. */
export async function verifySha256Sums(dir: string): Promise<string[]> {
  const text = await readFile(join(dir, 'SHA256SUMS'), 'utf8');
  const names: string[] = [];
  for (const line of text.trim().split('\n')) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) throw new Error(`bad SHA256SUMS line: ${line}`);
    const actual = createHash('sha256').update(await readFile(join(dir, m[2]))).digest('hex');
    if (actual !== m[1]) throw new Error(`checksum mismatch for ${m[2]}`);
    names.push(m[2]);
  }
  return names;
}

/** Canonical decimal text (no trailing zeros), so DECIMAL(38,18) text compares with the CSV's. */
export function canonicalDecimal(s: string): string {
  if (!s.includes('.')) return s === '-0' ? '0' : s;
  const t = s.replace(/0+$/, '').replace(/\.$/, '');
  return t === '-0' ? '0' : t;
}
