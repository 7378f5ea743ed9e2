/**
 * A static server for the built site, gzip-compressing text like a real web server does,
 * so byte budgets measured in the browser are wire sizes. Mounts the build at `base`. Every
 * response carries the site's security headers (src/lib/security-headers.ts), so every browser
 * test runs under the Content-Security-Policy the site ships with.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileForUrlPath } from '../../src/lib/build-check/site-files.ts';
import { SECURITY_HEADERS } from '../../src/lib/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|wasm)|image\/svg)/;

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveDist(dist: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const file = pathname.startsWith(base) ? fileForUrlPath(dist, '/' + pathname.slice(base.length)) : null;
    if (!file) {
      const notFound = fileForUrlPath(dist, '/404.html');
      res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': TYPES['.html']! });
      res.end(notFound ? readFileSync(notFound) : 'Not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    const headers: Record<string, string> = { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store' };
    if (COMPRESSIBLE.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
