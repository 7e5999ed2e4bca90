#!/usr/bin/env node
// Serves the browser build (dist-web/) on the loopback interface. Module scripts and IndexedDB need
// a real http origin (file:// will not do), and this has no dependencies so it runs right after
// `npm install` on any machine. Tests and benches import startStaticServer() directly.
import { createServer } from 'node:http';
import { open, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.dic': 'text/plain; charset=utf-8',
  '.aff': 'text/plain; charset=utf-8',
});

export const DEFAULT_PORT = 5173;
const HOST = '127.0.0.1';

/**
 * Starts a static file server for `root` on 127.0.0.1.
 * @param {{ root: string, port?: number }} options port 0 (the default here) picks a free port.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, port = 0 }) {
  // realpath so that a symlink inside root cannot be used to step outside it.
  const rootDir = await realpath(resolve(root));
  const server = createServer((request, response) => {
    handle(rootDir, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolvePromise(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${HOST}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolvePromise) => {
        server.close(() => resolvePromise(undefined));
        // Keep-alive browser connections would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

/** Picks the port from argv[0], then PORT, then 5173. Exported for tests. */
export function choosePort(argv, env) {
  const raw = argv[0] ?? env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid port "${raw}": give a number from 0 to 65535.`);
  }
  return port;
}

async function handle(rootDir, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    send(response, 400, 'Bad request');
    return;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) {
    send(response, 400, 'Bad request');
    return;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';

  const filePath = await confine(rootDir, pathname);
  if (filePath === null) {
    send(response, 403, 'Forbidden');
    return;
  }
  let info;
  try {
    info = await stat(filePath);
  } catch {
    send(response, 404, 'Not found');
    return;
  }
  if (info.isDirectory()) {
    response.writeHead(301, { Location: `${pathname}/` });
    response.end();
    return;
  }
  const headers = {
    'Content-Type': MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(info.size),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  if (request.method === 'HEAD') {
    response.writeHead(200, headers);
    response.end();
    return;
  }
  const handleFile = await open(filePath, 'r');
  response.writeHead(200, headers);
  const stream = handleFile.createReadStream();
  stream.pipe(response);
  await new Promise((resolvePromise) => stream.once('close', resolvePromise));
}

/** Returns the real path of the request inside rootDir, or null when it would leave rootDir. */
async function confine(rootDir, pathname) {
  const candidate = resolve(join(rootDir, pathname));
  if (!isInside(rootDir, candidate)) return null;
  let real;
  try {
    real = await realpath(candidate);
  } catch {
    return candidate; // does not exist: a 404, and still inside root
  }
  return isInside(rootDir, real) ? real : null;
}

function isInside(rootDir, path) {
  return path === rootDir || path.startsWith(rootDir + sep);
}

function send(response, status, message, extraHeaders = {}) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extraHeaders });
  response.end(message);
}

async function main() {
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)), 'dist-web');
  try {
    await stat(join(root, 'index.html'));
  } catch {
    console.error(`No web build in ${root}: run "npm run build:web" first (or "npm run web").`);
    process.exit(2);
  }
  let port;
  try {
    port = choosePort(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  let server;
  try {
    server = await startStaticServer({ root, port });
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? error.code : '';
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${port} is already in use: run with PORT=another-port (or PORT=0 for any free port).`
        : `Could not start the server: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(2);
  }
  console.log(`Padanan is running at ${server.url}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
