/**
 * Local directory sink: every file is written as `.<name>.<tag>.partial` beside its final name
 * and renamed on publish (rename is atomic within one file system).
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname, join, basename, resolve } from 'node:path';
import type { Sink, SinkFile } from './types.js';
import { nextTurn, waitDrain } from '../backpressure.js';

const WRITE_BUFFER = 2 * 1024 * 1024;

export class LocalSink implements Sink {
  readonly kind = 'local' as const;
  readonly root: string;
  private readonly tag = randomUUID().slice(0, 8);
  private readonly closed: { tmp: string; final: string }[] = [];
  private readonly open = new Set<string>();
  private readonly published: string[] = [];

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  async create(relPath: string): Promise<SinkFile> {
    const final = join(this.root, ...relPath.split('/'));
    const tmp = join(dirname(final), `.${basename(final)}.${this.tag}.partial`);
    await mkdir(dirname(final), { recursive: true });
    // One chunk in flight while the next is built; larger buffers measured slower (8 MB: +40% time).
    const ws = createWriteStream(tmp, { highWaterMark: WRITE_BUFFER });
    this.open.add(tmp);
    let error: Error | undefined;
    ws.on('error', (e) => (error ??= e));
    return {
      write: (chunk, release) => {
        if (error) throw error;
        return ws.write(chunk, release && (() => release())) ? nextTurn() : waitDrain(ws);
      },
      close: async () => {
        await new Promise<void>((res, rej) => ws.end((e?: Error | null) => (e ? rej(e) : res())));
        if (error) throw error;
        this.open.delete(tmp);
        this.closed.push({ tmp, final });
      },
      abort: async () => {
        ws.destroy();
        this.open.delete(tmp);
        await rm(tmp, { force: true });
      },
    };
  }

  async publish(): Promise<void> {
    while (this.closed.length) {
      const f = this.closed.shift()!;
      await rename(f.tmp, f.final);
      this.published.push(f.final);
    }
  }

  async discard(): Promise<void> {
    const all = [...this.open, ...this.closed.map((f) => f.tmp), ...this.published];
    this.open.clear();
    this.closed.length = 0;
    this.published.length = 0;
    await Promise.all(all.map((p) => rm(p, { force: true })));
  }
}
