/**
 * A pool of render worker processes, one per core (the machine has two). Jobs go to
 * whichever worker is free; each worker loads fonts once and keeps them.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { MaterialJob, JobResult } from './job.ts';
import type { OgInput } from '../templates/og.ts';

export type PoolTask = { kind: 'material'; job: MaterialJob; dir: string } | { kind: 'og'; input: OgInput; file: string };

export interface PoolRequest {
  id: number;
  root: string;
  task: PoolTask;
}

export interface WorkerError {
  message: string;
  stack?: string;
  field?: string;
  detail?: string;
  fix?: string;
  /** Material the failed job was for (set by renderAll). */
  slug?: string;
}

export type PoolReply = { id: number; ok: true; result: JobResult | { bytes: number } } | { id: number; ok: false; error: WorkerError };

export class RenderFailure extends Error {
  readonly info: WorkerError;
  constructor(info: WorkerError) {
    super(info.message);
    this.info = info;
  }
}

interface Pending {
  request: PoolRequest;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export interface RenderPool {
  run<T>(task: PoolTask): Promise<T>;
  close(): void;
}

export function createPool(root: string, size = Math.min(availableParallelism(), 4)): RenderPool {
  const workerFile = path.join(root, 'src/materials/render/worker.ts');
  const idle: ChildProcess[] = [];
  const busy = new Map<ChildProcess, Pending>();
  const queue: Pending[] = [];
  let nextId = 1;
  const workers: ChildProcess[] = [];

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const pending = queue.shift()!;
      busy.set(worker, pending);
      worker.send(pending.request);
    }
  };

  const spawnWorker = () => {
    const worker = fork(workerFile, [], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: ['--disable-warning=ExperimentalWarning'],
    });
    worker.on('message', (reply: PoolReply) => {
      const pending = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (pending) {
        if (reply.ok) pending.resolve(reply.result);
        else pending.reject(new RenderFailure(reply.error));
      }
      dispatch();
    });
    worker.on('exit', (code) => {
      const pending = busy.get(worker);
      if (pending) pending.reject(new Error(`render worker exited with code ${code}`));
    });
    workers.push(worker);
    idle.push(worker);
  };

  return {
    run<T>(task: PoolTask): Promise<T> {
      if (workers.length === 0) for (let i = 0; i < size; i++) spawnWorker();
      return new Promise<T>((resolve, reject) => {
        queue.push({ request: { id: nextId++, root, task }, resolve: resolve as (v: unknown) => void, reject });
        dispatch();
      });
    },
    close() {
      for (const worker of workers) worker.kill();
      workers.length = 0;
      idle.length = 0;
    },
  };
}
