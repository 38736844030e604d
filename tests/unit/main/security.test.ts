import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  chooseDevServer,
  contentSecurityPolicy,
  isAppUrl,
  isPermissionAllowed,
  isSafeExternalUrl,
  parseDevServerUrl,
} from '../../../src-main/security';

const dev = new URL('http://localhost:5173');

describe('isAppUrl', () => {
  it.each([
    appEntryUrl,
    'app://minutebook/',
    'app://minutebook/assets/index-abc.js',
    'app://MINUTEBOOK/x',
  ])('accepts the app origin: %s', (url) => expect(isAppUrl(url)).toBe(true));

  it.each([
    'app://minutebook.evil/index.html',
    'app://evil/index.html',
    'app://minutebook@evil/index.html',
    'app://user:pw@minutebook/index.html',
    'app://minutebook:8080/index.html',
    'http://app.evil/',
    'https://minutebook/',
    'file:///etc/passwd',
    'file://minutebook/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '\\\\server\\share\\index.html',
    'about:blank',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));

  it('accepts the dev server only when one is configured, and only its exact origin', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost.evil:5173/', dev)).toBe(false);
    expect(isAppUrl('http://evil@localhost:5173/', dev)).toBe(false);
  });
});

describe('parseDevServerUrl', () => {
  it('accepts loopback http(s) only', () => {
    expect(parseDevServerUrl('http://localhost:5173')?.origin).toBe('http://localhost:5173');
    expect(parseDevServerUrl('http://127.0.0.1:5173/')?.origin).toBe('http://127.0.0.1:5173');
    expect(parseDevServerUrl(undefined)).toBeNull();
    expect(parseDevServerUrl('')).toBeNull();
    expect(parseDevServerUrl('http://evil.example:5173')).toBeNull();
    expect(parseDevServerUrl('http://localhost@evil.example/')).toBeNull();
    expect(parseDevServerUrl('file:///tmp/index.html')).toBeNull();
    expect(parseDevServerUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('chooseDevServer', () => {
  it('uses a loopback dev server when the app is not packaged (npm run dev)', () => {
    const { devServer, warning } = chooseDevServer('http://localhost:5173/', false);
    expect(devServer?.origin).toBe('http://localhost:5173');
    expect(warning).toBeNull();
  });

  it.each(['http://localhost:5173/', 'http://127.0.0.1:5173/', 'http://[::1]:5173/'])(
    'ignores %s, with a warning, in a packaged app',
    (url) => {
      const { devServer, warning } = chooseDevServer(url, true);
      expect(devServer).toBeNull();
      expect(warning).toMatch(/^MINUTEBOOK_DEV_URL is ignored: an installed Minutebook/);
    },
  );

  it('refuses a remote URL even when not packaged', () => {
    const { devServer, warning } = chooseDevServer('http://evil.example:5173/', false);
    expect(devServer).toBeNull();
    expect(warning).toMatch(/must be an http\(s\) URL on localhost/);
  });

  it('says nothing when the variable is not set', () => {
    expect(chooseDevServer(undefined, true)).toEqual({ devServer: null, warning: null });
    expect(chooseDevServer(undefined, false)).toEqual({ devServer: null, warning: null });
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://www.gov.uk/', 'http://example.org/a?b=c', 'mailto:secas@example.org'])(
    'allows %s',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'file://server/share/x.exe',
    '\\\\server\\share\\x.exe',
    '//server/share',
    'data:text/html,<h1>x</h1>',
    'vbscript:msgbox',
    'ms-msdt:/id PCWDiagnostic',
    'smb://server/share',
    'app://minutebook/index.html',
    'https://user:password@example.org/',
    'mailto:',
    'https:',
    'relative/path',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('isPermissionAllowed', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'fullscreen',
    'clipboard-read',
    'hid',
  ])('denies %s even to the app', (permission) =>
    expect(isPermissionAllowed(permission, appEntryUrl)).toBe(false),
  );

  it('grants a clipboard write to the app and to no one else', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', appEntryUrl)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', '')).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  it('is exactly the production policy', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('adds the dev server and its HMR socket in development only', () => {
    const policy = contentSecurityPolicy(dev);
    expect(policy).toContain("script-src 'self' http://localhost:5173 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
    expect(policy).toContain("object-src 'none'");
    expect(contentSecurityPolicy()).not.toContain('localhost');
  });
});
