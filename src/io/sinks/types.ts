/**
 * A sink stores the files of one run. Files are written under temporary names (or uploaded and
 * tracked) and only `publish` makes them visible under their final names, so a run that fails or
 * is aborted can be discarded without leaving anything that looks complete.
 */
export interface SinkFile {
  /** `release`, when given, is called once the sink no longer reads `chunk` (see ByteOut). */
  write(chunk: Uint8Array, release?: () => void): void | Promise<void>;
  /** All bytes written; the file waits for `publish`. */
  close(): Promise<void>;
  /** Drop this file (temporary file removed, multipart upload aborted). */
  abort(): Promise<void>;
}

export interface Sink {
  readonly kind: 'local' | 's3' | 'stdout';
  /** Human-readable root (directory path or s3:// URL). */
  readonly root: string;
  /** Start a file at a '/'-separated path relative to the root. */
  create(relPath: string): Promise<SinkFile>;
  /** Make every closed file visible under its final name, in the order they were closed. */
  publish(): Promise<void>;
  /** Remove everything this run created (temporary and published files). */
  discard(): Promise<void>;
  /** Store a small in-memory file in one request (retried where the sink can). */
  put?(relPath: string, body: Uint8Array | string): Promise<void>;
  /** A download URL for a published file (S3: presigned GET), when the sink has one. */
  url?(relPath: string, expiresInSeconds: number): Promise<string>;
}
