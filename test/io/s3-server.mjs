// Child process: an S3-protocol server (s3rver) on loopback; prints its port, runs until killed.
import process from 'node:process';
import S3rver from 's3rver';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const directory = process.argv[2] || mkdtempSync(join(tmpdir(), 's3rver-'));
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory,
  configureBuckets: [{ name: 'focus-test' }],
});
const { port } = await server.run();
process.stdout.write(JSON.stringify({ port, directory }) + '\n');
