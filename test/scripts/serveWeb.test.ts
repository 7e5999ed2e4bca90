import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePort, startStaticServer, type StaticServer } from '../../scripts/serve-web.mjs';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** fetch() normalises "/../" away before sending, so traversal attempts need a raw request path. */
function rawGet(port: number, path: string, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve-web.mjs', () => {
  let base: string;
  let server: StaticServer;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'padanan-serve-'));
    const root = join(base, 'dist-web');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Padanan</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'export const x = 1;');
    await writeFile(join(root, 'assets', 'worker.mjs'), 'self.onmessage = () => {};');
    await writeFile(join(root, 'assets', 'style.css'), 'body{}');
    await writeFile(join(root, 'assets', 'en.json'), '{"a":1}');
    await writeFile(join(root, 'assets', 'x.wasm'), new Uint8Array([0, 97, 115, 109]));
    await writeFile(join(root, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(root, 'assets', 'font.woff2'), new Uint8Array([1, 2, 3]));
    await writeFile(join(base, 'secret.txt'), 'outside the root');
    await symlink(join(base, 'secret.txt'), join(root, 'escape.txt'));
    server = await startStaticServer({ root, port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    await rm(base, { recursive: true, force: true });
  });

  it('listens on a random loopback port when asked for port 0', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves index.html for / with an HTML content type', async () => {
    const res = await rawGet(server.port, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<title>Padanan</title>');
  });

  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['/assets/style.css', 'text/css; charset=utf-8'],
    ['/assets/en.json', 'application/json; charset=utf-8'],
    ['/assets/x.wasm', 'application/wasm'],
    ['/assets/logo.svg', 'image/svg+xml'],
    ['/assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (path, type) => {
    const res = await rawGet(server.port, path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
  });

  it('answers 404 for a missing file', async () => {
    const res = await rawGet(server.port, '/assets/nope.js');
    expect(res.status).toBe(404);
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt'])(
    'never serves a file outside the root (%s)',
    async (path) => {
      const res = await rawGet(server.port, path);
      expect(res.body).not.toContain('outside the root');
      expect([400, 403, 404]).toContain(res.status);
    },
  );

  it('refuses a symlink that points outside the root', async () => {
    const res = await rawGet(server.port, '/escape.txt');
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('outside the root');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await rawGet(server.port, '/', 'POST');
    expect(res.status).toBe(405);
    const head = await rawGet(server.port, '/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('chooses the port from argv, then PORT, then 5173', () => {
    expect(choosePort(['8080'], { PORT: '9090' })).toBe(8080);
    expect(choosePort([], { PORT: '9090' })).toBe(9090);
    expect(choosePort([], {})).toBe(5173);
    expect(choosePort(['0'], {})).toBe(0);
    expect(() => choosePort(['abc'], {})).toThrow(/Invalid port/);
  });
});
