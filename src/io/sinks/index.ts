import { LocalSink } from './local.js';
import type { S3SinkOptions } from './s3-options.js';
import { StdoutSink } from './stdout.js';
import type { Sink } from './types.js';

export type { Sink, SinkFile } from './types.js';
export { LocalSink, StdoutSink };
export { s3OptionsFromEnv, parseS3Url, type S3SinkOptions } from './s3-options.js';

/**
 * Destination text -> sink: `-` is stdout, `s3://bucket/prefix` S3, `file:` URLs and paths a
 * directory. The S3 sink (and the AWS SDK) is loaded only when an s3:// destination is used.
 */
export async function openSink(destination: string, opts: { s3?: S3SinkOptions; stdout?: NodeJS.WritableStream } = {}): Promise<Sink> {
  if (destination === '-') return new StdoutSink(opts.stdout);
  if (destination.startsWith('s3://')) {
    const { S3Sink } = await import('./s3.js');
    return new S3Sink(destination, opts.s3);
  }
  if (destination.startsWith('file://')) return new LocalSink(new URL(destination).pathname);
  if (destination.startsWith('file:')) return new LocalSink(destination.slice(5));
  return new LocalSink(destination);
}
