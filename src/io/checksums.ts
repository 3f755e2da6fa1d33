/** SHA-256 of everything a file receives, counted on the way to its sink (hashed off the main thread); and the SHA256SUMS text. */
import { createHash } from 'node:crypto';
import { ThreadHash } from './hash-thread.js';
import type { ByteOut } from './formats/types.js';

export class HashingOut implements ByteOut {
  bytes = 0;
  private readonly hash = new ThreadHash();
  constructor(
    private readonly next: ByteOut,
    private readonly onBytes?: (n: number) => void,
  ) {}
  write(chunk: Uint8Array, release?: () => void): void | Promise<void> {
    this.hash.update(chunk);
    this.bytes += chunk.byteLength;
    this.onBytes?.(chunk.byteLength);
    return this.next.write(chunk, release);
  }
  digest(): Promise<string> {
    return this.hash.digest();
  }
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `sha256sum -c` format: "<hex>  <path>", sorted by path so the text is stable. */
export function sha256sums(files: { name: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.name}\n`)
    .join('');
}
