/** Input forms (gzip, Parquet, folder of parts), errors, CLI exit codes and report formats. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { DuckDBInstance } from '@duckdb/node-api';
import { formatConsole, formatJson, formatJunit, resolveModelPath, validate, ValidationInputError } from '../../src/validate/index.js';
import { registerValidate } from '../../src/cli/commands/validate.js';
import { UsageError } from '../../src/cli/errors.js';
import { COLUMNS_12, MODELS_DIR, SKIP_NO_MODELS, rows12, toCsv, writeCsv } from './fixtures.js';

const model = join(MODELS_DIR, 'model-1.2.json');
const failedRules = (r: Awaited<ReturnType<typeof validate>>) => r.rules.filter((x) => !x.composite && x.status === 'failed').map((x) => x.ruleId);

describe('input errors', () => {
  it('a missing file is a clear input error', async () => {
    await expect(validate({ paths: ['/nonexistent/focus.csv'] })).rejects.toThrow(/input not found: \/nonexistent\/focus.csv/);
  });
  it('FOCUS 1.1 is refused with the reason, unless a model is given', async () => {
    await expect(validate({ paths: [writeCsv(COLUMNS_12, rows12())] }, { focusVersion: '1.1' })).rejects.toThrow(/no official requirements model/);
  });
  it('no model file anywhere names where to get model-<version>.json', () => {
    expect(() => resolveModelPath('1.3', undefined, ['/nonexistent/a', '/nonexistent/b'])).toThrow(
      /model-1\.3\.json.*FOCUS_Spec GitHub release assets/s,
    );
  });
  it.skipIf(SKIP_NO_MODELS)('a file without FOCUS columns is refused naming the columns found', async () => {
    const p = writeCsv(['a', 'b'], [{ a: '1', b: '2' }]);
    await expect(validate({ paths: [p] }, { model, focusVersion: '1.2' })).rejects.toThrow(/none of the FOCUS 1\.2 CostAndUsage columns \(found: a, b\)/);
  });
  it.skipIf(SKIP_NO_MODELS)('unknown applicability criteria list the allowed ones', async () => {
    await expect(validate({ paths: [writeCsv(COLUMNS_12, rows12())] }, { model, criteria: ['NOPE_SUPPORTED'] })).rejects.toThrow(
      /unknown applicability criteria NOPE_SUPPORTED.*TAGGING_SUPPORTED/,
    );
  });
  it('ValidationInputError is what the library throws for bad input', async () => {
    await expect(validate({ paths: [] })).rejects.toBeInstanceOf(ValidationInputError);
  });
});

describe.skipIf(SKIP_NO_MODELS)('input forms', () => {
  it('gzip CSV parts in a folder validate as one dataset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'focus-parts-'));
    mkdirSync(join(dir, 'nested'));
    const rows = rows12();
    writeFileSync(join(dir, 'part-1.csv.gz'), gzipSync(toCsv(COLUMNS_12, rows.slice(0, 7))));
    writeFileSync(join(dir, 'nested', 'part-2.csv'), toCsv(COLUMNS_12, rows.slice(7)));
    const r = await validate({ paths: [dir] }, { model, criteria: 'ALL' });
    expect(r.input.rows).toBe(14);
    expect(r.input.files).toHaveLength(2);
    expect(failedRules(r)).toEqual([]);
  });

  it('Parquet (typed columns) validates like the CSV, and a bad value is caught', async () => {
    const csv = writeCsv(COLUMNS_12, rows12());
    const bad = rows12();
    bad[0].ChargeCategory = 'Usages';
    const badCsv = writeCsv(COLUMNS_12, bad);
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    // money as DOUBLE and timestamps as TIMESTAMPTZ, the way real Parquet exports type them
    const typed = `SELECT * REPLACE (CAST(BilledCost AS DOUBLE) AS BilledCost, CAST(EffectiveCost AS DOUBLE) AS EffectiveCost, CAST(ChargePeriodStart AS TIMESTAMPTZ) AS ChargePeriodStart)`;
    await conn.run(`COPY (${typed} FROM read_csv('${csv}', all_varchar = true)) TO '${csv}.parquet' (FORMAT parquet)`);
    await conn.run(`COPY (${typed} FROM read_csv('${badCsv}', all_varchar = true)) TO '${badCsv}.parquet' (FORMAT parquet)`);
    conn.closeSync();
    db.closeSync();
    const good = await validate({ paths: [`${csv}.parquet`] }, { model, criteria: 'ALL' });
    expect(good.input.format).toBe('parquet');
    expect(failedRules(good)).toEqual([]);
    const r = await validate({ paths: [`${badCsv}.parquet`] }, { model, criteria: 'ALL' });
    expect(failedRules(r)).toContain('ChargeCategory-C-003-M');
    expect(r.rules.find((x) => x.ruleId === 'ChargeCategory-C-003-M')?.samples?.[0]).toMatchObject({ '#row': 1, ChargeCategory: 'Usages' });
  });
});

describe.skipIf(SKIP_NO_MODELS)('reports and the CLI', () => {
  it('console, JSON and JUnit reports carry the failing rule with its requirement text and rows', async () => {
    const rows = rows12();
    rows[0].ChargeCategory = 'Usages';
    const r = await validate({ paths: [writeCsv(COLUMNS_12, rows)] }, { model, criteria: 'ALL' });
    const text = formatConsole(r);
    expect(text).toMatch(/FAIL ChargeCategory-C-003-M \[MUST\] ChargeCategory MUST be one of the allowed values/);
    expect(text).toMatch(/ChargeCategory=Usages/);
    expect(text).toMatch(/RESULT: FAIL/);
    expect(JSON.parse(formatJson(r)).summary.failed).toBe(r.summary.failed);
    const junit = formatJunit(r);
    expect(junit.match(/<testcase /g)?.length).toBe(r.rules.filter((x) => !x.composite).length + r.extraChecks.length);
    expect(junit.match(/<failure /g)?.length).toBe(r.summary.failed + r.summary.extraFailed);
    expect(junit).toMatch(/failures="2"/);
  });

  async function cli(args: string[]): Promise<number> {
    const program = new Command('focusgen').exitOverride();
    registerValidate(program);
    process.exitCode = undefined;
    await program.parseAsync(['node', 'focusgen', 'validate', ...args]);
    const code = Number(process.exitCode ?? 0);
    process.exitCode = undefined;
    return code;
  }

  it('exit code 0 on pass, 1 on a failed MUST rule, usage error for bad input; --output writes the report', async () => {
    const good = writeCsv(COLUMNS_12, rows12());
    const out = join(mkdtempSync(join(tmpdir(), 'focus-cli-')), 'report.xml');
    expect(await cli([good, '--model', model, '--criteria', 'ALL', '--format', 'junit', '--output', out])).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml/);
    const rows = rows12();
    rows[0].ChargePeriodStart = '2025-01-10 00:00:00';
    expect(await cli([writeCsv(COLUMNS_12, rows), '--model', model, '--format', 'json', '--output', out])).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).ok).toBe(false);
    await expect(cli(['/nonexistent.csv'])).rejects.toBeInstanceOf(UsageError);
    await expect(cli([good, '--samples', 'many'])).rejects.toThrow(/--samples must be an integer/);
  });
});
