import { defineConfig } from '@playwright/test';
import { chromiumArgs, systemChromium } from './tests/e2e/support/browser';

const port = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  globalSetup: './tests/e2e/support/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${String(port)}/`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testIgnore: /electron\//,
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: systemChromium(), args: chromiumArgs },
      },
    },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
  webServer: {
    // The built renderer (npm run test:e2e builds it first), served as a static site.
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${String(port)} --strictPort`,
    url: `http://127.0.0.1:${String(port)}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
