// Runs the view's analyses off the window's thread: in a Web Worker over the records the
// window already holds (sent once per workspace version), or through the host's API if a
// worker cannot start. One job at a time; a newer request for the same slot (panel)
// replaces one still waiting, so fast edits never queue stale work. Places that ask the same
// question of the same workspace version (the inspector's and the diagram's data checks)
// share one answer.
import type { LodestoneErrorData } from '../../../../db/errors';
import { errorData } from '../../api/client';
import type { WorkspaceSnapshot, WorkspaceStore } from '../../state/workspace';
import type { AnalysisInput, AnalysisOp, AnalysisOutput, WorkerRequest, WorkerResponse } from './protocol';
import { graphRecords, recordsPatch, type RecordLists } from './records';

export type JobResult<N extends AnalysisOp> =
  | { status: 'done'; value: AnalysisOutput<N>; ms: number }
  | { status: 'failed'; error: LodestoneErrorData }
  /** A newer request for the same slot took its place. */
  | { status: 'superseded' };

interface Job {
  slot: string;
  op: AnalysisOp;
  input: unknown;
  resolve(result: JobResult<AnalysisOp>): void;
}

export class AnalysisEngine {
  private worker: Worker | null = null;
  private workerFailed = false;
  private sentVersion = -1;
  /** The store's lists the worker's records were last made from. */
  private sent: RecordLists | null = null;
  private waiting = new Map<string, Job>();
  private running: Job | null = null;
  private nextId = 1;
  private replies = new Map<number, (r: WorkerResponse) => void>();
  private listeners = new Set<() => void>();
  /** The answers given at one workspace version, by question (op and input), to share. */
  private answered: { version: number; results: Map<string, JobResult<AnalysisOp>> } = { version: -1, results: new Map() };

  constructor(private readonly store: WorkspaceStore) {}

  /** Where jobs run: 'worker', or 'host' when no worker could start. */
  get backend(): 'worker' | 'host' {
    return this.workerFailed ? 'host' : 'worker';
  }

  /** Jobs running or waiting. */
  get busy(): number {
    return this.waiting.size + (this.running ? 1 : 0);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getBusy = (): number => this.busy;

  request<N extends AnalysisOp>(slot: string, op: N, input: AnalysisInput<N>): Promise<JobResult<N>> {
    return new Promise((resolve) => {
      this.waiting.get(slot)?.resolve({ status: 'superseded' });
      this.waiting.set(slot, { slot, op, input, resolve: resolve as Job['resolve'] });
      this.changed();
      this.pump();
    });
  }

  dispose(): void {
    this.answered = { version: -1, results: new Map() };
    this.worker?.terminate();
    this.worker = null;
    this.forgetSent();
    for (const job of this.waiting.values()) job.resolve({ status: 'superseded' });
    this.waiting.clear();
    for (const reply of this.replies.values()) reply({ type: 'result', id: -1, ok: false, error: { code: 'internal', message: 'Stopped' }, version: -1 });
    this.replies.clear();
  }

  /** A new worker holds no records: the next job sends them all. */
  private forgetSent(): void {
    this.sent = null;
    this.sentVersion = -1;
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private pump(): void {
    if (this.running) return;
    const next = this.waiting.values().next();
    if (next.done) return;
    const job = next.value;
    this.waiting.delete(job.slot);
    this.running = job;
    void this.execute(job).then((result) => {
      this.running = null;
      job.resolve(result);
      this.changed();
      this.pump();
    });
  }

  private async execute(job: Job): Promise<JobResult<AnalysisOp>> {
    const version = this.store.getSnapshot().version;
    const question = `${job.op}\u0000${JSON.stringify(job.input)}`;
    if (this.answered.version !== version) this.answered = { version, results: new Map() };
    const known = this.answered.results.get(question);
    if (known) return known;
    const result = await this.compute(job);
    if (result.status === 'done' && this.answered.version === version) this.answered.results.set(question, result);
    return result;
  }

  private async compute(job: Job): Promise<JobResult<AnalysisOp>> {
    const start = performance.now();
    try {
      const worker = this.workerFailed ? null : this.startWorker();
      let result = worker ? await this.inWorker(worker, job) : await this.onHost(job);
      // The worker died under this job: the host answers it instead.
      if (worker && result.status === 'failed' && this.workerFailed) result = await this.onHost(job);
      performance.measure(`analysis:${job.op}`, { start, end: performance.now() });
      return result;
    } catch (error) {
      return { status: 'failed', error: errorData(error) };
    }
  }

  private async onHost(job: Job): Promise<JobResult<AnalysisOp>> {
    const start = performance.now();
    const value = await this.store.read(job.op, job.input as never);
    return { status: 'done', value, ms: performance.now() - start };
  }

  private inWorker(worker: Worker, job: Job): Promise<JobResult<AnalysisOp>> {
    const snapshot = this.store.getSnapshot();
    if (snapshot.version !== this.sentVersion) {
      const start = performance.now();
      // An edit or two since the last send: only those records (copying all 120,000 into the
      // worker takes about 0.2 s of the window's time); anything more, all of them.
      const patch = this.sent ? recordsPatch(this.sent, snapshot) : null;
      if (patch) this.post(worker, { type: 'patch', version: snapshot.version, patch });
      else this.post(worker, { type: 'data', version: snapshot.version, records: graphRecords(snapshot) });
      performance.measure(patch ? 'analysis:send-patch' : 'analysis:send-records', { start, end: performance.now() });
      this.sentVersion = snapshot.version;
      this.sent = { facilities: snapshot.facilities, flows: snapshot.flows, materials: snapshot.materials };
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.replies.set(id, (reply) => {
        this.replies.delete(id);
        resolve(reply.ok ? { status: 'done', value: reply.value as never, ms: reply.ms } : { status: 'failed', error: reply.error });
      });
      this.post(worker, { type: 'run', id, op: job.op, input: job.input });
    });
  }

  private post(worker: Worker, message: WorkerRequest): void {
    worker.postMessage(message);
  }

  private startWorker(): Worker | null {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'lodestone-analysis' });
      worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => this.replies.get(event.data.id)?.(event.data));
      worker.addEventListener('error', (event) => this.fail(event.message || 'The analysis worker stopped'));
      this.worker = worker;
      return worker;
    } catch {
      this.workerFailed = true;
      return null;
    }
  }

  /** The worker broke (could not load, or crashed): answer what it owed, then use the host. */
  private fail(message: string): void {
    this.workerFailed = true;
    this.worker?.terminate();
    this.worker = null;
    this.forgetSent();
    for (const [id, reply] of [...this.replies]) reply({ type: 'result', id, ok: false, error: { code: 'internal', message }, version: -1 });
    this.replies.clear();
  }
}
