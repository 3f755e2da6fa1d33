/** Waiting on byte sinks: the two ways a writer yields so the rest of the pipeline can move. */

/**
 * A promise for the next turn of the event loop. Deflate and file writes run on the thread pool,
 * but their completions (which start the next piece of work) are callbacks on the main thread;
 * a sink that returns this after accepting a chunk lets them run instead of waiting for the
 * generator to fill the next chunk.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Resolves when a full stream drains; rejects if it fails first (so a writer never waits forever). */
export function waitDrain(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => {
      stream.off('drain', onDrain);
      reject(e);
    };
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}
