import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Importing the real `electron` under Node tries to download its binary: main-process
    // code is tested against a fake module instead.
    alias: {
      electron: fileURLToPath(new URL('./tests/unit/main/fake-electron.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // The JSON report feeds the list of slowest tests that .ci/run prints (scripts/slowest-tests.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit-report.json' },
  },
});
