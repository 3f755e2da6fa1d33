/**
 * Liveness, readiness, metrics, and the web UI (web/dist when built, else a small page).
 */
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { access, mkdir } from 'node:fs/promises';
import { constants, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerContext } from '../context.js';
import { errorBody } from '../errors.js';

const started = Date.now();

export async function systemRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  let s3Client: import('@aws-sdk/client-s3').S3Client | undefined;
  app.get(
    '/health',
    { schema: { tags: ['system'], summary: 'Liveness: the process is up', response: { 200: { type: 'object', properties: { status: { type: 'string' }, uptimeSeconds: { type: 'number' }, version: { type: 'string' } } } } } },
    async () => ({ status: 'healthy', uptimeSeconds: Math.round((Date.now() - started) / 1000), version: '0.1.0' }),
  );

  app.get('/ready', { schema: { tags: ['system'], summary: 'Readiness: storage writable, Redis reachable when configured' } }, async (_req, reply) => {
    const checks: Record<string, string> = {};
    try {
      await mkdir(ctx.storage.root, { recursive: true });
      await access(ctx.storage.root, constants.W_OK);
      checks.storage = 'ok';
    } catch {
      checks.storage = 'data directory not writable';
    }
    if (ctx.s3) {
      try {
        const { S3Client, HeadBucketCommand } = await import('@aws-sdk/client-s3');
        s3Client ??= new S3Client({ ...ctx.s3.options, maxAttempts: 1 });
        await s3Client.send(new HeadBucketCommand({ Bucket: ctx.s3.bucket }), { abortSignal: AbortSignal.timeout(2000) });
        checks.s3 = 'ok';
      } catch {
        checks.s3 = 'bucket unreachable';
      }
    }
    if (ctx.config.redisUrl) {
      try {
        const pong = await Promise.race([ctx.redis!.ping(), new Promise<string>((_, rej) => setTimeout(() => rej(new Error('timeout')), 1000))]);
        checks.redis = pong === 'PONG' ? 'ok' : 'unexpected reply';
      } catch {
        checks.redis = 'unreachable';
      }
    }
    checks.jobs = ctx.runner.kind;
    const ok = Object.entries(checks).every(([k, v]) => k === 'jobs' || v === 'ok');
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ready' : 'not ready', checks });
  });

  app.get('/metrics', { schema: { tags: ['system'], summary: 'Prometheus metrics (text exposition format)' } }, async (_req, reply) => {
    const text = await ctx.metrics.registry.metrics();
    return reply.type(ctx.metrics.registry.contentType).send(text);
  });

  const web = webDist(ctx.config.webDistDir);
  if (web) {
    // wildcard: files are looked up per request, so a rebuilt UI (new hashed assets) needs no restart
    await app.register(fastifyStatic, { root: web, prefix: '/', wildcard: true, index: ['index.html'] });
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html').send(PLACEHOLDER));
  }

  // Unknown GETs that want HTML get the single-page app (client-side routes); everything else JSON 404.
  app.setNotFoundHandler((request, reply) => {
    const wantsHtml = request.method === 'GET' && /text\/html/.test(String(request.headers.accept ?? ''));
    const apiPath = /^\/(api|docs|openapi\.json|metrics|health|ready|generate-cur)/.test(request.url);
    if (web && wantsHtml && !apiPath) return reply.type('text/html').sendFile('index.html');
    return reply.code(404).send(errorBody(request, 'NotFound', 'No such route; see /docs for the API'));
  });
}

function webDist(configured?: string): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = configured ? [resolve(configured)] : [resolve(here, '../../../web/dist'), resolve(here, '../../../../web/dist')];
  return candidates.find((d) => existsSync(resolve(d, 'index.html')));
}

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>FOCUS Generator API</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>FOCUS Generator API</h1>
<p>The web UI is not built (run <code>npm run build</code>). The API is up:</p>
<ul><li><a href="/docs">API documentation (/docs)</a></li><li><a href="/openapi.json">OpenAPI document</a></li><li><a href="/health">/health</a></li></ul>
</body></html>
`;
