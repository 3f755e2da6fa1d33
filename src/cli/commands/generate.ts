/**
 * `focusgen generate`: flags (and an optional scenario file) -> scenario -> runGeneration.
 * Precedence: defaults < --config file < flags. Bad input exits 2 with the field and what is allowed.
 */
import { readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { parse as parseYaml } from 'yaml';
import { mapSeedNames, normalizeScenario } from '../../core/scenario/normalize.js';
import {
  BILLING_CURRENCIES,
  DATASETS,
  DISTRIBUTIONS,
  FOCUS_VERSIONS,
  FORMATS,
  GRANULARITIES,
  LAYOUTS,
  PROFILES,
  TREND_SCENARIOS,
  type Scenario,
} from '../../core/scenario/schema.js';
import { runGeneration, type RunResult } from '../../io/run.js';
import { s3OptionsFromEnv } from '../../io/sinks/s3-options.js';
import { UsageError } from '../errors.js';
import { createProgress } from '../progress.js';

const FEATURES = ['commitments', 'negotiated-discounts', 'spot', 'taxes', 'credits', 'refunds', 'support', 'marketplace', 'corrections', 'provider-columns'] as const;

function num(flag: string, integer = false) {
  return (v: string): number => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
      throw new InvalidArgumentError(`${flag} takes ${integer ? 'an integer' : 'a number'}, got ${JSON.stringify(v)}`);
    }
    return n;
  };
}
const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);
const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const allowed = (xs: readonly string[]) => xs.map((x) => (x.includes(' ') ? `"${x}"` : x)).join(', ');

const EXAMPLES = `
Examples:
  $ focusgen generate --providers aws --rows 10000 --out ./data
  $ focusgen generate --providers aws,azure,gcp --months 12 --trend linear --growth-rate 5 --format csv.gz
  $ focusgen generate --focus-version 1.2 --format parquet --layout hive --out ./lake
  $ focusgen generate --providers aws --format parquet --layout aws-data-exports --export-name cur2 --out s3://bucket/exports
  $ focusgen generate --providers azure --format csv.gz --layout azure-exports --target-file-size 100
  $ focusgen generate --config scenario.yaml --seed 7 --workers 4
  $ focusgen generate --rows 1000 --out - | head

S3: --out s3://bucket/prefix uses AWS_REGION, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (or the
standard credential chain) and AWS_ENDPOINT_URL / S3_ENDPOINT for S3-compatible stores; add
--path-style for MinIO-like servers (or S3_FORCE_PATH_STYLE=true).

Every finished output directory has a SHA256SUMS written last; an interrupted run leaves none.
Exit codes: 0 done, 1 failure, 2 bad input (the message names the field and allowed values).`;

