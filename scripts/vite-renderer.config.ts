import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { pdfjsAssets } from './vite-pdfjs-assets.js';

// Builds only the renderer (same settings as electron.vite.config.ts) for the E2E tests and the UI
// benchmark, which need no main-process bundle.
export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [react(), pdfjsAssets()],
  build: {
    outDir: resolve('out/renderer'),
    emptyOutDir: true,
    rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
  },
});
