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
    reporters: ['default'],
  },
});
