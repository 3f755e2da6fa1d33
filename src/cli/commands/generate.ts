import type { Command } from 'commander';

// Placeholder: implemented by its issue.
export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('(generate: not implemented yet)')
    .action(() => {
      process.stderr.write('focusgen generate: not implemented yet\n');
      process.exitCode = 1;
    });
}
