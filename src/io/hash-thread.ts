/**
 * SHA-256 of output files computed on a helper thread. Hashing every byte on the main thread
 * cost ~9% of CSV generation time; the thread hashes while the main thread generates. Each chunk
 * is copied at write time (a writer may reuse its buffer once write returns) into a buffer that
 * is transferred to the thread and transferred back after hashing, so a few buffers circulate:
 * neither a shared buffer nor one left to the thread's lazy GC is kept alive (both were measured
 * to grow memory by 80 MB to 800 MB over a 1M-row file).
 */
import { Worker } from 'node:worker_threads';

// Plain CommonJS evaluated in the worker: no file to resolve under tsx or from dist.
const SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const hashes = new Map();
parentPort.on('message', (m) => {
  if (m.op === 'update') {
    let h = hashes.get(m.id);
    if (!h) hashes.set(m.id, (h = createHash('sha256')));
    h.update(new Uint8Array(m.buf, 0, m.len));
    parentPort.postMessage({ op: 'free', buf: m.buf }, [m.buf]);
  } else {
    const h = hashes.get(m.id) || createHash('sha256');
    hashes.delete(m.id);
    parentPort.postMessage({ op: 'digest', id: m.id, digest: h.digest('hex') });
  }
});
`;

interface Waiter {
  resolve(hex: string): void;
  reject(e: Error): void;
}

const POOLED_BYTES = 1 << 20;
const POOL_MAX = 8;
const pool: ArrayBuffer[] = [];

/** One checksum thread; `failure` is set when it died, so later calls fail instead of waiting forever. */
interface Thread {
  w: Worker;
  failure?: Error;
}

let current: Thread | undefined;
let nextId = 1;
const waiting = new Map<number, Waiter>();

function thread(): Thread {
  if (current && !current.failure) return current;
  // execArgv: [] - the parent's flags (e.g. --input-type=module) must not change how this
  // CommonJS source is read.
  const w = new Worker(SOURCE, { eval: true, execArgv: [] });
  const t: Thread = { w };
  w.on('message', (m: { op: 'free'; buf: ArrayBuffer } | { op: 'digest'; id: number; digest: string }) => {
    if (m.op === 'free') {
      if (m.buf.byteLength === POOLED_BYTES && pool.length < POOL_MAX) pool.push(m.buf);
      return;
    }
    const waiter = waiting.get(m.id);
    waiting.delete(m.id);
    // Idle, the thread must not keep the process alive.
    if (waiting.size === 0) w.unref();
    waiter?.resolve(m.digest);
  });
  const fail = (e: Error) => {
    t.failure ??= new Error(`checksum thread failed: ${e.message}`);
    for (const waiter of waiting.values()) waiter.reject(t.failure);
    waiting.clear();
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`exited with code ${code}`)));
  w.unref();
  current = t;
  return t;
}

/** An incremental SHA-256 whose work happens on the checksum thread. */
export class ThreadHash {
  private readonly id = nextId++;
  private readonly t = thread();

  update(chunk: Uint8Array): void {
    if (this.t.failure) throw this.t.failure;
    const len = chunk.byteLength;
    if (len === 0) return;
    const buf = (len <= POOLED_BYTES && pool.pop()) || new ArrayBuffer(Math.max(len, POOLED_BYTES));
    new Uint8Array(buf, 0, len).set(chunk);
    this.t.w.postMessage({ op: 'update', id: this.id, buf, len }, [buf]);
  }

  /** Hex digest of everything passed to update (messages are handled in order). */
  digest(): Promise<string> {
    if (this.t.failure) return Promise.reject(this.t.failure);
    return new Promise<string>((resolve, reject) => {
      waiting.set(this.id, { resolve, reject });
      this.t.w.ref();
      this.t.w.postMessage({ op: 'digest', id: this.id });
    });
  }
}
