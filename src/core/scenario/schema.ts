/**
 * The scenario: one validated description of what to generate. CLI flags, config files, the HTTP
 * body and the web form all map onto it. Seed-compatible names (`row_count`, `multi_month`,
 * `trend_options`) are accepted by `normalizeScenarioInput` and mapped onto these fields.
 */
import { z } from 'zod';

export const FOCUS_VERSIONS = ['1.0', '1.1', '1.2', '1.3', '1.4'] as const;
export const PROFILES = ['Greenfield', 'Large Business', 'Enterprise'] as const;
export const DISTRIBUTIONS = ['Evenly Distributed', 'ML-Focused', 'Data-Intensive', 'Media-Intensive'] as const;
export const GRANULARITIES = ['hourly', 'daily', 'monthly'] as const;
export const TREND_SCENARIOS = ['none', 'linear', 'seasonal', 'stepChange', 'anomaly'] as const;
export const DATASETS = ['CostAndUsage', 'ContractCommitment', 'BillingPeriod', 'InvoiceDetail'] as const;
export const FORMATS = ['csv', 'csv.gz', 'parquet', 'jsonl'] as const;
export const LAYOUTS = ['flat', 'zip', 'hive', 'aws-data-exports', 'azure-exports'] as const;
export const BILLING_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'INR', 'CHF', 'BRL', 'SEK'] as const;

/** Largest row count per provider-month file (one file can hold a billion rows; parts split it). */
export const MAX_ROW_COUNT = 2_000_000_000;
export const MAX_MONTHS = 36;

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM, e.g. 2025-01');

export const TrendParametersSchema = z
  .object({
    /** linear: percent growth per month (seed default 10). */
    growthRate: z.number().min(-50).max(200).optional(),
    /** seasonal: spend in peak months relative to the baseline (seed default 2.5). */
    peakMultiplier: z.number().min(0.1).max(20).optional(),
    /** seasonal: random month-to-month variation in percent (seed default 10). */
    baselineVariation: z.number().min(0).max(50).optional(),
    /** seasonal: calendar months (1-12) that peak; default November and December. */
    peakMonths: z.array(z.number().int().min(1).max(12)).max(12).optional(),
    /** stepChange: 1-based month where the step happens (seed default 4). */
    stepMonth: z.number().int().min(1).max(MAX_MONTHS).optional(),
    /** stepChange: spend ratio after the step (seed default 2.0). */
    stepMultiplier: z.number().min(0.1).max(20).optional(),
    /** anomaly: 1-based month of the anomaly (seed default 6). */
    anomalyMonth: z.number().int().min(1).max(MAX_MONTHS).optional(),
    /** anomaly: month total relative to a normal month (seed default 10). */
    anomalyMultiplier: z.number().min(1).max(100).optional(),
  })
  .strict();

export const TrendSchema = z
  .object({
    scenario: z.enum(TREND_SCENARIOS).default('none'),
    parameters: TrendParametersSchema.default({}),
  })
  .strict();

export const FeaturesSchema = z
  .object({
    commitments: z.boolean().default(true),
    negotiatedDiscounts: z.boolean().default(true),
    spot: z.boolean().default(true),
    taxes: z.boolean().default(true),
    credits: z.boolean().default(true),
    refunds: z.boolean().default(true),
    support: z.boolean().default(true),
    marketplace: z.boolean().default(true),
    corrections: z.boolean().default(true),
    /** Provider-specific `x_` columns (x_ServiceCode, x_ResourceGroupName, ...). */
    providerColumns: z.boolean().default(true),
  })
  .strict();

export const OutputSchema = z
  .object({
    format: z.enum(FORMATS).default('csv'),
    layout: z.enum(LAYOUTS).default('flat'),
    /** Directory path, file: URL or s3://bucket/prefix. Faces choose a default. */
    destination: z.string().min(1).max(1024).optional(),
    maxRowsPerFile: z.number().int().min(1).max(MAX_ROW_COUNT).optional(),
    targetFileSizeMb: z.number().min(1).max(100_000).optional(),
    parquetCompression: z.enum(['snappy', 'zstd', 'none']).default('snappy'),
    /**
     * CSV.gz deflate level. 4 keeps compression off the critical path (~150 MB/s, files ~9% larger
     * than level 6, which runs at ~80 MB/s and caps generation below 100k rows/s).
     */
    gzipLevel: z.number().int().min(1).max(9).default(4),
    /** How Parquet stores money and quantities (Azure exports DECIMAL, AWS DOUBLE). */
    parquetNumbers: z.enum(['decimal', 'double']).default('double'),
    exportName: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, - and _ (max 64)').optional(),
  })
  .strict();

export const ScenarioSchema = z
  .object({
    focusVersion: z.enum(FOCUS_VERSIONS).default('1.2'),
    /**
     * FOCUS datasets to generate: CostAndUsage; with FOCUS 1.4 also BillingPeriod and InvoiceDetail
     * (derived from the same charges, so they reconcile). ContractCommitment is refused for now.
     */
    datasets: z.array(z.enum(DATASETS)).min(1).default(['CostAndUsage']),
    providers: z
      .array(z.enum(['aws', 'azure', 'gcp']))
      .min(1)
      .max(3)
      .refine((a) => new Set(a).size === a.length, 'providers must not repeat')
      .default(['aws']),
    profile: z.enum(PROFILES).default('Greenfield'),
    distribution: z.enum(DISTRIBUTIONS).default('Evenly Distributed'),
    startMonth: month.default('2025-01'),
    months: z.number().int().min(1).max(MAX_MONTHS).default(1),
    granularity: z.enum(GRANULARITIES).default('daily'),
    /** Exact rows per provider-month file; omitted: natural size from estate x time. */
    rowCount: z.number().int().min(1).max(MAX_ROW_COUNT).optional(),
    billingCurrency: z.enum(BILLING_CURRENCIES).default('USD'),
    seed: z.number().int().min(0).max(2 ** 32 - 1).default(42),
    trend: TrendSchema.default({ scenario: 'none', parameters: {} }),
    features: FeaturesSchema.default(FeaturesSchema.parse({})),
    output: OutputSchema.default(OutputSchema.parse({})),
    /** Reference time ("now") for metadata such as CreationDate; ISO UTC. Default: end of the window. */
    now: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'must be YYYY-MM-DDTHH:mm:ssZ')
      .optional(),
  })
  .strict();

export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Scenario = z.output<typeof ScenarioSchema>;
export type FocusVersion = (typeof FOCUS_VERSIONS)[number];
export type Profile = (typeof PROFILES)[number];
export type Distribution = (typeof DISTRIBUTIONS)[number];
export type Granularity = (typeof GRANULARITIES)[number];
export type DatasetName = (typeof DATASETS)[number];