export function registerGenerate(program: Command): void {
  const cmd = program
    .command('generate')
    .description('Generate FOCUS cost and usage data files (CSV, CSV.gz, Parquet, JSON Lines) in flat, zip, hive or provider export layouts.')
    .option('-c, --config <file>', 'scenario file (JSON or YAML; seed field names accepted); flags override it')
    .option('--providers <list>', 'comma-separated providers: aws, azure, gcp', list)
    .option('--profile <name>', `spend profile: ${allowed(PROFILES)}`)
    .option('--distribution <name>', `workload mix: ${allowed(DISTRIBUTIONS)}`)
    .option('--focus-version <v>', `FOCUS version: ${allowed(FOCUS_VERSIONS)}`)
    .option('--datasets <list>', `datasets, comma-separated (default CostAndUsage; FOCUS 1.4 also BillingPeriod, InvoiceDetail; ContractCommitment not yet): ${allowed(DATASETS)}`, list)
    .option('--start-month <YYYY-MM>', 'first billing month')
    .option('--months <n>', 'number of billing months (1-36)', num('--months', true))
    .option('--granularity <g>', `charge period: ${allowed(GRANULARITIES)}`)
    .option('--rows <n>', 'exact rows per provider-month file (default: natural size of the estate)', num('--rows', true))
    .addOption(new Option('--row-count <n>', 'alias of --rows').argParser(num('--row-count', true)).hideHelp())
    .option('--currency <code>', `billing currency: ${allowed(BILLING_CURRENCIES)}`)
    .option('--seed <n>', 'random seed (same seed + scenario = same bytes)', num('--seed', true))
    .option('--now <timestamp>', 'reference time for CreationDate and manifests (YYYY-MM-DDTHH:mm:ssZ)')
    .option('--trend <scenario>', `monthly trend: ${allowed(TREND_SCENARIOS)}`)
    .option('--growth-rate <pct>', 'linear: percent growth per month', num('--growth-rate'))
    .option('--peak-multiplier <x>', 'seasonal: spend in peak months vs baseline', num('--peak-multiplier'))
    .option('--baseline-variation <pct>', 'seasonal: month-to-month variation in percent', num('--baseline-variation'))
    .option('--peak-months <list>', 'seasonal: calendar months 1-12 that peak, e.g. 11,12', (v) => list(v).map(num('--peak-months', true)))
    .option('--step-month <n>', 'stepChange: 1-based month of the step', num('--step-month', true))
    .option('--step-multiplier <x>', 'stepChange: spend ratio after the step', num('--step-multiplier'))
    .option('--anomaly-month <n>', 'anomaly: 1-based month of the anomaly', num('--anomaly-month', true))
    .option('--anomaly-multiplier <x>', 'anomaly: month total vs a normal month', num('--anomaly-multiplier'));
  for (const f of FEATURES) cmd.option(`--no-${f}`, `leave out ${f.replace(/-/g, ' ')}`);
  cmd
    .option('--format <f>', `file format: ${allowed(FORMATS)}`)
    .option('--layout <l>', `output layout: ${allowed(LAYOUTS)}`)
    .option('-o, --out <dest>', 'directory, s3://bucket/prefix, or - for stdout (CSV only)')
    .option('--export-name <name>', 'export name in aws-data-exports / azure-exports layouts')
    .option('--parquet-compression <c>', 'Parquet codec: snappy, zstd, none')
    .option('--parquet-numbers <n>', 'Parquet money/quantity type: decimal (DECIMAL(38,18)) or double')
    .option('--gzip-level <1-9>', 'CSV.gz deflate level (default 4: fast; 6 or 9: smaller, slower)', num('--gzip-level', true))
    .option('--max-rows-per-file <n>', 'split files into parts of at most this many rows', num('--max-rows-per-file', true))
    .option('--target-file-size <MB>', 'split files into parts of about this size', num('--target-file-size'))
    .option('--workers <n>', 'worker threads encoding files in parallel (bytes do not change)', num('--workers', true), 1)
    .option('--presign-expires <seconds>', 'S3: print presigned download URLs valid this long', num('--presign-expires', true))
    .option('--path-style', 'S3: path-style addressing (MinIO and similar)')
    .option('-q, --quiet', 'no progress bar and no summary')
    .addHelpText('after', EXAMPLES)
    .action(async (_opts: Record<string, unknown>, command: Command) => {
      await generateAction(command);
    });
}

async function loadConfig(path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`--config: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new UsageError(`--config: ${path} is not valid JSON or YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`--config: ${path} must hold a scenario object`);
  return mapSeedNames(data as Record<string, unknown>);
}

