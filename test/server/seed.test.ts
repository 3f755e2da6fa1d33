import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { normalizeScenario } from '../../src/core/scenario/index.js';
import { fileRows, planScenario } from '../../src/core/generate.js';
import { parseCsv } from '../io/helpers.js';
import { SEED_EXAMPLES, json, csvRecords, expectErrorShape, listen, testConfig, type Running } from './helpers.js';

const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('seed endpoints over real HTTP', () => {
  let srv: Running;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${srv.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  beforeAll(async () => {
    srv = await listen(testConfig({ SYNC_MAX_ROWS_PER_FILE: '2000', SYNC_MAX_FILES: '36', STREAM_MAX_ROWS: '200000' }));
  });
  afterAll(() => srv.close());

  it('POST /generate-cur with the seed Quick Test body returns a link to exactly the file described', async () => {
    const res = await post('/generate-cur', SEED_EXAMPLES.quickTest);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.message).toMatch(/generated successfully/);
    expect(body.summary).toMatchObject({ totalRows: 100, providers: ['aws'], focusVersion: '1.2', fileCount: 1 });
    expect(body.summary.dateRange).toMatch(/^\d{4}-\d{2} to \d{4}-\d{2}$/);
    expect(body.fileSize).toMatch(/^[\d.]+ (bytes|KB|MB|GB)$/);
    expect(body.generationTime).toMatch(/^\d+\.\d\d seconds$/);
    expect(body.generationTimeMs).toBeGreaterThanOrEqual(0);
    const dl = await fetch(`${srv.url}${body.downloadUrl}`);
    expect(dl.status).toBe(200);
    const bytes = Buffer.from(await dl.arrayBuffer());
    expect(bytes.length).toBe(body.fileSizeBytes);
    expect(dl.headers.get('content-disposition')).toContain(`filename="${body.fileName}"`);
    const file = body.summary.files[0];
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    expect(csvRecords(bytes.toString('utf8'))).toBe(101); // header + 100 rows
  });

  it.skipIf(!hasUnzip)('several files come as a ZIP with manifest.json whose checksums match', async () => {
    const res = await post('/generate-cur', { ...SEED_EXAMPLES.generateCur, row_count: 300 });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.summary.providers).toEqual(['aws', 'azure', 'gcp']);
    expect(body.summary.totalRows).toBe(900);
    expect(body.fileName).toMatch(/\.zip$/);
    const zip = Buffer.from(await (await fetch(`${srv.url}${body.downloadUrl}`)).arrayBuffer());
    expect(zip.length).toBe(body.fileSizeBytes);
    const dir = mkdtempSync(join(tmpdir(), 'focusgen-zip-'));
    writeFileSync(join(dir, 'a.zip'), zip);
    const manifest = JSON.parse(execFileSync('unzip', ['-p', join(dir, 'a.zip'), 'manifest.json']).toString());
    const data = manifest.files.filter((f: { rows: number }) => f.rows > 0);
    expect(data.length).toBe(3);
    for (const f of manifest.files) {
      const content = execFileSync('unzip', ['-p', join(dir, 'a.zip'), f.name], { maxBuffer: 1 << 28 });
      expect(content.length).toBe(f.bytes);
      expect(createHash('sha256').update(content).digest('hex')).toBe(f.sha256);
    }
  });

  it('multi_month with trend_options yields the months asked for', async () => {
    const res = await post('/generate-cur', { row_count: 10, providers: ['gcp'], multi_month: true, trend_options: { monthCount: 3, scenario: 'linear', parameters: { growthRate: 10 } } });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.summary.dateRange).toBe('2025-01 to 2025-03');
    expect(body.summary.fileCount).toBe(3);
    expect(body.summary.totalRows).toBe(30);
  });

  it('bad bodies get 400 naming each field, in the seed error shape with the correlation id', async () => {
    const res = await post('/generate-cur', { profile: 'Huge', row_count: -5, providers: ['aws', 'aws'], color: 'red' }, { 'x-correlation-id': 'bad-body-1' });
    expect(res.status).toBe(400);
    const body = await json(res);
    expectErrorShape(body);
    expect(body.error_id).toBe('bad-body-1');
    expect(res.headers.get('x-correlation-id')).toBe('bad-body-1');
    expect(body.type).toBe('ValidationError');
    const fields = (body.details.issues as { field: string }[]).map((i) => i.field);
    // Fields are named as the caller wrote them (seed body: row_count).
    expect(fields).toEqual(expect.arrayContaining(['profile', 'row_count', 'color']));
    expect(body.message).toContain('Greenfield');
  });

  it('not JSON, wrong content type and oversized bodies are 400/415/413, never 5xx', async () => {
    const a = await post('/generate-cur', '{"row_count": 1,');
    expect(a.status).toBe(400);
    expectErrorShape(await json(a));
    const b = await fetch(`${srv.url}/generate-cur`, { method: 'POST', headers: { 'content-type': 'text/evil' }, body: 'x' });
    expect(b.status).toBe(415);
    const bb = await json(b);
    expectErrorShape(bb);
    expect(JSON.stringify(bb)).not.toContain('evil');
    const c = await post('/generate-cur', { providers: ['aws'], pad: 'x'.repeat(400_000) });
    expect(c.status).toBe(413);
    expectErrorShape(await json(c));
  });

  it('requests over the synchronous limits get 413 naming the jobs API', async () => {
    const res = await post('/generate-cur', { row_count: 2001, providers: ['aws'] });
    expect(res.status).toBe(413);
    const body = await json(res);
    expectErrorShape(body);
    expect(body.message).toContain('POST /api/v1/jobs');
    expect(body.details).toMatchObject({ limit: 'rowsPerFile', max: 2000, requested: 2001 });
  });

  it('POST /generate-cur-stream streams gzip CSV with a correct Content-Disposition', async () => {
    const res = await post('/generate-cur-stream', { ...SEED_EXAMPLES.stream, row_count: 5000, providers: ['aws', 'azure'] });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/gzip');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="focus-1.2-aws-azure-2025-01.csv.gz"');
    const csv = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8');
    expect(csvRecords(csv)).toBe(10_001);
    const header = csv.slice(0, csv.indexOf('\n')).split(',');
    expect(header).toContain('BilledCost');
    expect(new Set(header).size).toBe(header.length);
    // Every cell equals the library's rows for the same body (aws rows use the template encoder,
    // azure rows are remapped into the union header), empty where a provider lacks a column.
    const plan = planScenario(normalizeScenario({ ...SEED_EXAMPLES.stream, row_count: 5000, providers: ['aws', 'azure'] }));
    const [head, ...body] = parseCsv(csv);
    expect(head).toEqual(header);
    let n = 0;
    for (const f of plan.files) {
      for (const row of fileRows(plan, f.index)) {
        const want = header.map((h) => {
          const i = f.columns.findIndex((c) => c.name === h);
          return i < 0 ? null : row[i];
        });
        expect(body[n++]).toEqual(want);
      }
    }
    expect(n).toBe(body.length);
  });

  it('the stream refuses several datasets and sizes over the limit before sending anything', async () => {
    const a = await post('/generate-cur-stream', { focusVersion: '1.3', datasets: ['CostAndUsage', 'ContractCommitment'], row_count: 10 });
    expect(a.status).toBe(400);
    expect((await json(a)).details.issues[0].field).toBe('datasets');
    const b = await post('/generate-cur-stream', { row_count: 200_001, providers: ['aws'] });
    expect(b.status).toBe(413);
    expect((await json(b)).message).toContain('/api/v1/jobs');
  });

  it('download links are signed: tampered, traversing or unknown tokens are 404', async () => {
    const body = await json(await post('/generate-cur', SEED_EXAMPLES.quickTest));
    const token: string = body.downloadUrl.split('/').pop();
    const [payload, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify(['results', '..', '../../etc/passwd', 9_999_999_999])).toString('base64url');
    for (const t of [`${payload}.${mac.slice(0, -2)}AA`, `${forged}.${mac}`, 'abc', '..%2F..%2Fetc%2Fpasswd', `${payload}`]) {
      const r = await fetch(`${srv.url}/api/v1/downloads/${t}`);
      expect(r.status).toBe(404);
      expectErrorShape(await json(r));
    }
  });
});

