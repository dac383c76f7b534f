import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { pdfjsAssets } from './scripts/vite-pdfjs-assets.js';

export default defineConfig({
  main: {
    build: {
      // pdfkit (inside @react-pdf/renderer) loads its font data relative to its own files, so
      // dependencies stay external (STACK-NOTES, react-pdf#3570).
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'render-worker': resolve('src/main/services/render/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // CommonJS keeps the preload loadable with `sandbox: true` (STACK-NOTES).
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), pdfjsAssets()],
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
