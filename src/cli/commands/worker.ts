import type { Command } from 'commander';

// Placeholder: implemented by its issue.
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('(worker: not implemented yet)')
    .action(() => {
      process.stderr.write('focusgen worker: not implemented yet\n');
      process.exitCode = 1;
    });
}