describe('download link signing', () => {
  it('expired links say so; links signed with another key are refused; paths stay inside the data dir', async () => {
    const { LocalStorage } = await import('../../src/server/storage.js');
    const s = new LocalStorage('/tmp/focusgen-x', 'k'.repeat(32));
    const other = new LocalStorage('/tmp/focusgen-x', 'j'.repeat(32));
    const t = s.sign({ kind: 'results', id: 'abc', file: 'a.csv', expiresAt: Math.floor(Date.now() / 1000) - 1 });
    expect(s.verify(t)).toEqual({ refused: 'expired' });
    const u = other.sign({ kind: 'results', id: 'abc', file: 'a.csv', expiresAt: Math.floor(Date.now() / 1000) + 60 });
    expect(s.verify(u)).toEqual({ refused: 'invalid' });
    for (const file of ['../x', 'a/../../x', '/etc/passwd', 'a/./b', '']) {
      const v = s.sign({ kind: 'results', id: 'abc', file, expiresAt: Math.floor(Date.now() / 1000) + 60 });
      expect(s.verify(v)).toEqual({ refused: 'invalid' });
    }
    const ok = s.verify(s.sign({ kind: 'jobs', id: 'abc', file: 'provider=aws/part-0.csv', expiresAt: Math.floor(Date.now() / 1000) + 60 }));
    expect('refused' in ok).toBe(false);
    expect(s.pathOf(ok as never)).toBe('/tmp/focusgen-x/jobs/abc/provider=aws/part-0.csv');
  });
});
