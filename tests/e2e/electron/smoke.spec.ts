import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * Where the Electron binary can be had, launch the built app and check the shell: one window,
 * the app loaded from its own protocol, the preload's API present and Node absent. Where it
 * cannot (no download possible), say so plainly and skip.
 */
function findElectron(): { path: string } | { reason: string } {
  // Loading the `electron` package resolves (and, if needed, downloads) the binary: do it in a
  // child process so a failed download cannot disturb this one.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const path = probe.stdout.trim();
  if (probe.status === 0 && path !== '' && existsSync(path)) return { path };
  const lines = (probe.stderr || probe.error?.message || 'no output').split('\n');
  const why = lines.filter((l) => /^\w*Error\b/.test(l.trim())).join('; ') || (lines[0] ?? '');
  return {
    reason: `no Electron binary here, and it could not be downloaded (${why.trim().slice(0, 300)})`,
  };
}

/** Where the main process keeps the outcome of the next navigation, for the test to read. */
type NavigationProbe = typeof globalThis & {
  navigationSeen?: Promise<{ url: string; prevented: boolean }>;
};

const found = findElectron();
if ('reason' in found) console.log(`Electron smoke test skipped: ${found.reason}`);

test('the Electron app starts with a secure window showing the app', async () => {
  test.skip('reason' in found, 'reason' in found ? found.reason : '');
  if (!('path' in found)) return;
  const app = await electron.launch({
    executablePath: found.path,
    args: ['.'],
    env: { ...process.env, CI: '1' },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Bodies' })).toBeVisible();
    expect(new URL(page.url()).protocol).toBe('app:');
    const world = await page.evaluate(() => ({
      api: typeof window.api?.saveFile,
      kind: window.api?.kind,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(world).toEqual({
      api: 'function',
      kind: 'electron',
      require: 'undefined',
      process: 'undefined',
    });
    // Navigation away from the app is cancelled by the main process: a listener added after
    // the app's own sees the will-navigate event already prevented.
    await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      if (contents === undefined) throw new Error('no window');
      (globalThis as NavigationProbe).navigationSeen = new Promise((resolve) => {
        contents.once('will-navigate', (event) => {
          resolve({ url: event.url, prevented: event.defaultPrevented });
        });
      });
    });
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    const seen = await app.evaluate(() => (globalThis as NavigationProbe).navigationSeen);
    expect(seen).toEqual({ url: 'https://example.com/', prevented: true });
    expect(new URL(page.url()).protocol).toBe('app:');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await app.close();
  }
});
