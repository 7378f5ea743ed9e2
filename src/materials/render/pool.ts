/**
 * A pool of render worker processes, one per core (the machine has two). Jobs go to
 * whichever worker is free; each worker loads fonts once and keeps them.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ContentError, type ContentProblem } from '../../lib/content-error.ts';
import type { MaterialJob } from '../engine.ts';
import type { JobResult } from './job.ts';
import type { OgInput } from '../templates/og.ts';

export type PoolTask = { kind: 'material'; job: MaterialJob; dir: string } | { kind: 'og'; input: OgInput; file: string };

export interface PoolRequest {
  id: number;
  root: string;
  task: PoolTask;
}

/** A reply: the result, the content problems that stopped the job, or a crash (a bug: its stack). */
export type PoolReply =
  | { id: number; ok: true; result: JobResult | { bytes: number } }
  | { id: number; ok: false; problems: ContentProblem[] }
  | { id: number; ok: false; crash: string };

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
        else if ('problems' in reply) pending.reject(new ContentError(reply.problems));
        else pending.reject(new Error(`render worker failed: ${reply.crash}`));
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
      // Workers start on demand: a batch of one material (astro dev) starts one.
      if (idle.length === 0 && workers.length < size) spawnWorker();
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
