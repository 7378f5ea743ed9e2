/**
 * The nginx and Apache examples in deploy/ served for real (Debian packages nginx and apache2), on a
 * free local port, over the test build: every response carries the site's security headers, hashed
 * files are cached for a year, pages are revalidated, and the 404 page is served with status 404.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../src/lib/build-check/site-files';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../src/lib/security-headers';
import { DIST, ROOT } from './support/paths';

const NGINX_EXAMPLE = path.join(ROOT, 'deploy/nginx.conf');
const APACHE_EXAMPLE = path.join(ROOT, 'deploy/apache/.htaccess');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until the server answers, or fails with its log. */
async function waitUntilUp(url: string, log: () => string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`server did not start:\n${log()}`);
}

const relative = (file: string) => '/' + path.relative(DIST, file).split(path.sep).join('/');
const firstFile = (dir: string, pattern: RegExp) => relative(listFiles(path.join(DIST, dir), '').find((file) => pattern.test(file))!);
const materialFolder = readdirSync(path.join(DIST, 'an-pham/thang-hanh-dong-pa-no')).find((name) => name.startsWith('tep-'))!;

/** What every example must do, checked against a running server. */
function servesLikeTheSite(server: () => string): void {
  const get = (urlPath: string) => fetch(new URL(urlPath.slice(1), server()));

  it('sends the security headers of src/lib/security-headers.ts on pages, files and the 404 page', async () => {
    for (const urlPath of ['/', '/van-ban/luat-binh-dang-gioi-2006/', firstFile('_astro', /\.css$/), '/khong-co-trang-nay/']) {
      const response = await get(urlPath);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${name} on ${urlPath}`).toBe(value);
    }
  });

  it('revalidates pages and unhashed files, caches hashed files for a year', async () => {
    const cache = async (urlPath: string) => (await get(urlPath)).headers.get('cache-control');
    expect(await cache('/')).toBe(REVALIDATE);
    expect(await cache('/van-ban/')).toBe(REVALIDATE);
    expect(await cache('/pagefind/pagefind.js')).toBe(REVALIDATE);
    expect(await cache('/pagefind/pagefind-entry.json')).toBe(REVALIDATE);
    expect(await cache(firstFile('_astro', /\.js$/))).toBe(IMMUTABLE);
    expect(await cache(firstFile('og', /\.png$/))).toBe(IMMUTABLE);
    expect(await cache(firstFile('pagefind/fragment', /./))).toBe(IMMUTABLE);
    expect(await cache(firstFile(`an-pham/thang-hanh-dong-pa-no/${materialFolder}`, /\.pdf$/))).toBe(IMMUTABLE);
  });

  it('serves pages as UTF-8 HTML, calendars as text/calendar, and the 404 page with status 404', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8$/i);
    expect(await home.text()).toContain('Bình đẳng giới trong trường học');
    expect((await get('/cong-cu/lich/lich-binh-dang-gioi.ics')).headers.get('content-type')).toMatch(/^text\/calendar/);
    const missing = await get('/khong-co-trang-nay/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain(readFileSync(path.join(DIST, '404.html'), 'utf8').match(/<h1[^>]*>([^<]+)</)![1]);
  });
}

describe('deploy/nginx.conf with nginx', () => {
  let nginx: ChildProcess;
  let url = '';
  let log = '';
  beforeAll(async () => {
    const port = await freePort();
    const dir = mkdtempSync(path.join(tmpdir(), 'nginx-'));
    const example = readFileSync(NGINX_EXAMPLE, 'utf8');
    // The example as a site file; only where it listens and what it serves change for the test.
    const site = example.replace('listen 80;', `listen 127.0.0.1:${port};`).replace('root /var/www/binh-dang-gioi;', `root ${DIST};`);
    expect(site).toContain(`listen 127.0.0.1:${port};`);
    expect(site).toContain(`root ${DIST};`);
    writeFileSync(path.join(dir, 'site.conf'), site);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${dir}/${kind};`).join(' ');
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `${process.getuid?.() === 0 ? 'user root;' : ''} daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
       events {}
       http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp} include ${dir}/site.conf; }`,
    );
    const test = spawnSync('nginx', ['-t', '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
    expect(test.error, 'nginx must be installed (Debian package nginx)').toBeUndefined();
    expect(test.status, test.stderr).toBe(0);
    nginx = spawn('nginx', ['-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stderr!.on('data', (chunk) => (log += chunk));
    url = `http://127.0.0.1:${port}/`;
    await waitUntilUp(url, () => log + readFileSync(path.join(dir, 'error.log'), 'utf8'));
  });
  afterAll(() => {
    nginx?.kill('SIGQUIT');
  });

  servesLikeTheSite(() => url);
});

describe('deploy/apache/.htaccess with Apache', () => {
  let apache: ChildProcess;
  let url = '';
  let log = '';
  beforeAll(async () => {
    const port = await freePort();
    const dir = mkdtempSync(path.join(tmpdir(), 'apache-'));
    const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'filter', 'deflate'];
    writeFileSync(
      path.join(dir, 'httpd.conf'),
      [
        ...modules.map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`),
        `ServerName localhost`,
        `Listen 127.0.0.1:${port}`,
        `PidFile ${dir}/httpd.pid`,
        `ErrorLog ${dir}/error.log`,
        `TypesConfig /etc/mime.types`,
        `DirectoryIndex index.html`,
        // Apache refuses to serve as root; the build must be readable by its usual user.
        process.getuid?.() === 0 ? 'User www-data\nGroup www-data' : '',
        `DocumentRoot ${DIST}`,
        // The example as the .htaccess of the served folder: AllowOverride as its comment asks.
        `AccessFileName ${path.basename(APACHE_EXAMPLE)}`,
        `<Directory ${DIST}>\n  Require all granted\n  AllowOverride FileInfo Indexes\n  Include ${APACHE_EXAMPLE}\n</Directory>`,
      ].join('\n'),
    );
    const test = spawnSync('apache2', ['-t', '-f', path.join(dir, 'httpd.conf')], { encoding: 'utf8' });
    expect(test.error, 'Apache must be installed (Debian package apache2)').toBeUndefined();
    expect(test.status, test.stderr).toBe(0);
    apache = spawn('apache2', ['-X', '-f', path.join(dir, 'httpd.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    apache.stderr!.on('data', (chunk) => (log += chunk));
    url = `http://127.0.0.1:${port}/`;
    await waitUntilUp(url, () => log + readFileSync(path.join(dir, 'error.log'), 'utf8'));
  });
  afterAll(() => {
    apache?.kill('SIGTERM');
  });

  servesLikeTheSite(() => url);
});
