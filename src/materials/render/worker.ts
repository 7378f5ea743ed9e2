/**
 * Render worker process, started by pool.ts with Node's own TypeScript type stripping
 * (hence the explicit .ts import paths). Receives jobs over IPC, writes files, replies.
 * Content problems cross the process boundary as plain ContentProblem data.
 */
import { ContentError } from '../../lib/content-error.ts';
import { renderMaterial } from './job.ts';
import { renderOgImage } from './og.ts';
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
    if (ContentError.is(error)) reply = { id: request.id, ok: false, problems: error.problems };
    else reply = { id: request.id, ok: false, crash: (error as Error).stack ?? String(error) };
  }
  process.send!(reply);
});
