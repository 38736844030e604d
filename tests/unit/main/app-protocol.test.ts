import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentTypeFor,
  createAppProtocolHandler,
  privilegedAppScheme,
  resolveAppPath,
} from '../../../src-main/app-protocol';

const root = path.resolve('/opt/minutebook/dist/renderer');

describe('resolveAppPath', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppPath(root, 'app://minutebook/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://minutebook/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://minutebook/assets/index-abc.js?v=1#x')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://minutebook/fonts/Noto%20Sans.woff2')).toBe(
      path.join(root, 'fonts', 'Noto Sans.woff2'),
    );
  });

  const hostile = [
    'app://minutebook/../../etc/passwd',
    'app://minutebook/%2e%2e/%2e%2e/etc/passwd',
    'app://minutebook/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://minutebook/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://minutebook/..%5c..%5cwindows%5cwin.ini',
    'app://minutebook/assets\\..\\..\\secret',
    'app://minutebook/C:/Windows/win.ini',
    'app://minutebook/%2fetc%2fpasswd',
    'app://minutebook//etc/passwd',
    'app://minutebook/%2fetc%2fpasswd/..',
    'app://minutebook/index.html%00.png',
    'app://minutebook/%E0%A4%A',
    'app://evil/index.html',
    'app://minutebook@evil/index.html',
    'file:///etc/passwd',
    'http://minutebook/index.html',
    '\\\\server\\share\\index.html',
  ];

  it.each(hostile)('never resolves outside the root: %s', (url) => {
    const resolved = resolveAppPath(root, url);
    if (resolved === null) return;
    const fromRoot = path.relative(root, resolved);
    expect(fromRoot.startsWith('..') || path.isAbsolute(fromRoot)).toBe(false);
  });

  // The URL parser already folds plain and %2e%2e dot segments into the root (those become
  // harmless in-root paths); what survives parsing and must be refused outright is below.
  it.each([
    'app://minutebook/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://minutebook/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://minutebook/..%5c..%5cwindows%5cwin.ini',
    'app://minutebook/assets\\..\\..\\secret',
    'app://minutebook/C:/Windows/win.ini',
    'app://minutebook/index.html%00.png',
    'app://minutebook/%E0%A4%A',
    'app://evil/index.html',
    'app://minutebook@evil/index.html',
    'file:///etc/passwd',
    'http://minutebook/index.html',
    '\\\\server\\share\\index.html',
  ])('refuses %s', (url) => expect(resolveAppPath(root, url)).toBeNull());

  it('keeps parser-folded dot segments inside the root', () => {
    expect(resolveAppPath(root, 'app://minutebook/../../etc/passwd')).toBe(
      path.join(root, 'etc', 'passwd'),
    );
    expect(resolveAppPath(root, 'app://minutebook/%2e%2e/%2e%2e/etc/passwd')).toBe(
      path.join(root, 'etc', 'passwd'),
    );
    expect(resolveAppPath(root, 'app://minutebook//etc/passwd')).toBe(
      path.join(root, 'etc', 'passwd'),
    );
  });

  it('refuses a dot segment that only appears after decoding', () => {
    // Hand-built: the path reaches the resolver with a literal ".." segment.
    expect(resolveAppPath(root, 'app://minutebook/a/%2E%2E%2F%2E%2E/b')).toBeNull();
  });
});

describe('privileged scheme', () => {
  it('is standard, secure and fetchable, and nothing more', () => {
    expect(privilegedAppScheme).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map<string, string>([
    [path.join(root, 'index.html'), '<!doctype html>'],
    [path.join(root, 'assets', 'app.js'), 'console.log(1)'],
  ]);
  const read = (filePath: string): Promise<Uint8Array> => {
    const text = files.get(filePath);
    if (text === undefined) {
      return Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' }));
    }
    return Promise.resolve(new TextEncoder().encode(text));
  };
  const handler = createAppProtocolHandler(root, "default-src 'self'", read);

  it('serves files with the CSP and a content type', async () => {
    const response = await handler(new Request('app://minutebook/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('Content-Security-Policy')).toBe("default-src 'self'");
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('refuses traversal with 403 and the CSP still set', async () => {
    const response = await handler(new Request('app://minutebook/..%2f..%2fetc%2fpasswd'));
    expect(response.status).toBe(403);
    expect(response.headers.get('Content-Security-Policy')).toBe("default-src 'self'");
  });

  it('answers 404 for a missing asset and index.html for a client-side route', async () => {
    expect((await handler(new Request('app://minutebook/assets/gone.js'))).status).toBe(404);
    const route = await handler(new Request('app://minutebook/meetings/30'));
    expect(route.status).toBe(200);
    expect(await route.text()).toBe('<!doctype html>');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler(
      new Request('app://minutebook/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });

  it('rethrows read errors other than a missing file', async () => {
    const failing = createAppProtocolHandler(root, 'x', () =>
      Promise.reject(Object.assign(new Error('io'), { code: 'EIO' })),
    );
    await expect(failing(new Request('app://minutebook/index.html'))).rejects.toThrow('io');
  });

  it('knows the common content types', () => {
    expect(contentTypeFor('a.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.bin')).toBe('application/octet-stream');
  });
});
