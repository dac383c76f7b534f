import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const FOLDERS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'] as const;

/**
 * Ships pdf.js's CMaps, standard fonts and decoders inside the app (under `pdfjs/`), so previews of
 * attachments with unembedded fonts work in closed networks: pdf.js never fetches from a CDN.
 */
export const pdfjsAssets = (): Plugin => ({
  name: 'lgwan-pdfjs-assets',
  apply: 'build',
  generateBundle() {
    const root = dirname(require.resolve('pdfjs-dist/package.json'));
    for (const folder of FOLDERS) {
      for (const name of readdirSync(join(root, folder))) {
        this.emitFile({
          type: 'asset',
          fileName: `pdfjs/${folder}/${name}`,
          source: readFileSync(join(root, folder, name)),
        });
      }
    }
  },
});

/** Relative to index.html, as the renderer passes them to pdf.js. */
export const PDFJS_ASSET_BASE = './pdfjs/';
