import { defineConfig } from '@playwright/test';
import { chromiumArgs, systemChromium } from './tests/e2e/support/browser';
import { e2eMachine } from './tests/e2e/support/machine';

// Overridable so that several checkouts or sessions can run end-to-end tests at once:
// MINUTEBOOK_E2E_PORT picks the port, MINUTEBOOK_E2E_DIST the built renderer to serve
// (build it with `npx vite build --outDir <that folder>`).
const port = Number(process.env.MINUTEBOOK_E2E_PORT ?? 4173);
const dist = process.env.MINUTEBOOK_E2E_DIST;

// Workers and waits fit the machine (tests/e2e/support/machine.ts), measured as the run
// starts: one worker per idle core, as each drives a Chromium of its own — 2 on an idle 2-core
// machine, 1 when other work keeps it busy; MINUTEBOOK_E2E_WORKERS overrides. A test has 60 s
// and an expectation 10 s, up to twice that on a saturated machine. Longer scenarios say so
// in their own files.
const machine = e2eMachine();

/** The projects that run in Debian's Chromium (never a downloaded browser). */
const debianChromium = {
  browserName: 'chromium' as const,
  launchOptions: { executablePath: systemChromium(), args: chromiumArgs },
};

export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties its output folder at each run; screenshots and rendered pages that tests
  // save on purpose live beside it in test-results/screenshots and survive.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: machine.workers,
  timeout: machine.testTimeoutMs,
  expect: { timeout: machine.expectTimeoutMs },
  retries: 0,
  forbidOnly: true,
  // The JSON report feeds the list of slowest tests that .ci/run prints (scripts/slowest-tests.mjs).
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  globalSetup: './tests/e2e/support/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${String(port)}/`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testIgnore: [/electron\//, /crash\.spec\.ts/, /backup-three-bodies\.spec\.ts/],
      use: debianChromium,
    },
    // The three-body backup round trip keeps IndexedDB and both cores busy for minutes: beside
    // it, other tests' waits ran out. It runs after the web tests, with nothing beside it.
    {
      name: 'scale',
      testMatch: /backup-three-bodies\.spec\.ts/,
      dependencies: ['web'],
      use: debianChromium,
    },
    // The crash tests time what was kept against the moment of a kill: they run last, one
    // at a time (serial in their file), on a machine no other test is loading.
    {
      name: 'crash',
      testMatch: /crash\.spec\.ts/,
      dependencies: ['scale'],
      use: debianChromium,
    },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
  webServer: {
    // The built renderer (npm run test:e2e builds it first), served as a static site.
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${String(port)} --strictPort${dist === undefined ? '' : ` --outDir ${dist}`}`,
    url: `http://127.0.0.1:${String(port)}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
