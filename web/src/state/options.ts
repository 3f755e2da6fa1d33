/**
 * Display data for the form: profile and distribution cards, provider labels, and the trend
 * parameters with the ranges the scenario schema enforces (TrendParametersSchema). Typed data.
 */
import type { Profile, Distribution } from '../../../src/core/scenario/index.js';
import { TREND_SCENARIOS } from '../../../src/core/scenario/index.js';
import type { ProviderId } from '../../../src/core/catalogs/types.js';

export type TrendScenario = (typeof TREND_SCENARIOS)[number];

export const PROVIDER_LABELS: Record<ProviderId, string> = {
  aws: 'Amazon Web Services',
  azure: 'Microsoft Azure',
  gcp: 'Google Cloud',
};

/** Spend per provider-month each profile models (USD). */
export const PROFILE_INFO: Record<Profile, { spend: string; blurb: string }> = {
  Greenfield: { spend: '$10k – $50k / month', blurb: 'A young cloud estate: a few accounts, a handful of teams.' },
  'Large Business': { spend: '$100k – $250k / month', blurb: 'Many accounts and teams, commitments in place.' },
  Enterprise: { spend: '$500k – $2M / month', blurb: 'Hundreds of accounts, heavy commitments, long tail of services.' },
};

export const DISTRIBUTION_INFO: Record<Distribution, string> = {
  'Evenly Distributed': 'Balanced mix of compute, storage, databases and networking.',
  'ML-Focused': 'GPU instances, managed ML platforms and training storage dominate.',
  'Data-Intensive': 'Warehouses, analytics engines, object storage and data transfer.',
  'Media-Intensive': 'Transcoding, CDN egress and large object storage.',
};

export const TREND_INFO: Record<TrendScenario, string> = {
  none: 'Steady spend with natural weekly rhythm.',
  linear: 'Spend grows (or shrinks) by a fixed percent each month.',
  seasonal: 'Peak months well above a varying baseline.',
  stepChange: 'Spend jumps to a new level from one month on.',
  anomaly: 'One month carries an unexpected spike, labelled as ground truth.',
};

export type TrendParamName =
  | 'growthRate'
  | 'peakMultiplier'
  | 'baselineVariation'
  | 'peakMonths'
  | 'stepMonth'
  | 'stepMultiplier'
  | 'anomalyMonth'
  | 'anomalyMultiplier';

export interface TrendParam {
  name: TrendParamName;
  label: string;
  kind: 'number' | 'integer' | 'months';
  min: number;
  max: number;
  step: number;
  /** The seed's default, shown as placeholder and applied by the library when left empty. */
  placeholder: string;
  unit?: string;
}

export const TREND_PARAMS: Record<TrendScenario, TrendParam[]> = {
  none: [],
  linear: [{ name: 'growthRate', label: 'Growth per month', kind: 'number', min: -50, max: 200, step: 1, placeholder: '10', unit: '%' }],
  seasonal: [
    { name: 'peakMultiplier', label: 'Peak multiplier', kind: 'number', min: 0.1, max: 20, step: 0.1, placeholder: '2.5', unit: '×' },
    { name: 'baselineVariation', label: 'Baseline variation', kind: 'number', min: 0, max: 50, step: 1, placeholder: '10', unit: '%' },
    { name: 'peakMonths', label: 'Peak months (1–12, comma separated)', kind: 'months', min: 1, max: 12, step: 1, placeholder: '11, 12' },
  ],
  stepChange: [
    { name: 'stepMonth', label: 'Step at month', kind: 'integer', min: 1, max: 36, step: 1, placeholder: '4' },
    { name: 'stepMultiplier', label: 'Step multiplier', kind: 'number', min: 0.1, max: 20, step: 0.1, placeholder: '2', unit: '×' },
  ],
  anomaly: [
    { name: 'anomalyMonth', label: 'Anomaly in month', kind: 'integer', min: 1, max: 36, step: 1, placeholder: '6' },
    { name: 'anomalyMultiplier', label: 'Anomaly multiplier', kind: 'number', min: 1, max: 100, step: 1, placeholder: '10', unit: '×' },
  ],
};

export const FORMAT_LABELS: Record<string, string> = {
  csv: 'CSV',
  'csv.gz': 'CSV (gzip)',
  parquet: 'Parquet',
  jsonl: 'JSON Lines',
};

export const LAYOUT_LABELS: Record<string, string> = {
  flat: 'Flat files',
  zip: 'ZIP archive',
  hive: 'Hive partitions',
  'aws-data-exports': 'AWS Data Exports',
  'azure-exports': 'Azure Cost Management export',
};
