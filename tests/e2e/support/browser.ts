import { existsSync } from 'node:fs';

/** The environment variable that names a Chromium to test with. */
export const chromiumEnv = 'MINUTEBOOK_CHROMIUM';

const systemChromiums = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * The Chromium the end-to-end tests drive: the one named by MINUTEBOOK_CHROMIUM, else the
 * system's, else undefined — Playwright's own browser, installed on first use by global-setup.
 */
export function systemChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists = existsSync,
): string | undefined {
  const named = env[chromiumEnv];
  if (named) {
    if (!exists(named)) throw new Error(`${chromiumEnv} names ${named}, which does not exist.`);
    return named;
  }
  return systemChromiums.find((path) => exists(path));
}

/** Flags that keep a headless Chromium quiet on a machine with no network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
