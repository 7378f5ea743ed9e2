/**
 * Render worker process, started by pool.ts with Node's own TypeScript type stripping
 * (hence the explicit .ts import paths). Receives jobs over IPC, writes files, replies.
 */
import { renderMaterial } from './job.ts';
import { renderOgImage } from './og.ts';
import { MaterialError } from '../checks.ts';
import type { PoolRequest, PoolReply } from './pool.ts';

process.on('message', async (request: PoolRequest) => {
  let reply: PoolReply;
  try {
    const result =
      request.task.kind === 'material'
        ? await renderMaterial(request.task.job, request.task.dir, request.root)
        : await renderOgImage(request.task.input, request.task.file, request.root);
    reply = { id: request.id, ok: true, result };
  } catch (error) {
    const e = error as Error;
    reply = {
      id: request.id,
      ok: false,
      error: {
        message: e.message,
        stack: e.stack,
        ...(e instanceof MaterialError ? { field: e.field, detail: e.detail, fix: e.fix } : {}),
      },
    };
  }
  process.send!(reply);
});
