/**
 * Where job records live. Memory for a single process; Redis when REDIS_URL is set, so that any
 * server instance can report (and cancel) a job a worker on another machine is running.
 */
import type { Redis } from 'ioredis';
import { JOB_STATES, zeroCounts, type JobRecord, type JobState } from './types.js';

export interface JobStore {
  put(rec: JobRecord): Promise<void>;
  get(id: string): Promise<JobRecord | undefined>;
  /** Merge a patch into the stored record; returns the new record (undefined if gone). */
  update(id: string, patch: Partial<JobRecord>): Promise<JobRecord | undefined>;
  requestCancel(id: string): Promise<void>;
  cancelRequested(id: string): Promise<boolean>;
  counts(): Promise<Record<JobState, number>>;
  /** Forget finished jobs older than the cutoff; returns their ids (their files are removed by the caller). */
  expire(finishedBefore: number): Promise<string[]>;
}

export class MemoryJobStore implements JobStore {
  private readonly jobs = new Map<string, JobRecord>();
  private readonly cancels = new Set<string>();

  async put(rec: JobRecord): Promise<void> {
    this.jobs.set(rec.id, structuredClone(rec));
  }
  async get(id: string): Promise<JobRecord | undefined> {
    const r = this.jobs.get(id);
    return r && structuredClone(r);
  }
  async update(id: string, patch: Partial<JobRecord>): Promise<JobRecord | undefined> {
    const r = this.jobs.get(id);
    if (!r) return undefined;
    Object.assign(r, structuredClone(patch));
    return structuredClone(r);
  }
  async requestCancel(id: string): Promise<void> {
    this.cancels.add(id);
  }
  async cancelRequested(id: string): Promise<boolean> {
    return this.cancels.has(id);
  }
  async counts(): Promise<Record<JobState, number>> {
    const c = zeroCounts();
    for (const r of this.jobs.values()) c[r.state]++;
    return c;
  }
  async expire(finishedBefore: number): Promise<string[]> {
    const gone: string[] = [];
    for (const [id, r] of this.jobs) {
      if (r.finishedAt && Date.parse(r.finishedAt) < finishedBefore) {
        this.jobs.delete(id);
        this.cancels.delete(id);
        gone.push(id);
      }
    }
    return gone;
  }
}

/**
 * A record is a Redis hash under `<prefix>job:<id>` (one JSON value per field) with a TTL (the
 * result lifetime), plus a set of ids per state for counts. A patch is applied field by field in
 * one Lua script, so a worker's progress update cannot overwrite a concurrent state change made
 * by another instance, and the state sets move with the state.
 */
const PATCH = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local old = redis.call('HGET', KEYS[1], 'state')
for i = 3, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
local new = redis.call('HGET', KEYS[1], 'state')
if new ~= old then
  local id = redis.call('HGET', KEYS[1], 'id')
  redis.call('SREM', ARGV[2] .. cjson.decode(old), cjson.decode(id))
  redis.call('SADD', ARGV[2] .. cjson.decode(new), cjson.decode(id))
end
return 1
`;

export class RedisJobStore implements JobStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlMs: number,
  ) {}

  private key(id: string): string {
    return `${this.prefix}job:${id}`;
  }
  private stateSet(): string {
    return `${this.prefix}jobs:state:`;
  }

  async put(rec: JobRecord): Promise<void> {
    const fields = Object.entries(rec).flatMap(([k, v]) => (v === undefined ? [] : [k, JSON.stringify(v)]));
    await this.redis
      .multi()
      .del(this.key(rec.id))
      .hset(this.key(rec.id), ...fields)
      .pexpire(this.key(rec.id), this.ttlMs)
      .sadd(this.stateSet() + rec.state, rec.id)
      .exec();
  }
  async get(id: string): Promise<JobRecord | undefined> {
    const h = await this.redis.hgetall(this.key(id));
    if (!h || !h.id) return undefined;
    return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, JSON.parse(v)])) as unknown as JobRecord;
  }
  async update(id: string, patch: Partial<JobRecord>): Promise<JobRecord | undefined> {
    const fields = Object.entries(patch).flatMap(([k, v]) => (v === undefined ? [] : [k, JSON.stringify(v)]));
    const ok = await this.redis.eval(PATCH, 1, this.key(id), String(this.ttlMs), this.stateSet(), ...fields);
    return Number(ok) === 1 ? this.get(id) : undefined;
  }
  async requestCancel(id: string): Promise<void> {
    await this.redis.set(`${this.key(id)}:cancel`, '1', 'PX', this.ttlMs);
  }
  async cancelRequested(id: string): Promise<boolean> {
    return (await this.redis.exists(`${this.key(id)}:cancel`)) === 1;
  }
  async counts(): Promise<Record<JobState, number>> {
    const c = zeroCounts();
    const pipe = this.redis.pipeline();
    for (const s of JOB_STATES) pipe.scard(this.stateSet() + s);
    const res = (await pipe.exec()) ?? [];
    JOB_STATES.forEach((s, i) => (c[s] = Number(res[i]?.[1] ?? 0)));
    return c;
  }
  async expire(finishedBefore: number): Promise<string[]> {
    // Records expire by TTL; the state sets are pruned here of ids whose record is gone or old.
    const gone: string[] = [];
    for (const s of JOB_STATES) {
      for (const id of await this.redis.smembers(this.stateSet() + s)) {
        const rec = await this.get(id);
        if (!rec || (rec.finishedAt && Date.parse(rec.finishedAt) < finishedBefore)) {
          await this.redis.multi().srem(this.stateSet() + s, id).del(this.key(id), `${this.key(id)}:cancel`).exec();
          gone.push(id);
        }
      }
    }
    return gone;
  }
}
