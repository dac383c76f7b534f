import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { electron: fileURLToPath(new URL('./test/stubs/electron.ts', import.meta.url)) },
  },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}'],
    environment: 'node',
    // react-pdf's "can't wrap between pages" warning fails the render (test/setup/react-pdf-layout.ts).
    setupFiles: ['test/setup/react-pdf-layout.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    server: { deps: { inline: ['electron-store', 'conf'] } },
  },
});
