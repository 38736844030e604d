import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser';

/**
 * Makes sure a browser exists before the tests start: the system's Chromium where there is
 * one, otherwise Playwright's own, downloaded once (on a machine that can reach it).
 */
export default function globalSetup(): void {
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
