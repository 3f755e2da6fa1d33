/**
 * Progress on stderr: a bar with rows, rows/s and ETA when stderr is a terminal, nothing
 * otherwise (pipes and CI logs stay clean), nothing at all with --quiet.
 */
import cliProgress from 'cli-progress';
import type { RunProgress } from '../io/run.js';

export interface ProgressView {
  update(p: RunProgress): void;
  stop(): void;
}

const NONE: ProgressView = { update() {}, stop() {} };

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

export function createProgress(opts: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): ProgressView {
  const stream = opts.stream ?? process.stderr;
  if (opts.quiet || !stream.isTTY) return NONE;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: ' {bar} {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_formatted} | {files} files | {mb} MB',
      barsize: 30,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let running = false;
  return {
    update(p) {
      const seconds = (performance.now() - started) / 1000;
      const payload = { rate: seconds > 0 ? Math.round(p.rowsWritten / seconds).toLocaleString('en-US') : '0', files: `${p.filesDone}/${p.totalFiles}`, mb: mb(p.bytesWritten) };
      if (!running) {
        bar.start(p.totalRows, p.rowsWritten, payload);
        running = true;
      } else bar.update(p.rowsWritten, payload);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
