import type { Command } from 'commander';

// Placeholder: implemented by its issue.
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('(serve: not implemented yet)')
    .action(() => {
      process.stderr.write('focusgen serve: not implemented yet\n');
      process.exitCode = 1;
    });
}
