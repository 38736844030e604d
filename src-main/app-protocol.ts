/**
 * The `app://minutebook/` protocol: serves the built renderer from dist/renderer with the CSP
 * on every response. Path resolution is pure and refuses anything outside the root.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { appHost, appScheme } from './security';

/**
 * The scheme registration. `standard` gives the app a real origin (IndexedDB and
 * localStorage are per origin), `secure` makes it a secure context, `supportFetchAPI` lets
 * the renderer fetch its own assets.
 */
export const privilegedAppScheme: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a served file, by extension; unknown files are opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an `app://minutebook/…` URL to a file inside `root`, or null when the URL is not ours
 * or its path would leave `root` (`..`, `%2e%2e`, encoded slashes, backslashes, drive
 * letters, NUL). `/` maps to index.html.
 */
export function resolveAppPath(root: string, rawUrl: string): string | null {
  if (!URL.canParse(rawUrl)) return null;
  const url = new URL(rawUrl);
  if (url.protocol !== `${appScheme}:` || url.host.toLowerCase() !== appHost) return null;
  if (url.username !== '' || url.password !== '') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Backslashes and colons are separators or drive/stream markers on Windows, and no built
  // asset needs them; refusing them is simpler than reasoning about every platform.
  if (/[\\:\0]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const resolved = path.resolve(root, relative);
  const fromRoot = path.relative(root, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return resolved;
}

/** How the handler reads files; injected so tests can serve from memory. */
export type ReadFile = (filePath: string) => Promise<Uint8Array>;

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/**
 * Builds the handler given to `protocol.handle('app', …)`. A missing path without an
 * extension falls back to index.html so client-side routes survive a reload.
 */
export function createAppProtocolHandler(
  root: string,
  csp: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  const headers = (contentType: string): Record<string, string> => ({
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
  });
  const respond = async (filePath: string): Promise<Response> => {
    const body = await read(filePath);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: headers(contentTypeFor(filePath)),
    });
  };
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: headers('text/plain') });
    }
    const filePath = resolveAppPath(root, request.url);
    if (filePath === null) {
      return new Response('Forbidden', { status: 403, headers: headers('text/plain') });
    }
    try {
      return await respond(filePath);
    } catch (error) {
      if (!isMissing(error)) throw error;
      if (path.extname(filePath) === '') return respond(path.join(root, 'index.html'));
      return new Response('Not found', { status: 404, headers: headers('text/plain') });
    }
  };
}
