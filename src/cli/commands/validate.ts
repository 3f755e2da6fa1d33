import type { Command } from 'commander';

// Placeholder: implemented by its issue.
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('(validate: not implemented yet)')
    .action(() => {
      process.stderr.write('focusgen validate: not implemented yet\n');
      process.exitCode = 1;
    });
}
