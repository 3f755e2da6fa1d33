/**
 * Sliding-window rate limits (per minute, hour and day) keyed by client. Windows slide: a request
 * counts against a window for exactly that window's length after it was made (a log of request
 * times), unlike fixed windows that let a client send 2x the limit across a boundary. That is why
 * this is not rate-limiter-flexible, whose stores all use fixed windows.
 *
 * Redis (REDIS_URL): one Lua script checks all windows and records the hit atomically, so
 * instances share limits and concurrent requests cannot overshoot. If Redis fails, the memory
 * store takes over for that request and a warning is logged (at most once a minute).
 */
import type { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';

export interface Window {
  name: 'minute' | 'hour' | 'day';
  ms: number;
  limit: number;
}

export interface RateDecision {
  allowed: boolean;
  /** The window that is closest to (or over) its limit: it drives the RateLimit-* headers. */
  window: Window;
  remaining: number;
  /** Seconds until the binding window frees a slot. */
  resetSeconds: number;
  store: 'memory' | 'redis';
}

export function windowsFrom(limits: { perMinute: number; perHour: number; perDay: number }): Window[] {
  const all: Window[] = [
    { name: 'minute', ms: 60_000, limit: limits.perMinute },
    { name: 'hour', ms: 3_600_000, limit: limits.perHour },
    { name: 'day', ms: 86_400_000, limit: limits.perDay },
  ];
  // 0 disables a window
  return all.filter((w) => w.limit > 0);
}

function decide(windows: Window[], counts: number[], oldest: number[], now: number, allowed: boolean, store: RateDecision['store']): RateDecision {
  const resetMs = (i: number) => (oldest[i] > 0 ? Math.max(0, oldest[i] + windows[i].ms - now) : windows[i].ms);
  let best = 0;
  for (let i = 1; i < windows.length; i++) {
    if (allowed) {
      // the window with the fewest requests left binds
      if (windows[i].limit - counts[i] < windows[best].limit - counts[best]) best = i;
    } else {
      // a client is free again only when every exhausted window has a slot: the latest reset binds
      const full = counts[i] >= windows[i].limit;
      const bestFull = counts[best] >= windows[best].limit;
      if (full && (!bestFull || resetMs(i) > resetMs(best))) best = i;
    }
  }
  const w = windows[best];
  return { allowed, window: w, remaining: Math.max(0, w.limit - counts[best]), resetSeconds: Math.max(1, Math.ceil(resetMs(best) / 1000)), store };
}

export class MemoryRateStore {
  private readonly log = new Map<string, number[]>();
  private lastSweep = 0;
  constructor(private readonly windows: Window[]) {}

  hit(key: string, now = Date.now()): RateDecision {
    const longest = Math.max(...this.windows.map((w) => w.ms));
    this.sweep(now, longest);
    let times = this.log.get(key);
    if (!times) this.log.set(key, (times = []));
    while (times.length && times[0] <= now - longest) times.shift();
    const counts = this.windows.map((w) => countSince(times, now - w.ms));
    const oldest = this.windows.map((w) => times.find((t) => t > now - w.ms) ?? 0);
    const allowed = this.windows.every((w, i) => counts[i] < w.limit);
    if (allowed) {
      times.push(now);
      counts.forEach((_, i) => counts[i]++);
      this.windows.forEach((w, i) => (oldest[i] ||= now));
    }
    return decide(this.windows, counts, oldest, now, allowed, 'memory');
  }

  /** Drop idle clients so memory is bounded by active clients, not by everyone ever seen. */
  private sweep(now: number, longest: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [k, times] of this.log) if (!times.length || times[times.length - 1] <= now - longest) this.log.delete(k);
  }
}

function countSince(sorted: number[], since: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > since) hi = mid;
    else lo = mid + 1;
  }
  return sorted.length - lo;
}

// KEYS[1] = log key; ARGV = now, member, longestMs, then (windowMs, limit) pairs.
// Returns {allowed, count1, oldest1, count2, oldest2, ...}.
const LUA = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local member = ARGV[2]
local longest = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - longest)
local out = {1}
local allowed = 1
for i = 4, #ARGV, 2 do
  local ms = tonumber(ARGV[i])
  local limit = tonumber(ARGV[i + 1])
  local count = redis.call('ZCOUNT', key, '(' .. (now - ms), '+inf')
  local first = redis.call('ZRANGEBYSCORE', key, '(' .. (now - ms), '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
  local oldest = 0
  if first[2] then oldest = tonumber(first[2]) end
  if count >= limit then allowed = 0 end
  table.insert(out, count)
  table.insert(out, oldest)
end
out[1] = allowed
if allowed == 1 then
  redis.call('ZADD', key, now, member)
  redis.call('PEXPIRE', key, longest)
end
return out
`;

export class RateLimiter {
  private readonly memory: MemoryRateStore;
  private lastWarning = 0;
  private seq = 0;
  readonly windows: Window[];

  constructor(
    limits: { perMinute: number; perHour: number; perDay: number },
    private readonly redis: Redis | undefined,
    private readonly prefix: string,
    private readonly log: FastifyBaseLogger,
  ) {
    this.windows = windowsFrom(limits);
    this.memory = new MemoryRateStore(this.windows);
  }

  get enabled(): boolean {
    return this.windows.length > 0;
  }

  async hit(clientKey: string): Promise<RateDecision> {
    const now = Date.now();
    if (this.redis) {
      try {
        return await this.redisHit(clientKey, now);
      } catch (err) {
        if (now - this.lastWarning > 60_000) {
          this.lastWarning = now;
          this.log.warn({ err: (err as Error).message }, 'rate limiting: Redis unavailable, falling back to in-memory limits for this instance');
        }
      }
    }
    return this.memory.hit(clientKey, now);
  }

  private async redisHit(clientKey: string, now: number): Promise<RateDecision> {
    const longest = Math.max(...this.windows.map((w) => w.ms));
    const member = `${now}-${process.pid}-${++this.seq}-${Math.random().toString(36).slice(2, 8)}`;
    const args = [String(now), member, String(longest), ...this.windows.flatMap((w) => [String(w.ms), String(w.limit)])];
    const res = (await this.redis!.eval(LUA, 1, `${this.prefix}rl:${clientKey}`, ...args)) as number[];
    const counts: number[] = [];
    const oldest: number[] = [];
    for (let i = 0; i < this.windows.length; i++) {
      counts.push(Number(res[1 + 2 * i]));
      oldest.push(Number(res[2 + 2 * i]));
    }
    const allowed = Number(res[0]) === 1;
    if (allowed) {
      for (let i = 0; i < counts.length; i++) {
        counts[i]++;
        if (!oldest[i]) oldest[i] = now;
      }
    }
    return decide(this.windows, counts, oldest, now, allowed, 'redis');
  }
}
