/**
 * The real CLI, spawned as users run it (`npx tsx src/cli/bin.ts generate ...`): exit codes,
 * error text naming the field and allowed values, --help content, config file + flag precedence,
 * stdout mode, summary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function focusgen(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn('npx', ['tsx', 'src/cli/bin.ts', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'focusgen-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

// Each case spawns its own process (seconds of start-up each), so they run concurrently.
describe.concurrent('focusgen generate', () => {
  it('--help lists the flags, allowed values and examples', async () => {
    const r = await focusgen(['generate', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--providers', '--profile', '--distribution', '--focus-version', '--start-month', '--months', '--granularity', '--rows', '--currency', '--seed', '--trend', '--growth-rate', '--peak-multiplier', '--step-month', '--step-multiplier', '--anomaly-month', '--anomaly-multiplier', '--no-commitments', '--format', '--layout', '--out', '--workers', '--max-rows-per-file', '--target-file-size', '--config', '--quiet']) {
      expect(r.stdout, flag).toContain(flag);
    }
    expect(r.stdout).toContain('csv, csv.gz, parquet, jsonl');
    for (const v of ['flat, zip, hive', 'aws-data-exports', 'azure-exports', 'Greenfield', 'ML-Focused', 'stepChange']) expect(r.stdout).toContain(v);
    expect(r.stdout).toContain('Examples:');
  });

  it('writes seed-named CSV files, SHA256SUMS and prints a summary', async () => {
    const out = join(dir, 'basic');
    const r = await focusgen(['generate', '--providers', 'aws,azure', '--rows', '25', '--months', '2', '--seed', '9', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toEqual(['SHA256SUMS', 'aws-focus-2025-01.csv', 'aws-focus-2025-02.csv', 'azure-focus-2025-01.csv', 'azure-focus-2025-02.csv', 'azure-focus-metadata.json', 'aws-focus-metadata.json', 'manifest.json'].sort());
    expect(r.stdout).toMatch(/wrote 100 rows in 4 file/);
    expect(r.stdout).toMatch(/BilledCost total: -?\d/);
    expect(r.stderr).toBe('');
  });

  it('--config file is overridden by flags; seed names in the file are accepted', async () => {
    const cfg = join(dir, 'scenario.yaml');
    await writeFile(cfg, 'providers: [gcp]\nrow_count: 7\nfocusVersion: "1.1"\noutput:\n  format: jsonl\n');
    const out = join(dir, 'cfg');
    const r = await focusgen(['generate', '--config', cfg, '--rows', '4', '--out', out, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const lines = (await readFile(join(out, 'gcp-focus-2025-01.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(4);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.scenario).toMatchObject({ providers: ['gcp'], rowCount: 4, focusVersion: '1.1' });
  });

  it('--out - streams one CSV (one header) to stdout', async () => {
    const r = await focusgen(['generate', '--providers', 'aws', '--months', '2', '--rows', '3', '--out', '-']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1 + 6);
    expect(lines[0]).toMatch(/^AvailabilityZone,BilledCost,/);
    expect(lines.slice(1).some((l) => l.startsWith('AvailabilityZone,'))).toBe(false);
  });

  it('bad values exit 2 with the field, the value and what is allowed', async () => {
    const r = await focusgen(['generate', '--profile', 'Huge', '--format', 'xml', '--out', join(dir, 'bad')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('profile');
    expect(r.stderr).toContain('"Huge"');
    expect(r.stderr).toContain('Greenfield');
    expect(r.stderr).toContain('output.format');
    expect(r.stderr).toContain('parquet');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('non-numeric numbers and stdout with Parquet are usage errors (exit 2)', async () => {
    const a = await focusgen(['generate', '--months', 'abc']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--months takes an integer, got "abc"');
    const b = await focusgen(['generate', '--format', 'parquet', '--out', '-']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('output.destination');
    const c = await focusgen(['generate', '--config', join(dir, 'missing.yaml')]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('--config: cannot read');
  });
});
