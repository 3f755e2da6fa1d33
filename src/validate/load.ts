/**
 * Load a FOCUS dataset (CSV, CSV.gz, Parquet; a file, a folder of parts or a glob) into one DuckDB
 * table `src`. CSV columns are read as text (no type guessing, so all-digit ids stay strings and
 * bad numbers stay visible); each check casts per the model's column types.
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ValidationInputError } from './errors.js';

export type FileFormat = 'csv' | 'parquet';

export interface LoadedTable {
  conn: DuckDBConnection;
  rows: number;
  /** column name -> DuckDB type (VARCHAR for every CSV column) */
  columns: Map<string, string>;
  format: FileFormat;
  files: string[];
  close(): void;
}

/** Null tokens of the official validator's CSV loader, used in `official` semantics. */
export const OFFICIAL_NULL_TOKENS = ['', 'NULL', 'INVALID', 'INVALID_COST', 'BAD_DATE', 'INVALID_DECIMAL', 'INVALID_INT'];

function formatOf(path: string): FileFormat | undefined {
  const p = path.toLowerCase();
  if (p.endsWith('.parquet')) return 'parquet';
  if (p.endsWith('.csv') || p.endsWith('.csv.gz') || p.endsWith('.csv.gzip')) return 'csv';
  return undefined;
}

function listDataFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listDataFiles(p));
    else if (formatOf(p)) out.push(p);
  }
  return out;
}

/** Expand files, folders and globs into data files (globs are left for DuckDB to expand). */
export function expandInputs(paths: string[]): { files: string[]; format: FileFormat } {
  if (!paths.length) throw new ValidationInputError('no input: give a FOCUS CSV/Parquet file, a folder of parts, or a glob');
  const files: string[] = [];
  for (const raw of paths) {
    if (/[*?[]/.test(raw)) {
      if (!formatOf(raw)) throw new ValidationInputError(`glob ${raw} must end in .csv, .csv.gz or .parquet`);
      files.push(resolve(raw));
      continue;
    }
    if (!existsSync(raw)) throw new ValidationInputError(`input not found: ${raw}`);
    if (statSync(raw).isDirectory()) {
      const inDir = listDataFiles(raw);
      if (!inDir.length) throw new ValidationInputError(`folder ${raw} holds no .csv, .csv.gz or .parquet files`);
      files.push(...inDir);
    } else {
      if (!formatOf(raw)) throw new ValidationInputError(`${raw}: unsupported file type; expected .csv, .csv.gz or .parquet`);
      files.push(resolve(raw));
    }
  }
  const formats = new Set(files.map((f) => formatOf(f)));
  if (formats.size > 1) throw new ValidationInputError('inputs mix CSV and Parquet; validate one format at a time');
  return { files, format: [...formats][0] as FileFormat };
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function loadDataset(paths: string[], options: { nullTokens?: string[] } = {}): Promise<LoadedTable> {
  const { files, format } = expandInputs(paths);
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const list = `[${files.map(sqlString).join(', ')}]`;
  const nulls = `[${(options.nullTokens ?? ['']).map(sqlString).join(', ')}]`;
  const source =
    format === 'csv'
      ? `read_csv(${list}, header = true, all_varchar = true, union_by_name = true, nullstr = ${nulls}, delim = ',', quote = '"', escape = '"')`
      : `read_parquet(${list}, union_by_name = true)`;
  try {
    // CSV is parsed once into a table; Parquet is already columnar, so a view reads only the
    // columns each scan needs (file_row_number stands in for the table's rowid)
    await conn.run(
      format === 'csv'
        ? `CREATE TABLE src AS SELECT * FROM ${source}`
        : `CREATE VIEW src AS SELECT * EXCLUDE (file_row_number), file_row_number AS rowid FROM ${source.replace('union_by_name = true', 'union_by_name = true, file_row_number = true')}`,
    );
  } catch (err) {
    conn.closeSync();
    instance.closeSync();
    const first = String((err as Error).message).split('\n')[0];
    throw new ValidationInputError(`cannot read ${files.length === 1 ? files[0] : `${files.length} files`} as ${format.toUpperCase()}: ${first}`);
  }
  const cols = await conn.runAndReadAll(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'src' ORDER BY ordinal_position`);
  const columns = new Map<string, string>();
  for (const [name, type] of cols.getRows()) if (!(format === 'parquet' && name === 'rowid')) columns.set(String(name), String(type));
  const count = await conn.runAndReadAll('SELECT count(*) FROM src');
  const rows = Number(count.getRows()[0][0]);
  return {
    conn,
    rows,
    columns,
    format,
    files,
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
