import { describe, it, expect } from 'vitest';
import { generateReducer, IDLE, inlineResult, percent, formatBytes, formatDuration, type GenerateState } from '../../web/src/state/generate.js';
import type { JobProgress } from '../../web/src/api/client.js';

const progress = (rowsWritten: number, totalRows = 1000): JobProgress => ({
  rowsWritten,
  totalRows,
  bytesWritten: rowsWritten * 100,
  filesDone: 0,
  totalFiles: 1,
  rowsPerSecond: 500,
  etaSeconds: (totalRows - rowsWritten) / 500,
});

describe('generate reducer', () => {
  it('follows a job from queued through progress to its result', () => {
    let s: GenerateState = generateReducer(IDLE, { type: 'submit', mode: 'job' });
    s = generateReducer(s, { type: 'job', job: { id: 'j1', state: 'queued' } });
    expect(s).toMatchObject({ phase: 'running', state: 'queued', progress: null });
    s = generateReducer(s, { type: 'progress', progress: progress(400) });
    expect(s).toMatchObject({ phase: 'running', state: 'running' });
    expect(percent(s.phase === 'running' ? s.progress : null)).toBe(40);
    const file = { name: 'a.csv', rows: 1000, bytes: 5, sha256: 'ab', downloadUrl: '/d/a' };
    s = generateReducer(s, { type: 'job', job: { id: 'j1', state: 'succeeded', result: { files: [file], zipUrl: '/d/z', totalRows: 1000, totalBytes: 5 } } });
    expect(s).toEqual({ phase: 'done', result: { files: [file], zipUrl: '/d/z', totalRows: 1000, totalBytes: 5, validation: undefined } });
    // A progress event arriving after the end changes nothing.
    expect(generateReducer(s, { type: 'progress', progress: progress(999) })).toBe(s);
  });

  it('keeps the last progress when a job is cancelled, and ignores cancel when nothing runs', () => {
    let s = generateReducer(IDLE, { type: 'job', job: { id: 'j2', state: 'running', progress: progress(10) } });
    s = generateReducer(s, { type: 'cancelRequested' });
    expect(s).toMatchObject({ cancelling: true });
    s = generateReducer(s, { type: 'job', job: { id: 'j2', state: 'cancelled' } });
    expect(s).toEqual({ phase: 'cancelled', jobId: 'j2', progress: progress(10) });
    expect(generateReducer(IDLE, { type: 'cancelRequested' })).toBe(IDLE);
  });

  it('turns a failed job into an error with its message', () => {
    const s = generateReducer(IDLE, { type: 'job', job: { id: 'j3', state: 'failed', error: { message: 'disk full' } } });
    expect(s).toEqual({ phase: 'error', error: { message: 'disk full', kind: 'job' } });
  });

  it('presents a seed-shaped /generate-cur answer as one downloadable file', () => {
    const r = inlineResult({
      message: 'ok',
      downloadUrl: '/api/v1/downloads/abc/focus-aws-2025-01.csv?sig=1',
      fileSize: '1 KB',
      fileSizeBytes: 1024,
      generationTime: '0.2s',
      generationTimeMs: 200,
      summary: { totalRows: 10, providers: ['aws'] },
    });
    expect(r.files).toEqual([{ name: 'focus-aws-2025-01.csv', rows: 10, bytes: 1024, sha256: '', downloadUrl: '/api/v1/downloads/abc/focus-aws-2025-01.csv?sig=1' }]);
    expect(r.zipUrl).toBeUndefined();
  });
});

describe('formatting', () => {
  it('bytes and durations', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.50 KB');
    expect(formatBytes(250 * 1024 * 1024)).toBe('250.0 MB');
    expect(formatDuration(59)).toBe('59s');
    expect(formatDuration(61)).toBe('1m 01s');
    expect(formatDuration(3700)).toBe('1h 01m');
    expect(formatDuration(null)).toBe('–');
  });
});

describe('inline result with several files', () => {
  it('lists every file and offers the one link as the ZIP', () => {
    const files = [
      { name: 'a.csv', rows: 5, bytes: 50, sha256: 'aa' },
      { name: 'b.csv', rows: 6, bytes: 60, sha256: 'bb' },
    ];
    const r = inlineResult({
      message: 'ok',
      downloadUrl: '/dl/tok',
      fileName: 'focus-1.2-aws-2025-01.zip',
      fileSize: '1 KB',
      fileSizeBytes: 900,
      generationTime: '1 s',
      generationTimeMs: 1000,
      summary: { totalRows: 11, providers: ['aws'], files },
    });
    expect(r.zipUrl).toBe('/dl/tok');
    expect(r.files.map((f) => [f.name, f.downloadUrl])).toEqual([
      ['a.csv', undefined],
      ['b.csv', undefined],
    ]);
    expect(r.totalRows).toBe(11);
  });
});
