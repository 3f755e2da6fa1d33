/**
 * The zip layout: one archive (streamed through yazl) holding the flat-named data files, the
 * metadata documents, labels, a manifest.json and a SHA256SUMS of the entries. Entries are
 * written one after another (a zip is sequential); timestamps come from the scenario's reference
 * time so the archive is byte-identical between runs.
 */
import { PassThrough } from 'node:stream';
import yazl from 'yazl';
import type { Plan } from '../core/generate.js';
import { HashingOut, sha256, sha256sums } from './checksums.js';
import type { DataFile, Doc } from './documents.js';
import type { ByteOut } from './formats/types.js';
import { zipArchiveName, type OutputUnit } from './layouts.js';
import type { Sink } from './sinks/types.js';
import type { CostTotals } from './summary.js';
import type { OutputFile } from './run.js';
import { waitDrain } from './backpressure.js';

export interface ZipArgs {
  plan: Plan;
  units: OutputUnit[];
  sink: Sink;
  now: string;
  onBytes: (n: number) => void;
  encode: (unit: OutputUnit, out: HashingOut) => Promise<CostTotals>;
  docs: (data: DataFile[]) => Doc[];
  signal?: AbortSignal;
}

function streamOut(stream: PassThrough): ByteOut {
  return {
    write(chunk) {
      if (!stream.write(chunk)) return waitDrain(stream);
    },
  };
}

export async function writeZip(a: ZipArgs): Promise<{ archive: OutputFile; entries: DataFile[] }> {
  const name = zipArchiveName(a.plan);
  const file = await a.sink.create(name);
  const out = new HashingOut(file, a.onBytes);
  const zip = new yazl.ZipFile();
  const mtime = new Date(a.now);
  // Already-compressed formats are stored; text formats are deflated.
  const compress = a.plan.scenario.output.format === 'csv' || a.plan.scenario.output.format === 'jsonl';
  const pump = (async () => {
    for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) await out.write(chunk);
  })();
  pump.catch(() => {});
  const entries: DataFile[] = [];
  try {
    for (const unit of a.units) {
      a.signal?.throwIfAborted();
      const entry = new PassThrough();
      zip.addReadStream(entry, unit.path, { mtime, compress, forceDosTimestamp: true });
      const hashed = new HashingOut(streamOut(entry));
      const totals = await a.encode(unit, hashed);
      entry.end();
      entries.push({
        unit,
        totals,
        name: unit.path,
        rows: totals.rows,
        bytes: hashed.bytes,
        sha256: await hashed.digest(),
        provider: unit.provider,
        billingPeriod: unit.billingPeriod,
        dataset: unit.dataset,
        billedCost: totals.billedCost,
        effectiveCost: totals.effectiveCost,
      });
    }
    const docs = a.docs(entries);
    const listed = [...entries.map((e) => ({ name: e.name, sha256: e.sha256 })), ...docs.map((d) => ({ name: d.path, sha256: sha256(d.body) }))];
    for (const d of docs) zip.addBuffer(Buffer.from(d.body), d.path, { mtime, compress: true, forceDosTimestamp: true });
    zip.addBuffer(Buffer.from(sha256sums(listed)), 'SHA256SUMS', { mtime, compress: true, forceDosTimestamp: true });
    zip.end();
    await pump;
    await file.close();
  } catch (e) {
    await file.abort();
    throw e;
  }
  return {
    archive: { name, kind: 'archive', rows: entries.reduce((s, e) => s + e.rows, 0), bytes: out.bytes, sha256: await out.digest() },
    entries,
  };
}
