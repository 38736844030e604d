import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type FullConfig } from '@playwright/test';
import { systemChromium } from './browser';
import { e2eMachine } from './machine';

/**
 * Says how the run fits the machine, and makes sure a browser exists before the tests start:
 * the system's Chromium where there is one, otherwise Playwright's own, downloaded once (on a
 * machine that can reach it).
 */
export default function globalSetup(config: FullConfig): void {
  const machine = e2eMachine();
  console.log(
    `e2e: ${String(config.workers)} worker(s) on ${String(machine.cores)} cores, ` +
      `${String(Math.round(machine.busy * 100))}% busy with other work at the start; ` +
      `${String(machine.testTimeoutMs / 1000)} s a test, ` +
      `${String(machine.expectTimeoutMs / 1000)} s an expectation`,
  );
  const system = systemChromium();
  if (system) {
    console.log(`e2e: using ${system}`);
    return;
  }
  if (existsSync(chromium.executablePath())) return;
  console.log('e2e: no system Chromium found; installing Playwright’s Chromium (first run only)…');
  execFileSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], {
    stdio: 'inherit',
  });
}
