/** Standard output: data bytes stream straight through; there is nothing to publish or discard. */
import type { Sink, SinkFile } from './types.js';
import { waitDrain } from '../backpressure.js';

export class StdoutSink implements Sink {
  readonly kind = 'stdout' as const;
  readonly root = '-';
  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {}
  async create(): Promise<SinkFile> {
    const s = this.stream;
    return {
      write: (chunk, release) => {
        if (!s.write(chunk, release && (() => release()))) return waitDrain(s);
      },
      close: async () => {},
      abort: async () => {},
    };
  }
  async publish(): Promise<void> {}
  async discard(): Promise<void> {}
}
