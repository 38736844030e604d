import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is a plain web app: relative asset paths let it load from the app's own
// protocol in Electron and from any static server in a browser.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  // Each build stamped: a backup does not take a meeting's part kept by another build
  // (db/backup-parts.ts), whose archive writer may differ.
  define: { __MINUTEBOOK_BUILD__: JSON.stringify(new Date().toISOString()) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
