/**
 * Security decisions as pure functions. Effects (opening a link, answering Chromium) are
 * injected by the callers in windows.ts and main.ts, so every decision here is tested with
 * hostile input under plain Node.
 */

/** The custom scheme the renderer is served from. */
export const appScheme = 'app';
/** The single host of that scheme: the app's origin is `app://minutebook`. */
export const appHost = 'minutebook';
/** Where the main window starts in production. */
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

function parseUrl(raw: string): URL | null {
  // URL.canParse keeps exceptions out of the decision path; a string it refuses is hostile.
  return URL.canParse(raw) ? new URL(raw) : null;
}

/**
 * Parses and checks the Vite dev-server URL from the environment. Only http(s) on a loopback
 * host is accepted, so a poisoned environment cannot point the app at a remote site.
 */
export function parseDevServerUrl(raw: string | undefined): URL | null {
  if (raw === undefined || raw === '') return null;
  const url = parseUrl(raw);
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  if (url.username !== '' || url.password !== '') return null;
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  return loopback.includes(url.hostname) ? url : null;
}

/** The dev server to load the renderer from, and why a setting was ignored (to log). */
export interface DevServerChoice {
  devServer: URL | null;
  warning: string | null;
}

/**
 * Decides whether `MINUTEBOOK_DEV_URL` (`raw`) is honoured. Only an unpackaged app (`npm run
 * dev`) loads its pages from a dev server: in an installed app any local process could set
 * the variable, and the page it served would get `window.api` and with it every backup. So a
 * packaged app always loads its own pages, whatever the environment says.
 */
export function chooseDevServer(raw: string | undefined, isPackaged: boolean): DevServerChoice {
  if (raw === undefined) return { devServer: null, warning: null };
  if (isPackaged) {
    return {
      devServer: null,
      warning: 'MINUTEBOOK_DEV_URL is ignored: an installed Minutebook loads only its own pages.',
    };
  }
  const devServer = parseDevServerUrl(raw);
  if (devServer === null) {
    return {
      devServer: null,
      warning: 'MINUTEBOOK_DEV_URL must be an http(s) URL on localhost; ignoring it.',
    };
  }
  return { devServer, warning: null };
}

/**
 * True when `raw` belongs to the app itself: `app://minutebook/…`, or the dev server's exact
 * origin in development. Look-alikes (`app://minutebook.evil`, `app://x@evil`,
 * `http://localhost:5174`) are refused.
 */
export function isAppUrl(raw: string, devServer: URL | null = null): boolean {
  const url = parseUrl(raw);
  if (url === null || url.username !== '' || url.password !== '') return false;
  // Node gives non-special schemes an opaque origin ("null"), so the scheme and host are
  // compared directly; Chromium lower-cases the host of a standard scheme, so we do too.
  if (url.protocol === `${appScheme}:`) return url.host.toLowerCase() === appHost;
  return devServer !== null && url.origin === devServer.origin;
}

/** Schemes a link in the minutes may open outside the app. */
const externalSchemes = new Set(['https:', 'http:', 'mailto:']);

/**
 * True when `raw` may be handed to the operating system (`shell.openExternal`): only web and
 * mail links, never `file:`, `javascript:`, `data:`, UNC paths or custom protocol handlers.
 */
export function isSafeExternalUrl(raw: string): boolean {
  if (raw.length > 2048) return false;
  const url = parseUrl(raw);
  if (url === null || !externalSchemes.has(url.protocol)) return false;
  if (url.protocol === 'mailto:') return url.pathname !== '';
  return url.hostname !== '' && url.username === '' && url.password === '';
}

/** Permissions granted at all, and then only to the app's own pages. */
const grantedPermissions = new Set<string>(['clipboard-sanitized-write']);

/**
 * The permission policy: deny by default. Only writing to the clipboard (for "copy action
 * reference") is allowed, and only from the app's own origin.
 */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  devServer: URL | null = null,
): boolean {
  return grantedPermissions.has(permission) && isAppUrl(requestingUrl, devServer);
}

/**
 * The Content-Security-Policy sent with every page. In development the Vite dev server's
 * origin and its HMR websocket are added, plus inline scripts for React Refresh's preamble.
 */
export function contentSecurityPolicy(devServer: URL | null = null): string {
  const dev = devServer === null ? '' : ` ${devServer.origin}`;
  const ws =
    devServer === null
      ? ''
      : ` ${devServer.protocol === 'https:' ? 'wss:' : 'ws:'}//${devServer.host}`;
  const devInlineScript = devServer === null ? '' : " 'unsafe-inline'";
  return [
    "default-src 'self'" + dev,
    "script-src 'self'" + dev + devInlineScript,
    "style-src 'self' 'unsafe-inline'" + dev,
    "img-src 'self' data: blob:" + dev,
    "font-src 'self' data:" + dev,
    "connect-src 'self'" + dev + ws,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
