import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { DatasetName, Semantics } from '../../validate/index.js';
import { DATASETS } from '../../core/scenario/schema.js';
import { UsageError } from '../errors.js';

interface ValidateFlags {
  focusVersion?: string;
  dataset?: DatasetName;
  model?: string;
  semantics: Semantics;
  criteria?: string;
  format: 'console' | 'json' | 'junit';
  output?: string;
  samples: string;
  invoiceDetail?: string[];
  verbose?: boolean;
}

/** focusgen validate <paths...>: exit 0 = pass, 1 = a MUST rule or an extra check failed, 2 = usage error. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('Validate FOCUS data (CSV, CSV.gz, Parquet; files, folders of parts or globs) against the FOCUS requirements model')
    .argument('<paths...>', 'files, folders or globs forming one dataset')
    .addOption(new Option('--focus-version <version>', 'FOCUS version (default: inferred from the columns)').choices(['1.0', '1.1', '1.2', '1.3', '1.4']))
    .addOption(new Option('--dataset <name>', 'dataset (default: inferred from the columns)').choices([...DATASETS]))
    .option('--model <file>', 'requirements model model-<version>.json (default: FOCUS_MODELS_DIR, ../shared/focus-models, ~/.cache/focusgen/models)')
    .addOption(new Option('--semantics <mode>', 'spec: the spec meaning; official: predict the official validator').choices(['spec', 'official']).default('spec'))
    .option('--criteria <list>', 'applicability criteria: ALL or a comma-separated list (default: none)')
    .addOption(new Option('--format <format>', 'report format').choices(['console', 'json', 'junit']).default('console'))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--samples <n>', 'violating rows shown per failing rule', '5')
    .option('--invoice-detail <paths...>', 'InvoiceDetail files (1.4) to reconcile BilledCost per invoice against')
    .option('--verbose', 'also list model defects')
    .action(async (paths: string[], flags: ValidateFlags) => {
      const samples = Number(flags.samples);
      if (!Number.isInteger(samples) || samples < 0 || samples > 1000) throw new UsageError(`--samples must be an integer 0-1000, got "${flags.samples}"`);
      const criteria = flags.criteria === undefined ? undefined : flags.criteria.trim().toUpperCase() === 'ALL' ? ('ALL' as const) : flags.criteria.split(',').map((s) => s.trim()).filter(Boolean);
      // Loaded on use: the validator brings DuckDB, which other commands do not need in memory.
      const { ValidationInputError, formatConsole, formatJson, formatJunit, validate } = await import('../../validate/index.js');
      try {
        const report = await validate(
          { paths },
          { focusVersion: flags.focusVersion, dataset: flags.dataset, model: flags.model, semantics: flags.semantics, criteria, sampleLimit: samples, invoiceDetail: flags.invoiceDetail },
        );
        const text = flags.format === 'json' ? formatJson(report) : flags.format === 'junit' ? formatJunit(report) : formatConsole(report, { verbose: flags.verbose });
        if (flags.output) {
          await writeFile(flags.output, text);
          process.stderr.write(`${report.ok ? 'PASS' : 'FAIL'}: ${report.summary.failed} failed rule(s), ${report.summary.extraFailed} failed extra check(s); report written to ${flags.output}\n`);
        } else process.stdout.write(text);
        process.exitCode = report.ok ? 0 : 1;
      } catch (err) {
        if (err instanceof ValidationInputError) throw new UsageError(err.message);
        throw err;
      }
    });
}
