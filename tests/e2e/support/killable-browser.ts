import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, systemChromium } from './browser';

/**
 * A Chromium started by the test itself, on a profile folder of its own, so that the test can
 * kill it outright (SIGKILL: no unload, no flush, as in a crash or a power cut) and start it
 * again on the same profile to see what the app kept.
 */
export interface KillableBrowser {
  browser: Browser;
  page: Page;
  /** Kills the browser and all its processes at once, and waits until they are gone. */
  kill: () => Promise<void>;
}

/** The DevTools address Chromium prints on stderr when it is ready. */
async function devtoolsAddress(child: ChildProcess): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`Chromium did not start within 30 s:\n${output}`));
    }, 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${String(code)}) before it was ready:\n${output}`));
    });
  });
}

export async function launchKillable(profile: string): Promise<KillableBrowser> {
  const executable = systemChromium() ?? chromium.executablePath();
  const child = spawn(
    executable,
    [
      ...chromiumArgs,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // A process group of its own, so that the kill takes every Chromium process with it.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const browser = await chromium.connectOverCDP(await devtoolsAddress(child));
  const context = browser.contexts()[0];
  if (context === undefined) throw new Error('Chromium has no default context.');
  const page = context.pages()[0] ?? (await context.newPage());
  const kill = async () => {
    const exited = once(child, 'exit');
    process.kill(-(child.pid as number), 'SIGKILL');
    await exited;
  };
  return { browser, page, kill };
}
