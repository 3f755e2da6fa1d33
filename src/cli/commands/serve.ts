import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../server/config.js';
import { UsageError } from '../errors.js';

/** `focusgen serve`: the HTTP API and web UI. Configuration comes from the environment (seed names). */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Run the HTTP API and web UI (config from env: API_HOST, API_PORT, REDIS_URL, SECRET_KEY, DATA_DIR, ...)')
    .option('--host <host>', 'listen address (overrides API_HOST)')
    .option('--port <port>', 'listen port (overrides API_PORT)')
    .action(async (opts: { host?: string; port?: string }) => {
      const env = { ...process.env };
      if (opts.host) env.API_HOST = opts.host;
      if (opts.port) env.API_PORT = opts.port;
      let config;
      try {
        config = loadConfig(env);
      } catch (err) {
        if (err instanceof ConfigError) throw new UsageError(err.message);
        throw err;
      }
      const { startServer } = await import('../../server/server.js');
      await startServer(config);
    });
}
