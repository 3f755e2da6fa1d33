/**
 * S3 destination options and URL parsing, kept apart from the SDK-backed sink so that faces can
 * read them without loading the AWS SDK (it is loaded only when an s3:// destination is used).
 */
export interface S3SinkOptions {
  endpoint?: string;
  region?: string;
  /** Path-style URLs (http://host/bucket/key), needed by MinIO-like servers. */
  forcePathStyle?: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Attempts per request (SDK-level for upload parts, cockatiel-level for single PUTs). */
  maxAttempts?: number;
  /** First retry delay in ms; later ones grow exponentially with jitter. */
  retryBaseDelayMs?: number;
  /** Multipart part size in bytes (>= 5 MiB). */
  partSize?: number;
}

/** Read the standard AWS environment (faces call this; the library itself reads no env). */
export function s3OptionsFromEnv(env: NodeJS.ProcessEnv = process.env): S3SinkOptions {
  const flag = (v: string | undefined) => v !== undefined && /^(1|true|yes)$/i.test(v);
  return {
    endpoint: env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || env.S3_ENDPOINT || undefined,
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined,
    forcePathStyle: flag(env.S3_FORCE_PATH_STYLE) || flag(env.AWS_S3_FORCE_PATH_STYLE) || undefined,
  };
}

export function parseS3Url(url: string): { bucket: string; prefix: string } {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
  if (!m) throw new Error(`destination ${JSON.stringify(url)} is not an S3 URL; allowed: s3://bucket[/prefix]`);
  const prefix = (m[2] ?? '').replace(/^\/+|\/+$/g, '');
  return { bucket: m[1], prefix: prefix ? prefix + '/' : '' };
}
