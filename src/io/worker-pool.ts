/**
 * A fixed pool of worker threads that encode output units in parallel. The main thread stays the
 * only writer to the sink: it writes each chunk a worker sends and acknowledges it, which is the
 * backpressure. Units never share a file, so bytes are the same for any number of workers.
 */
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../core/scenario/schema.js';
import type { PlanExtras } from '../core/generate.js';
import type { ByteOut } from './formats/types.js';
import type { FromWorker, ToWorker } from './part-worker.js';
import type { UnitJob } from './produce.js';
import type { CostTotals } from './summary.js';

interface Task {
  job: UnitJob;
  out: ByteOut;
  onRows: (n: number) => void;
  resolve: (t: CostTotals) => void;
  reject: (e: Error) => void;
}

function spawn(scenario: Scenario, extras: PlanExtras): Worker {
  const isTs = import.meta.url.endsWith('.ts');
  const url = new URL(`./part-worker.${isTs ? 'ts' : 'js'}`, import.meta.url);
  if (!isTs) return new Worker(url, { workerData: { scenario, extras } });
  // Under tsx (tests, `npm run focusgen`) the worker is TypeScript: register tsx's loader inside
  // the thread first (an --import flag is not honoured by Node 20 worker threads).
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((t) => { t.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData: { scenario, extras } });
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly waiting: Task[] = [];
  private nextId = 1;
  private closed = false;

  /** `extras`: planExtras of the main thread's plan, so workers skip its passes over charges. */
  constructor(size: number, scenario: Scenario, extras: PlanExtras) {
    for (let i = 0; i < size; i++) {
      const w = spawn(scenario, extras);
      this.all.push(w);
      this.idle.push(w);
    }
  }

  run(job: UnitJob, out: ByteOut, onRows: (n: number) => void): Promise<CostTotals> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, out, onRows, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (!this.closed && this.idle.length && this.waiting.length) {
      const w = this.idle.pop()!;
      const task = this.waiting.shift()!;
      this.start(w, task);
    }
  }

  private start(w: Worker, task: Task): void {
    const id = this.nextId++;
    const finish = (err?: Error, totals?: CostTotals) => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      if (err) task.reject(err);
      else task.resolve(totals!);
      if (!err) {
        this.idle.push(w);
        this.dispatch();
      }
    };
    const onMessage = (m: FromWorker) => {
      if (m.id !== id) return;
      if (m.type === 'chunk') {
        Promise.resolve(task.out.write(m.chunk)).then(
          () => w.postMessage({ type: 'ack', id } satisfies ToWorker),
          (e: Error) => finish(e),
        );
      } else if (m.type === 'rows') task.onRows(m.n);
      else if (m.type === 'done') finish(undefined, m.totals);
      else finish(new Error(m.message));
    };
    const onError = (e: Error) => finish(e);
    const onExit = (code: number) => finish(new Error(`worker thread exited (code ${code})`));
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.postMessage({ type: 'unit', id, job: task.job } satisfies ToWorker);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.waiting.splice(0)) t.reject(new Error('worker pool closed'));
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
