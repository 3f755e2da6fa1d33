/**
 * Security layers: headers (helmet), CORS, CSRF for cookie-bearing browser requests, and rate
 * limits on the routes that do work.
 */
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import type { ServerContext } from './context.js';
import { errorBody } from './errors.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function registerSecurity(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const { config } = ctx;
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // charts and Swagger UI set inline styles
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // downloads and the docs are fetched cross-origin by the dev UI
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  await app.register(cors, {
    origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
    credentials: !config.corsOrigins.includes('*'),
    methods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'X-CSRF-Token', 'X-Correlation-ID', 'X-Request-ID'],
    exposedHeaders: ['X-Correlation-ID', 'Content-Disposition', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'RateLimit-Policy', 'Retry-After'],
    maxAge: 600,
  });
  await app.register(cookie, { secret: config.csrfSecret });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, signed: true, secure: config.environment === 'production' },
    getToken: (req) => header(req.headers['x-csrf-token']),
  });

  // Browsers send cookies on their own; that is what CSRF abuses. API clients send none and are
  // not asked for a token.
  app.addHook('preHandler', (request, reply, done) => {
    if (!UNSAFE.has(request.method) || !request.headers.cookie) return done();
    app.csrfProtection(request, reply, done);
  });

  const policy = ctx.limiter.windows.map((w) => `${w.limit};w=${w.ms / 1000}`).join(', ');
  app.addHook('onRequest', async (request, reply) => {
    if (!request.routeOptions.config?.rateLimited || !ctx.limiter.enabled) return;
    const d = await ctx.limiter.hit(request.ip);
    reply.header('RateLimit-Policy', policy);
    reply.header('RateLimit-Limit', d.window.limit);
    reply.header('RateLimit-Remaining', d.remaining);
    reply.header('RateLimit-Reset', d.resetSeconds);
    if (!d.allowed) {
      ctx.metrics.rateLimitRejections.inc({ window: d.window.name });
      reply.header('Retry-After', d.resetSeconds);
      return reply
        .code(429)
        .send(
          errorBody(request, 'RateLimitExceeded', `Rate limit of ${d.window.limit} requests per ${d.window.name} exceeded; retry in ${d.resetSeconds} s`, {
            window: d.window.name,
            limit: d.window.limit,
            retryAfterSeconds: d.resetSeconds,
          }),
        );
    }
  });
}

function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
