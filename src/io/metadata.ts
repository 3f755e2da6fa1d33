/**
 * The FOCUS schema metadata document written beside every dataset (FOCUS "Metadata" section:
 * SchemaId, FocusVersion, CreationDate, DataGenerator, ColumnDefinition with data types and the
 * Tags column's ProviderTagPrefixes).
 */
import { createHash } from 'node:crypto';
import type { ColumnSpec } from '../core/focus/columns.js';
import type { Scenario } from '../core/scenario/schema.js';
import { DECIMAL_PRECISION, DECIMAL_SCALE } from './formats/parquet.js';

export const GENERATOR_NAME = 'focus-generator';
/** Kept in step with package.json by hand: reading the file at run time breaks from dist/. */
export const GENERATOR_VERSION = '0.1.0';

/** Prefixes providers put on the tags they set themselves (users' own tags have none). */
const TAG_PREFIXES: Record<string, string[]> = {
  aws: ['aws:'],
  azure: ['microsoft:', 'ms-resource-usage'],
  gcp: ['goog-'],
};

const DATA_TYPE = { string: 'STRING', decimal: 'DECIMAL', datetime: 'DATETIME', json: 'JSON' } as const;

export interface MetadataOptions {
  scenario: Scenario;
  dataset: string;
  providers: string[];
  columns: ColumnSpec[];
  creationDate: string;
  /** Whether numbers are stored as DECIMAL(38,18) (Parquet decimal mode). */
  fixedDecimals: boolean;
}

export function focusMetadata(o: MetadataOptions): Record<string, unknown> {
  const fingerprint = createHash('sha256')
    .update(o.columns.map((c) => `${c.name}:${c.type}`).join(','))
    .digest('hex')
    .slice(0, 12);
  const prefixes = [...new Set(o.providers.flatMap((p) => TAG_PREFIXES[p] ?? []))];
  return {
    SchemaId: `${GENERATOR_NAME}-${o.scenario.focusVersion}-${o.dataset}-${fingerprint}`,
    FocusVersion: o.scenario.focusVersion,
    CreationDate: o.creationDate,
    DataGenerator: GENERATOR_NAME,
    DataGeneratorVersion: GENERATOR_VERSION,
    Dataset: o.dataset,
    ColumnDefinition: o.columns.map((c) => {
      const def: Record<string, unknown> = { ColumnName: c.name, DataType: DATA_TYPE[c.type] };
      if (c.type === 'string' || c.type === 'json') def.StringEncoding = 'UTF-8';
      if (c.type === 'decimal' && o.fixedDecimals) {
        def.NumericPrecision = DECIMAL_PRECISION;
        def.NumberScale = DECIMAL_SCALE;
      }
      if (c.name === 'Tags') def.ProviderTagPrefixes = prefixes;
      return def;
    }),
  };
}

/** Key-value metadata stored in every Parquet footer, naming the FOCUS version and the generator. */
export function parquetFocusMetadata(focusVersion: string, creationDate: string): Record<string, string> {
  return {
    FocusVersion: focusVersion,
    DataGenerator: GENERATOR_NAME,
    DataGeneratorVersion: GENERATOR_VERSION,
    CreationDate: creationDate,
  };
}
