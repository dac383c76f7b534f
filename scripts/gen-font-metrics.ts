/**
 * Generates src/shared/fonts/metrics.json (advance widths) and src/shared/fonts/coverage.json (printable code
 * points) from the bundled TTFs, so the browser-side overflow and 外字 checks need no 7 MB font.
 *
 *   npx tsx scripts/gen-font-metrics.ts          # rewrite both files
 *   npx tsx scripts/gen-font-metrics.ts --check  # exit 1 if the committed files are stale
 *
 * Most CJK glyphs advance exactly 1 em, so only the exceptions are stored, as runs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as fontkit from '@cantoo/fontkit';
import * as prettier from 'prettier';
import { FONT_FACES, type FaceKey } from '../src/shared/fonts/faces.js';

const require = createRequire(import.meta.url);

export const METRICS_PATH = fileURLToPath(new URL('../src/shared/fonts/metrics.json', import.meta.url));
export const COVERAGE_PATH = fileURLToPath(new URL('../src/shared/fonts/coverage.json', import.meta.url));

export interface FaceMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  defaultAdvance: number;
  /**
   * Space-separated `first:count:advance` runs (code points in hex) of consecutive code points that share
   * a non-default advance; a string keeps the file a fraction of the size of nested arrays.
   */
  runs: string;
}

export interface MetricsFile {
  generatedFrom: Record<FaceKey, string>;
  faces: Record<FaceKey, FaceMetrics>;
}

export interface CoverageFile {
  note: string;
  /** Base64 bitmap of U+0000–U+FFFF, bit (cp & 7) of byte (cp >> 3) set when every face has a glyph. */
  bmp: string;
  /** Space-separated `first-last` hex ranges above U+FFFF that every face covers. */
  astral: string;
}

interface FontLike {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  characterSet: number[];
  glyphForCodePoint(cp: number): { advanceWidth: number };
}

function faceMetrics(font: FontLike): FaceMetrics {
  const codePoints = [...font.characterSet].sort((a, b) => a - b);
  const runs: [number, number, number][] = [];
  const defaultAdvance = font.unitsPerEm;
  for (const cp of codePoints) {
    const advance = font.glyphForCodePoint(cp).advanceWidth;
    if (advance === defaultAdvance) continue;
    const last = runs.at(-1);
    if (last && last[0] + last[1] === cp && last[2] === advance) last[1] += 1;
    else runs.push([cp, 1, advance]);
  }
  return {
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    defaultAdvance,
    runs: runs.map(([cp, count, advance]) => `${cp.toString(16)}:${count}:${advance}`).join(' '),
  };
}

export async function generateFontData(): Promise<{ metrics: MetricsFile; coverage: CoverageFile }> {
  const faces = {} as Record<FaceKey, FaceMetrics>;
  const generatedFrom = {} as Record<FaceKey, string>;
  let common: Set<number> | undefined;
  for (const face of FONT_FACES) {
    const font = fontkit.create(await readFile(require.resolve(face.module))) as unknown as FontLike;
    faces[face.key] = faceMetrics(font);
    generatedFrom[face.key] = face.module;
    const set = new Set(font.characterSet);
    common = common ? new Set([...common].filter((cp) => set.has(cp))) : set;
  }
  const bitmap = new Uint8Array(0x10000 / 8);
  const astral: [number, number][] = [];
  for (const cp of [...(common ?? [])].sort((a, b) => a - b)) {
    if (cp <= 0xffff) {
      bitmap[cp >> 3] = (bitmap[cp >> 3] ?? 0) | (1 << (cp & 7));
      continue;
    }
    const last = astral.at(-1);
    if (last && last[1] + 1 === cp) last[1] = cp;
    else astral.push([cp, cp]);
  }
  return {
    metrics: { generatedFrom, faces },
    coverage: {
      note: 'Code points every bundled face (Noto Serif JP / Noto Sans JP, 400 and 700) can print.',
      bmp: Buffer.from(bitmap).toString('base64'),
      astral: astral.map(([a, b]) => `${a.toString(16)}-${b.toString(16)}`).join(' '),
    },
  };
}

/** Formatted as the repository's Prettier config would, so `prettier --check` accepts the files. */
export async function serialise(value: MetricsFile | CoverageFile, path: string): Promise<string> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(JSON.stringify(value), { ...options, parser: 'json' });
}

async function main(): Promise<void> {
  const { metrics, coverage } = await generateFontData();
  const files: [string, string][] = [
    [METRICS_PATH, await serialise(metrics, METRICS_PATH)],
    [COVERAGE_PATH, await serialise(coverage, COVERAGE_PATH)],
  ];
  if (process.argv.includes('--check')) {
    for (const [path, text] of files) {
      const current = await readFile(path, 'utf8').catch(() => '');
      if (current !== text) {
        process.stderr.write(
          `${path} は古くなっています。npx tsx scripts/gen-font-metrics.ts で再生成してください。\n`,
        );
        process.exitCode = 1;
      }
    }
    return;
  }
  for (const [path, text] of files) {
    await writeFile(path, text);
    process.stdout.write(`${path}: ${text.length} bytes\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
