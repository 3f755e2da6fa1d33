/**
 * The local sink and the release contract of ByteOut: a producer that reuses a buffer as soon as
 * the sink releases it still gets exactly its bytes on disk (a release that came before the
 * write completed would corrupt the file), every chunk is released by the time the file is
 * closed, and nothing is visible under the final name before publish.
 */
import { describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalSink } from '../../src/io/sinks/local.js';
import { tempDir } from './helpers.js';

describe('LocalSink', () => {
  it('writes every byte in order while the producer reuses each released buffer at once', async () => {
    const tmp = await tempDir('local-sink');
    try {
      const sink = new LocalSink(tmp.dir);
      const file = await sink.create('a/b/data.bin');
      const reference = createHash('sha256');
      const free: Buffer[] = [];
      let released = 0;
      let written = 0;
      let total = 0;
      const sizes = [1, 7, (1 << 20) - 1, 1 << 20, 3 << 20, 65536, 3];
      for (let round = 0; round < 8; round++) {
        for (const size of sizes) {
          const data = randomBytes(size);
          reference.update(data);
          total += size;
          const at = free.findIndex((b) => b.length >= size);
          const buf = at >= 0 ? free.splice(at, 1)[0] : Buffer.alloc(3 << 20);
          data.copy(buf);
          written++;
          // Scribble over the buffer the moment it is released, then offer it again.
          await file.write(buf.subarray(0, size), () => {
            released++;
            buf.fill(round);
            free.push(buf);
          });
        }
      }
      await file.close();
      expect(released).toBe(written);
      expect(await readdir(join(tmp.dir, 'a', 'b'))).not.toContain('data.bin');
      await sink.publish();
      const bytes = await readFile(join(tmp.dir, 'a', 'b', 'data.bin'));
      expect(bytes.length).toBe(total);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(reference.digest('hex'));
    } finally {
      await tmp.cleanup();
    }
  });
});
