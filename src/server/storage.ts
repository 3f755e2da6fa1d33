/**
 * Result storage and download links. Local disk under DATA_DIR with HMAC-signed expiring links
 * (SECRET_KEY) is the embedded default. Links name a (kind, id, file) triple, never a path; the
 * path is rebuilt on the server and must stay inside its directory.
 *
 * S3 presigned links: the `LinkSigner` interface is the seam. src/io owns the S3 client (issue 4);
 * until it offers a presign function the server signs local links even when S3_BUCKET_NAME is
 * set (and says so in the startup log).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { jobDir } from '../jobs/execute.js';

/** results: a synchronous /generate-cur output; jobs: a job file; jobzip: a job's files zipped on the fly. */
export type LinkKind = 'results' | 'jobs' | 'jobzip';

export interface LinkTarget {
  kind: LinkKind;
  id: string;
  /** File name relative to the result directory ('' for jobzip). */
  file: string;
  expiresAt: number;
}

export interface LinkSigner {
  /** A URL (absolute or server-relative) the client can GET until `ttlMs` has passed. */
  link(kind: LinkKind, id: string, file: string, ttlMs: number): string;
}

const ID = /^[A-Za-z0-9-]{1,64}$/;
// relative names as writers produce them (flat, zip, hive "k=v/" directories); no "..", no absolute
const FILE = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9_=][A-Za-z0-9._=/-]{0,511}$/;

export class LocalStorage implements LinkSigner {
  readonly root: string;
  constructor(
    dataDir: string,
    private readonly secret: string,
    private readonly publicUrl = '',
  ) {
    this.root = resolve(dataDir);
  }

  resultDir(id: string): string {
    return join(this.root, 'results', id);
  }

  jobDir(id: string): string {
    return jobDir(this.root, id);
  }

  link(kind: LinkKind, id: string, file: string, ttlMs: number): string {
    return `${this.publicUrl}/api/v1/downloads/${this.sign({ kind, id, file, expiresAt: Math.floor((Date.now() + ttlMs) / 1000) })}`;
  }

  sign(t: LinkTarget): string {
    const payload = Buffer.from(JSON.stringify([t.kind, t.id, t.file, t.expiresAt])).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** The target of a token, or a reason it is refused. */
  verify(token: string, now = Date.now()): LinkTarget | { refused: 'invalid' | 'expired' } {
    const dot = token.lastIndexOf('.');
    if (dot <= 0 || token.length > 2048) return { refused: 'invalid' };
    const payload = token.slice(0, dot);
    const given = Buffer.from(token.slice(dot + 1), 'base64url');
    const want = Buffer.from(this.mac(payload), 'base64url');
    if (given.length !== want.length || !timingSafeEqual(given, want)) return { refused: 'invalid' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return { refused: 'invalid' };
    }
    if (!Array.isArray(parsed) || parsed.length !== 4) return { refused: 'invalid' };
    const [kind, id, file, expiresAt] = parsed as [unknown, unknown, unknown, unknown];
    if (kind !== 'results' && kind !== 'jobs' && kind !== 'jobzip') return { refused: 'invalid' };
    if (typeof id !== 'string' || !ID.test(id) || typeof file !== 'string' || typeof expiresAt !== 'number') return { refused: 'invalid' };
    if (kind !== 'jobzip' && !FILE.test(file)) return { refused: 'invalid' };
    if (expiresAt * 1000 < now) return { refused: 'expired' };
    return { kind, id, file, expiresAt };
  }

  /** Absolute path of a link target's file, guaranteed inside its result directory. */
  pathOf(t: LinkTarget): string | undefined {
    const dir = t.kind === 'results' ? this.resultDir(t.id) : this.jobDir(t.id);
    const full = resolve(dir, t.file);
    return full.startsWith(dir + sep) ? full : undefined;
  }

  /** Delete synchronous results older than the cutoff (job files go with their records). */
  async cleanupResults(olderThan: number): Promise<number> {
    const base = join(this.root, 'results');
    let removed = 0;
    for (const name of await readdir(base).catch(() => [] as string[])) {
      const dir = join(base, name);
      const s = await stat(dir).catch(() => undefined);
      if (s && s.mtimeMs < olderThan) {
        await rm(dir, { recursive: true, force: true });
        removed++;
      }
    }
    return removed;
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
