import type { Protocol } from 'electron';
import type { PlatformPath } from 'node:path';
import { APP_HOST, APP_SCHEME } from './origin';
import { APP_CSP } from './security';

/**
 * Serves the built renderer (out/renderer) under app://padanan/. Only files inside that folder can be
 * reached: the URL path is decoded, split, and refused if any segment climbs ('..'), names a drive
 * or holds a NUL; the joined path is then checked again against the root.
 */
export interface ProtocolDeps {
  /** Absolute path of the built renderer folder. */
  root: string;
  readFile(path: string): Promise<Uint8Array>;
  /** `node:path` (posix or win32; injectable so both are tested). */
  path: Pick<PlatformPath, 'resolve' | 'join' | 'sep' | 'extname'>;
}

/** Must run before `app` is ready (Electron only accepts privileged schemes at start-up). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, deps: ProtocolDeps): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(deps));
}

export function createAppRequestHandler(deps: ProtocolDeps): (request: { url: string; method: string }) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const filePath = resolveBundlePath(deps.root, request.url, deps.path);
    if (!filePath) return plain(404, 'Not found');
    let bytes: Uint8Array;
    try {
      bytes = await deps.readFile(filePath);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' ? plain(404, 'Not found') : plain(500, 'Read error');
    }
    const body = request.method === 'HEAD' ? null : new Blob([bytes as Uint8Array<ArrayBuffer>]);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeType(deps.path.extname(filePath)) },
    });
  };
}

/** The absolute file for an app:// URL, or undefined when the URL is foreign or leaves the root. */
export function resolveBundlePath(
  root: string,
  url: string,
  path: Pick<PlatformPath, 'resolve' | 'join' | 'sep'>,
): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  const segments = decoded.split(/[/\\]/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || segment.includes(':') || segment.includes('\0'))) {
    return undefined;
  }
  if (segments.length === 0 || decoded.endsWith('/')) segments.push('index.html');
  const base = path.resolve(root);
  const target = path.resolve(base, path.join(...segments));
  return target.startsWith(base + path.sep) ? target : undefined;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': APP_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.srx': 'application/xml',
};

export function mimeType(extension: string): string {
  return MIME_TYPES[extension.toLowerCase()] ?? 'application/octet-stream';
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
