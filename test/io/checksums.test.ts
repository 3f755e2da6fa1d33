/** The checksum thread: same digests as node:crypto in the caller's thread, whatever the chunking. */
import { describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { ThreadHash } from '../../src/io/hash-thread.js';

describe('ThreadHash', () => {
  it('equals SHA-256 of the concatenated chunks, also when the caller reuses its buffer right away', async () => {
    const reference = createHash('sha256');
    const h = new ThreadHash();
    const scratch = Buffer.alloc(3 << 20);
    // Sizes around the pooled 1 MiB buffers, empty chunks, and one bigger than the pool's buffers.
    for (const size of [0, 1, 1000, 1 << 20, (1 << 20) + 1, 3 << 20, 17, 0, 65536]) {
      const data = randomBytes(size);
      data.copy(scratch);
      const chunk = scratch.subarray(0, size);
      h.update(chunk);
      reference.update(data);
      scratch.fill(0xab); // the thread must have taken a copy
    }
    expect(await h.digest()).toBe(reference.digest('hex'));
  });

  it('keeps several files apart', async () => {
    const a = new ThreadHash();
    const b = new ThreadHash();
    a.update(Buffer.from('abc'));
    b.update(Buffer.from('xyz'));
    a.update(Buffer.from('def'));
    const [da, db] = await Promise.all([a.digest(), b.digest()]);
    expect(da).toBe(createHash('sha256').update('abcdef').digest('hex'));
    expect(db).toBe(createHash('sha256').update('xyz').digest('hex'));
  });

  it('works in a process started with --input-type=module (the thread does not inherit it)', () => {
    const script = `const { ThreadHash } = await import('./src/io/hash-thread.ts'); const h = new ThreadHash(); h.update(Buffer.from('abc')); setTimeout(() => { console.log('hung'); process.exit(3); }, 10000).unref(); console.log(await h.digest());`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(out.trim()).toBe(createHash('sha256').update('abc').digest('hex'));
  });
});