/** Flags given on the command line (not defaults) laid over the scenario object. */
export function applyFlags(base: Record<string, unknown>, cmd: Command): Record<string, unknown> {
  const o = cmd.opts<Record<string, unknown>>();
  const given = (k: string) => cmd.getOptionValueSource(k) === 'cli' && o[k] !== undefined;
  const s: Record<string, any> = structuredClone(base);
  const set = (obj: Record<string, any>, key: string, flag: string) => {
    if (given(flag)) obj[key] = o[flag];
  };
  for (const [key, flag] of [
    ['providers', 'providers'],
    ['profile', 'profile'],
    ['distribution', 'distribution'],
    ['focusVersion', 'focusVersion'],
    ['datasets', 'datasets'],
    ['startMonth', 'startMonth'],
    ['months', 'months'],
    ['granularity', 'granularity'],
    ['rowCount', 'rowCount'],
    ['rowCount', 'rows'],
    ['billingCurrency', 'currency'],
    ['seed', 'seed'],
    ['now', 'now'],
  ] as const)
    set(s, key, flag);
  const trendFlags = ['growthRate', 'peakMultiplier', 'baselineVariation', 'peakMonths', 'stepMonth', 'stepMultiplier', 'anomalyMonth', 'anomalyMultiplier'];
  if (given('trend') || trendFlags.some(given)) {
    s.trend = { ...(s.trend ?? {}), parameters: { ...(s.trend?.parameters ?? {}) } };
    set(s.trend, 'scenario', 'trend');
    for (const f of trendFlags) set(s.trend.parameters, f, f);
  }
  const features = FEATURES.map(camel).filter(given);
  if (features.length) {
    s.features = { ...(s.features ?? {}) };
    for (const f of features) s.features[f] = o[f];
  }
  s.output = { ...(s.output ?? {}) };
  for (const [key, flag] of [
    ['format', 'format'],
    ['layout', 'layout'],
    ['destination', 'out'],
    ['exportName', 'exportName'],
    ['parquetCompression', 'parquetCompression'],
    ['parquetNumbers', 'parquetNumbers'],
    ['gzipLevel', 'gzipLevel'],
    ['maxRowsPerFile', 'maxRowsPerFile'],
    ['targetFileSizeMb', 'targetFileSize'],
  ] as const)
    set(s.output, key, flag);
  return s;
}

function human(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i ? 1 : 0)} ${units[i]}`;
}

export function summaryText(r: RunResult): string {
  const secs = r.elapsedMs / 1000;
  const data = r.files.filter((f) => f.kind === 'data' || f.kind === 'archive');
  const lines = [
    `focusgen: wrote ${r.totalRows.toLocaleString('en-US')} rows in ${data.length} file(s), ${r.files.length} total, ${human(r.totalBytes)} in ${secs.toFixed(1)} s (${Math.round(r.totalRows / Math.max(secs, 0.001)).toLocaleString('en-US')} rows/s)`,
    `  destination: ${r.destination}  format: ${r.format}  layout: ${r.layout}  FOCUS ${r.plan.focusVersion}`,
    `  BilledCost total: ${r.summary.billedCost}  EffectiveCost total: ${r.summary.effectiveCost} ${r.plan.scenario.billingCurrency}`,
  ];
  for (const f of data.slice(0, 20)) lines.push(`  ${f.name}  ${f.rows.toLocaleString('en-US')} rows  ${human(f.bytes)}${f.url ? `\n    ${f.url}` : ''}`);
  if (data.length > 20) lines.push(`  ... and ${data.length - 20} more (see manifest.json)`);
  return lines.join('\n') + '\n';
}

async function generateAction(cmd: Command): Promise<void> {
  const o = cmd.opts<{ config?: string; workers: number; quiet?: boolean; presignExpires?: number; pathStyle?: boolean }>();
  const base = o.config ? await loadConfig(o.config) : {};
  const scenario: Scenario = normalizeScenario(applyFlags(base, cmd));
  if (o.workers < 1 || o.workers > 256) throw new UsageError(`--workers: must be between 1 and 256 (got ${o.workers})`);
  const destination = scenario.output.destination ?? 'out';
  const toStdout = destination === '-';
  const progress = createProgress({ quiet: o.quiet || toStdout });
  const controller = new AbortController();
  const onSignal = () => controller.abort(new Error('interrupted; partial output removed'));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const s3 = { ...s3OptionsFromEnv(), ...(o.pathStyle ? { forcePathStyle: true } : {}) };
    const result = await runGeneration(scenario, {
      destination,
      workers: o.workers,
      signal: controller.signal,
      s3,
      presignExpiresIn: o.presignExpires,
      onProgress: (p) => progress.update(p),
    });
    progress.stop();
    if (!o.quiet) (toStdout ? process.stderr : process.stdout).write(summaryText(result));
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
