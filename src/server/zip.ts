/**
 * Several result files leave as one ZIP with a manifest.json so a client can check what it got:
 * src/io's own manifest when the output has one, else ours (name, rows, bytes, sha256 of each
 * file). Streamed: entries are read from disk as they are written, nothing is held in memory.
 */
import { ZipArchive } from 'archiver';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import type { JobFile } from '../jobs/types.js';

export interface ZipManifest {
  generator: string;
  focusVersion: string;
  createdAt: string;
  totalRows: number;
  totalBytes: number;
  files: JobFile[];
}

/** Zip `files` (relative to `dir`) plus manifest.json into `out`; resolves when all is written. */
export async function zipFiles(dir: string, manifest: ZipManifest, out: Writable): Promise<void> {
  // CSVs compress about 10x; level 6 is the usual speed/size balance
  const archive = new ZipArchive({ zlib: { level: 6 } });
  if (!manifest.files.some((f) => f.name === 'manifest.json')) archive.append(JSON.stringify(manifest, null, 2) + '\n', { name: 'manifest.json' });
  for (const f of manifest.files) archive.file(join(dir, f.name), { name: f.name });
  const done = pipeline(archive, out);
  await archive.finalize();
  await done;
}

export async function zipToFile(dir: string, manifest: ZipManifest, path: string): Promise<void> {
  await zipFiles(dir, manifest, createWriteStream(path));
}
