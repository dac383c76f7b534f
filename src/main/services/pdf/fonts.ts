/**
 * Registers the bundled Japanese fonts with @react-pdf/renderer, plus the 禁則 line-break callback.
 * Fonts come from node_modules (shipped with the app), never from the PC: output must look the same
 * on every machine, and closed-network PCs may lack any Japanese TTF.
 */
import { createRequire } from 'node:module';
import { Font } from '@react-pdf/renderer';
import { FONT_FACES, type FontFace } from '../../../../forms/fonts/faces.js';
import { kinsokuHyphenation } from '../../../shared/text/kinsoku.js';
import { applyEngineSpeedups } from './engine-speedups.js';

// Not named `require`: electron-vite injects its own `require` shim into the main bundle.
const requireFrom = createRequire(import.meta.url);

/** Absolute path of a bundled face's TTF. */
export function fontPath(face: FontFace): string {
  return requireFrom.resolve(face.module);
}

let registered = false;

/** Idempotent: react-pdf's font store is process-wide and caches each parsed font. */
export function registerFonts(): void {
  if (registered) return;
  // LGWAN_ENGINE_SPEEDUPS=off measures the engines as shipped (bench/render.ts before/after).
  if (process.env.LGWAN_ENGINE_SPEEDUPS !== 'off') applyEngineSpeedups(fontPath(FONT_FACES[0] as FontFace));
  for (const family of new Set(FONT_FACES.map((f) => f.family))) {
    Font.register({
      family,
      fonts: FONT_FACES.filter((f) => f.family === family).map((f) => ({
        src: fontPath(f),
        fontWeight: f.weight,
      })),
    });
  }
  Font.registerHyphenationCallback(kinsokuHyphenation);
  registered = true;
}
