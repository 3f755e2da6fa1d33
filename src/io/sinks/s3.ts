/**
 * S3-compatible sink: data streams up as multipart uploads (@aws-sdk/lib-storage); small files
 * (manifests, checksums) are single PUTs retried with exponential backoff and jitter; a circuit
 * breaker (cockatiel) stops hammering a store that keeps failing. S3 has no rename, so objects
 * land under their final keys and completion is marked by writing SHA256SUMS and manifests last;
 * a failed run deletes what it uploaded.
 */
import { PassThrough } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ConsecutiveBreaker, ExponentialBackoff, circuitBreaker, handleAll, retry, wrap, BrokenCircuitError, type IPolicy } from 'cockatiel';
import type { Sink, SinkFile } from './types.js';
import { parseS3Url, type S3SinkOptions } from './s3-options.js';

export { s3OptionsFromEnv, parseS3Url, type S3SinkOptions } from './s3-options.js';

export class S3Sink implements Sink {
  readonly kind = 's3' as const;
  readonly root: string;
  readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly policy: IPolicy;
  private readonly breaker: IPolicy;
  private readonly uploaded: string[] = [];
  private readonly open = new Set<Upload>();
  private readonly partSize: number;

  constructor(url: string, opts: S3SinkOptions = {}) {
    const { bucket, prefix } = parseS3Url(url);
    this.bucket = bucket;
    this.prefix = prefix;
    this.root = `s3://${bucket}/${prefix}`;
    this.partSize = Math.max(opts.partSize ?? 8 * 1024 * 1024, 5 * 1024 * 1024);
    this.client = new S3Client({
      endpoint: opts.endpoint,
      region: opts.region ?? 'us-east-1',
      forcePathStyle: opts.forcePathStyle,
      credentials: opts.credentials,
      maxAttempts: opts.maxAttempts ?? 3,
      // S3-compatible servers often lack the newer default checksums; send them only when required.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    const retries = retry(handleAll, {
      maxAttempts: Math.max(0, (opts.maxAttempts ?? 3) - 1),
      backoff: new ExponentialBackoff({ initialDelay: opts.retryBaseDelayMs ?? 200, maxDelay: 10_000 }),
    });
    this.breaker = circuitBreaker(handleAll, { halfOpenAfter: 15_000, breaker: new ConsecutiveBreaker(5) });
    // The breaker sits inside the retries, so a storm of retried failures trips it.
    this.policy = wrap(retries, this.breaker);
  }

  private key(relPath: string): string {
    return this.prefix + relPath;
  }

  private describe(e: unknown, key: string): Error {
    if (e instanceof BrokenCircuitError) return new Error(`S3 store ${this.root} keeps failing; circuit open, not trying ${key}`);
    const msg = e instanceof Error ? e.message || e.name : String(e);
    return new Error(`S3 upload of s3://${this.bucket}/${key} failed: ${msg}`);
  }

  async create(relPath: string): Promise<SinkFile> {
    const key = this.key(relPath);
    const body = new PassThrough({ highWaterMark: this.partSize });
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body },
      partSize: this.partSize,
      queueSize: 2,
      leavePartsOnError: false,
    });
    this.open.add(upload);
    let failure: Error | undefined;
    // Only the breaker guards a streaming upload: a consumed stream cannot be replayed, so the
    // retries of its parts are the SDK's own (maxAttempts, exponential backoff with jitter).
    const done = this.breaker
      .execute(() => upload.done())
      .catch((e: unknown) => {
        failure = this.describe(e, key);
        body.destroy();
      });
    return {
      write: (chunk) => {
        if (failure) throw failure;
        if (!body.write(chunk)) {
          // A failed upload destroys the body, which closes it: that ends the wait with the error.
          return new Promise<void>((res, rej) => {
            const onDrain = () => {
              body.off('close', onClose);
              res();
            };
            const onClose = () => {
              body.off('drain', onDrain);
              // The SDK may close the body before its promise settles with the cause; wait for it.
              void done.then(() => rej(failure ?? new Error(`S3 upload of s3://${this.bucket}/${key} stopped`)));
            };
            body.once('drain', onDrain);
            body.once('close', onClose);
          });
        }
      },
      close: async () => {
        body.end();
        await done;
        this.open.delete(upload);
        if (failure) throw failure;
        this.uploaded.push(key);
      },
      abort: async () => {
        this.open.delete(upload);
        await upload.abort().catch(() => {});
        body.destroy();
      },
    };
  }

  /** Upload a small object in one PUT, retried (the body is in memory, so replay is safe). */
  async put(relPath: string, body: Uint8Array | string): Promise<void> {
    const key = this.key(relPath);
    try {
      await this.policy.execute(() => this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body })));
    } catch (e) {
      throw this.describe(e, key);
    }
    this.uploaded.push(key);
  }

  async publish(): Promise<void> {}

  async discard(): Promise<void> {
    await Promise.all([...this.open].map((u) => u.abort().catch(() => {})));
    this.open.clear();
    const keys = this.uploaded.splice(0);
    // Best effort: the store may be the thing that failed.
    await Promise.all(keys.map((Key) => this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key })).catch(() => {})));
  }

  async url(relPath: string, expiresInSeconds: number): Promise<string> {
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucket, Key: this.key(relPath) }), { expiresIn: expiresInSeconds });
  }

  destroy(): void {
    this.client.destroy();
  }
}
