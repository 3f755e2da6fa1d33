#!/usr/bin/env node
/**
 * focusgen: a thin face over the library. Each sub-command lives in commands/<name>.ts and maps
 * flags onto library options; errors become one clear message and an exit code, never a stack.
 */
import { Command, CommanderError } from 'commander';
import { ScenarioError } from '../core/scenario/errors.js';
import { registerGenerate } from './commands/generate.js';
import { registerValidate } from './commands/validate.js';
import { registerServe } from './commands/serve.js';
import { registerWorker } from './commands/worker.js';
import { UsageError, reportError } from './errors.js';

export function buildProgram(): Command {
  const program = new Command('focusgen')
    .description('Generate, validate and serve synthetic FinOps FOCUS cost and usage data (FOCUS 1.0-1.4; AWS, Azure, GCP).')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerGenerate(program);
  registerValidate(program);
  registerServe(program);
  registerWorker(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; everything else commander rejects is a usage error
      return err.exitCode === 0 ? 0 : 2;
    }
    return reportError(err);
  }
}

export { UsageError, ScenarioError };

const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/bin.js') || process.argv[1]?.endsWith('/bin.ts');
if (isMain) {
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
