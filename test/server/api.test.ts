import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape, json, listen, testConfig, type Running } from './helpers.js';

describe('preview and validate', () => {
  let srv: Running;
  beforeAll(async () => {
    srv = await listen(testConfig({ MAX_FILE_SIZE_MB: '1' }));
  });
  afterAll(() => srv.close());
  const post = (path: string, body: unknown) => fetch(`${srv.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('POST /api/v1/preview returns the library preview for a scenario (seed names accepted)', async () => {
    const r = await post('/api/v1/preview', { scenario: { providers: ['aws', 'gcp'], row_count: 40 }, maxRows: 5 });
    expect(r.status).toBe(200);
    const p = await json(r);
    expect(Array.isArray(p.columns)).toBe(true);
    expect(Array.isArray(p.rows)).toBe(true);
    expect(p.rows.length).toBeLessThanOrEqual(5);
    expect(typeof p.aggregates).toBe('object');
    expect(p.totalRows).toBe(80);
  });

  it('preview of a scenario over the size limit is 413 before any planning', async () => {
    const r = await post('/api/v1/preview', { scenario: { providers: ['aws', 'azure', 'gcp'], rowCount: 2_000_000_000, months: 36 } });
    expect(r.status).toBe(413);
    expect((await json(r)).details.limit).toBe('previewRows');
  });

  it('preview rejects bad input with field names', async () => {
    const cases: [unknown, string][] = [
      [{ scenario: { months: 99 } }, 'months'],
      [{ scenario: {}, maxRows: 0 }, 'maxRows'],
      [{ scenario: {}, maxRows: 'ten' }, 'maxRows'],
      [{ scenario: {}, extra: 1 }, 'extra'],
      [{}, 'scenario'],
      [[1, 2], 'scenario'],
    ];
    for (const [body, field] of cases) {
      const r = await post('/api/v1/preview', body);
      expect(r.status).toBe(400);
      const e = await json(r);
      expectErrorShape(e);
      expect((e.details.issues as { field: string }[]).map((i) => i.field)).toContain(field);
    }
  });

  it('POST /api/v1/validate: form fields are checked, uploads are size-limited, the file must be multipart', async () => {
    const form = (file: Blob | undefined, fields: Record<string, string> = {}) => {
      const f = new FormData();
      for (const [k, v] of Object.entries(fields)) f.append(k, v);
      if (file) f.append('file', file, 'data.csv');
      return fetch(`${srv.url}/api/v1/validate`, { method: 'POST', body: f });
    };
    const csv = new Blob(['BilledCost,BillingCurrency\n1.00,USD\n']);
    const badField = await form(csv, { focusVersion: '9.9' });
    expect(badField.status).toBe(400);
    expect((await json(badField)).details.issues[0]).toMatchObject({ field: 'focusVersion', allowed: expect.stringContaining('1.2') });
    const noFile = await form(undefined, { dataset: 'CostAndUsage' });
    expect(noFile.status).toBe(400);
    expect((await json(noFile)).details.issues[0].field).toBe('file');
    const tooBig = await form(new Blob([Buffer.alloc(1024 * 1024 + 10, 97)]));
    expect(tooBig.status).toBe(413);
    expectErrorShape(await json(tooBig));
    const notMultipart = await post('/api/v1/validate', { file: 'x' });
    expect(notMultipart.status).toBe(415);
    const txt = new FormData();
    txt.append('file', new Blob(['hello']), 'notes.txt');
    const wrongType = await fetch(`${srv.url}/api/v1/validate`, { method: 'POST', body: txt });
    expect(wrongType.status).toBe(400);
    expect((await json(wrongType)).details.issues[0].field).toBe('file');
  });

  it('validates an uploaded FOCUS CSV with the validator library and reports without server paths', async () => {
    const gen = await json(await post('/generate-cur', { providers: ['aws'], row_count: 50 }));
    const csv = Buffer.from(await (await fetch(`${srv.url}${gen.downloadUrl}`)).arrayBuffer());
    const f = new FormData();
    f.append('focusVersion', '1.2');
    f.append('file', new Blob([csv]), 'my-export.csv');
    const r = await fetch(`${srv.url}/api/v1/validate`, { method: 'POST', body: f });
    const models = process.env.FOCUS_MODELS_DIR ?? resolve('..', 'shared', 'focus-models');
    if (r.status === 503 && !existsSync(models) && process.env.CI !== 'true') {
      console.warn('skipped: no FOCUS requirements models on this machine');
      return;
    }
    expect(r.status).toBe(200);
    const report = await json(r);
    expect(report).toMatchObject({ focusVersion: '1.2', dataset: 'CostAndUsage' });
    expect(typeof report.ok).toBe('boolean');
    expect(report.summary.rules).toBeGreaterThan(0);
    expect(report.input.rows).toBe(50);
    const text = JSON.stringify(report);
    expect(text).toContain('my-export.csv');
    expect(text).not.toContain('focusgen-test-');
  });
});
