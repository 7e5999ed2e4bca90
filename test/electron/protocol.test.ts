import { mkdtemp, mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, mimeType, registerAppScheme, resolveBundlePath } from '../../electron/protocol';
import { APP_CSP } from '../../electron/security';

describe('resolveBundlePath', () => {
  const root = '/opt/padanan/out/renderer';
  const resolve = (url: string) => resolveBundlePath(root, url, path.posix);

  it('maps app:// URLs to files inside the bundle', () => {
    expect(resolve('app://padanan/index.html')).toBe(`${root}/index.html`);
    expect(resolve('app://padanan/assets/main-abc.js')).toBe(`${root}/assets/main-abc.js`);
    expect(resolve('app://padanan/assets/a%20b.css')).toBe(`${root}/assets/a b.css`);
    expect(resolve('app://padanan/assets/x.js?v=1#top')).toBe(`${root}/assets/x.js`);
  });

  it('serves index.html for the root and folders', () => {
    expect(resolve('app://padanan/')).toBe(`${root}/index.html`);
    expect(resolve('app://padanan')).toBe(`${root}/index.html`);
    expect(resolve('app://padanan/assets/')).toBe(`${root}/assets/index.html`);
  });

  it('refuses every way out of the bundle', () => {
    const attempts = [
      'app://padanan/../../../etc/passwd',
      'app://padanan/%2e%2e/%2e%2e/etc/passwd',
      'app://padanan/assets/%2E%2E%2F%2E%2E%2F..%2Fetc%2Fpasswd',
      'app://padanan/..%2f..%2fsecret',
      'app://padanan/..%5c..%5csecret',
      'app://padanan/%2fetc%2fpasswd/..%2f..',
      'app://padanan/C:%5cWindows%5cwin.ini',
      'app://padanan/index.html%00.png',
      'app://padanan/%E0%A4%A',
    ];
    for (const url of attempts) {
      const resolved = resolve(url);
      if (resolved !== undefined) expect(resolved.startsWith(`${root}/`), url).toBe(true);
      expect(resolved === undefined || !resolved.includes('..'), url).toBe(true);
    }
    // The URL parser itself folds literal and %2e dot segments at the root, as Chromium does.
    expect(resolve('app://padanan/%2e%2e/%2e%2e/etc/passwd')).toBe(`${root}/etc/passwd`);
    expect(resolve('app://padanan/..%2f..%2fsecret')).toBeUndefined();
    expect(resolve('app://padanan/..%5c..%5csecret')).toBeUndefined();
    expect(resolve('app://padanan/index.html%00.png')).toBeUndefined();
    expect(resolve('app://padanan/%E0%A4%A')).toBeUndefined();
    expect(resolve('app://padanan/C:%5cWindows%5cwin.ini')).toBeUndefined();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolve('app://evil/index.html')).toBeUndefined();
    expect(resolve('file:///opt/padanan/out/renderer/index.html')).toBeUndefined();
    expect(resolve('https://padanan/index.html')).toBeUndefined();
    expect(resolve('not a url')).toBeUndefined();
  });

  it('confines Windows paths too (backslashes and drive letters)', () => {
    const winRoot = 'C:\\Program Files\\Padanan\\resources\\app.asar\\out\\renderer';
    const win = (url: string) => resolveBundlePath(winRoot, url, path.win32);
    expect(win('app://padanan/assets/main.js')).toBe(`${winRoot}\\assets\\main.js`);
    expect(win('app://padanan/..%5c..%5c..%5cWindows%5cwin.ini')).toBeUndefined();
    expect(win('app://padanan/C:%5cWindows%5cwin.ini')).toBeUndefined();
    expect(win('app://padanan/%5c%5cserver%5cshare%5cx')).toBe(`${winRoot}\\server\\share\\x`);
  });
});

describe('app:// request handler', () => {
  let root: string;
  let outside: string;

  beforeAll(async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'padanan-protocol-'));
    root = path.join(base, 'renderer');
    outside = path.join(base, 'secret.txt');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Padanan</title>');
    await writeFile(path.join(root, 'assets', 'main.js'), 'console.log(1)');
    await writeFile(outside, 'top secret');
  });
  afterAll(async () => {
    await rm(path.dirname(root), { recursive: true, force: true });
  });

  const handler = () => createAppRequestHandler({ root, readFile, path });

  it('serves files with their type and the CSP header', async () => {
    const response = await handler()({ url: 'app://padanan/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Padanan</title>');

    const script = await handler()({ url: 'app://padanan/assets/main.js', method: 'GET' });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it('never serves a file outside the bundle', async () => {
    for (const url of ['app://padanan/../secret.txt', 'app://padanan/%2e%2e/secret.txt', 'app://padanan/..%2fsecret.txt']) {
      const response = await handler()({ url, method: 'GET' });
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('top secret');
    }
  });

  it('answers 404 for missing files and folders, 405 for writes, no body for HEAD', async () => {
    expect((await handler()({ url: 'app://padanan/nope.js', method: 'GET' })).status).toBe(404);
    expect((await handler()({ url: 'app://padanan/assets', method: 'GET' })).status).toBe(404);
    expect((await handler()({ url: 'app://padanan/index.html', method: 'POST' })).status).toBe(405);
    const head = await handler()({ url: 'app://padanan/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('reports other read failures as 500 without detail', async () => {
    const failing = createAppRequestHandler({
      root,
      path,
      readFile: () => Promise.reject(Object.assign(new Error('EACCES: /secret/path'), { code: 'EACCES' })),
    });
    const response = await failing({ url: 'app://padanan/index.html', method: 'GET' });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('/secret/path');
  });
});

describe('scheme registration and types', () => {
  it('registers app:// as a standard, secure scheme with fetch support', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => calls.push(schemes) });
    expect(calls).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }],
    ]);
  });

  it('knows the types the renderer bundle uses', () => {
    expect(mimeType('.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('.WASM')).toBe('application/wasm');
    expect(mimeType('.exe')).toBe('application/octet-stream');
  });
});
