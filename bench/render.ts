/**
 * Render benchmark (issue #4): the README sample (forms/samples/sample-vendor.json, or the render
 * test fixture until the sample exists) with ten 12-megapixel photos on its facility service, each
 * with the print derivative attaching makes (normalise-image.ts), as a workspace saved by the app has.
 *
 * Prints, honestly labelled:
 * - cold: a new process renders once, start-up included — run both as the app's built worker runs
 *   (this file bundled by esbuild with its dependencies external, plain node) and through tsx (as the
 *   CLI runs, TypeScript compiled on load);
 * - the first render in the app: a new process that first did the app's warm-up (two sample
 *   documents laid out after the window shows), then renders the packet;
 * - warm: in this process after one render — unchanged workspace (cached documents reused), after a
 *   one-field edit printed on one form, after one printed in every applicant block, and with the
 *   cache off;
 * - packet size, page count, peak RSS of the cold process;
 * - last, the floor (issue #13): the packet's own text items and JPEGs, read back with pdfjs, drawn
 *   again with @cantoo/pdf-lib and the same subset fonts and no layout (bench/floor/), warm (median
 *   of 5) and cold (a new process), and the renders as ratios to it. Absolute times on the shared
 *   2-core machines swing 2–3× between runs; a ratio to a floor measured in the same run holds.
 *
 * Photos: `--photos synthetic` (default) is a generated server-room scene — lighting gradient, floor
 * tiles, racks with vents and LEDs, ±4 levels of sensor noise — that compresses like a photo;
 * `--photos noise` is the earlier generator, pure Gaussian noise (σ 12), a worst case for JPEG.
 *
 * `--profile` instead records a CPU profile of three warm cache-off renders (.tmp/bench-render/
 * warm-cache-off.cpuprofile, open it in Chrome DevTools) and prints where the time goes.
 *
 * Run: npx tsx bench/render.ts [--photos synthetic|noise] [--sample workspace.json] [--profile]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { WorkspaceSchema, type Workspace } from '../src/shared/model/index.js';
import { normaliseImage } from '../src/main/services/attachments/normalise-image.js';
import { contentSize, extractContent } from './floor/extract.js';
import { formatSummary, profile } from './lib/cpu-profile.js';
import { renderScale } from './lib/render-scale.js';
import { readFaces, redraw, writeContent } from './floor/redraw.js';

// As the app's render worker and the CLI set it before loading React (production build).
process.env.NODE_ENV ??= 'production';
const { renderWorkspaceDocuments } = await import('../src/main/services/render/render-workspace.js');

const { values: options, positionals } = parseArgs({
  options: {
    photos: { type: 'string', default: 'synthetic' },
    sample: { type: 'string' },
    child: { type: 'boolean' },
    'warm-up': { type: 'boolean' },
    profile: { type: 'boolean' },
  },
  allowPositionals: true,
});
const sample =
  options.sample ??
  (existsSync('forms/samples/sample-vendor.json')
    ? 'forms/samples/sample-vendor.json'
    : 'test/integration/render/fixtures/vendor.json');
const SAMPLE_ATTACHMENTS = resolve('forms/samples/attachments');
const WIDTH = 4000;
const HEIGHT = 3000;

/** Deterministic xorshift32, so every run benchmarks the same pictures. */
function random(seed: number): () => number {
  let x = seed * 7919 + 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** A 12 MP server-room scene: lit wall, tiled floor, racks with vents and status LEDs, sensor noise. */
function sceneRgb(seed: number): Buffer {
  const rand = random(seed);
  const px = Buffer.allocUnsafe(WIDTH * HEIGHT * 3);
  const racks = Array.from({ length: 6 }, () => ({
    x: Math.floor(rand() * WIDTH * 0.85),
    w: Math.floor(WIDTH * (0.08 + rand() * 0.08)),
    top: Math.floor(HEIGHT * (0.15 + rand() * 0.15)),
    shade: 30 + rand() * 50,
  }));
  const light = { x: rand() * WIDTH, y: rand() * HEIGHT * 0.3 };
  for (let y = 0; y < HEIGHT; y += 1) {
    for (let x = 0; x < WIDTH; x += 1) {
      const dx = (x - light.x) / WIDTH;
      const dy = (y - light.y) / HEIGHT;
      const wall = 200 - 120 * Math.sqrt(dx * dx + dy * dy);
      let rgb = [wall * 0.95, wall, wall * 1.05];
      if (y > HEIGHT * 0.8) {
        const floor = 150 + (((x >> 7) + (y >> 7)) & 1) * 12 - (y / HEIGHT) * 40;
        rgb = [floor, floor, floor];
      }
      for (const k of racks) {
        if (x < k.x || x >= k.x + k.w || y < k.top || y >= HEIGHT * 0.85) continue;
        const u = x - k.x;
        const v = k.shade + ((y >> 5) & 1) * 10 + (u % 12 < 6 && y % 40 < 30 ? 18 : 0);
        const led = u > k.w - 30 && u < k.w - 18 && y % 64 < 8;
        rgb = led ? [40, 230, 60] : [v, v, v + 5];
      }
      const noise = (rand() - 0.5) * 8;
      const i = (y * WIDTH + x) * 3;
      px[i] = Math.max(0, Math.min(255, (rgb[0] ?? 0) + noise));
      px[i + 1] = Math.max(0, Math.min(255, (rgb[1] ?? 0) + noise));
      px[i + 2] = Math.max(0, Math.min(255, (rgb[2] ?? 0) + noise));
    }
  }
  return px;
}

/** A camera JPEG (q 92) stored sideways with EXIF orientation 6, as a phone held upright saves it. */
async function photo(kind: 'synthetic' | 'noise', seed: number): Promise<Uint8Array> {
  const raw =
    kind === 'noise'
      ? await sharp({
          create: {
            width: WIDTH,
            height: HEIGHT,
            channels: 3,
            background: '#808080',
            noise: { type: 'gaussian', mean: 128, sigma: 12 },
          },
        })
          .raw()
          .toBuffer()
      : sceneRgb(seed);
  const jpeg = await sharp(raw, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 92 })
    .toBuffer();
  return new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
}

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function prepare(dir: string, kind: 'synthetic' | 'noise'): Promise<string> {
  const ws = WorkspaceSchema.parse(JSON.parse(await readFile(sample, 'utf8')));
  const fa = ws.services.find((s) => s.kind === 'FA');
  const areas = ['installation', 'power', 'air-conditioning', 'monitoring', 'earthquake'] as const;
  for (let i = 0; i < 10; i += 1) {
    const bytes = await photo(kind, i + 1);
    await writeFile(join(dir, sha(bytes)), bytes);
    // What attaching does once: a rotated, downscaled print derivative stored beside the original.
    const print = await normaliseImage(bytes, `IMG_${i}.jpg`);
    await writeFile(join(dir, sha(print.bytes)), print.bytes);
    ws.attachments.push({
      id: `bench-${i}`,
      kind: 'facility-photo',
      area: areas[i % 5] ?? null,
      serviceId: fa?.id ?? '',
      caption: `12MP写真${i + 1}`,
      file: {
        sha256: sha(bytes),
        originalName: `IMG_${i}.jpg`,
        mediaType: 'image/jpeg',
        size: bytes.length,
        width: print.sourceWidth,
        height: print.sourceHeight,
      },
      print: { sha256: sha(print.bytes), width: print.width, height: print.height },
      addedAt: new Date().toISOString(),
    });
  }
  const file = join(dir, 'workspace.json');
  await writeFile(file, JSON.stringify(ws));
  return file;
}

interface Once {
  ms: number;
  /** CPU time of the process during the render (all threads): less sensitive to a busy machine. */
  cpuMs: number;
  bytes: number;
  pages: number;
  laidOut: number;
  reused: number;
}

async function once(workspace: Workspace, dirs: string[], cache = true): Promise<Once> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const r = await renderWorkspaceDocuments({
    workspace,
    appRoot: resolve('.'),
    force: true,
    // Every stage in one packet: the per-stage envelope of the sample holds none of its photos.
    combined: true,
    attachmentDirs: dirs,
    now: '2026-11-22',
    cache,
  });
  const used = process.cpuUsage(cpu);
  return {
    ms: performance.now() - t,
    cpuMs: (used.user + used.system) / 1000,
    bytes: r.packet.byteLength,
    pages: r.pageCount,
    laidOut: r.laidOut,
    reused: r.reused,
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

interface ChildResult extends Once {
  startupMs: number;
  rss: number;
  processCpuMs: number;
  wall: number;
}

/** One render in a new process; wall time from spawn to exit. */
function cold(command: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildResult {
  const started = performance.now();
  const out = execFileSync(command, args, {
    encoding: 'utf8',
    // No compile cache unless asked: a first start after installing has none.
    env: { ...process.env, NODE_COMPILE_CACHE: undefined, ...env },
  });
  const wall = performance.now() - started;
  return { ...(JSON.parse(out) as Omit<ChildResult, 'wall'>), wall };
}

/** A script bundled like electron-vite bundles the render worker: our code in, node_modules out. */
async function bundle(entry = fileURLToPath(import.meta.url), name = 'render.mjs'): Promise<string> {
  const { build } = await import('esbuild');
  // Inside the repository so the bundle resolves node_modules (fonts, pdfkit data) as the app does.
  const outDir = resolve('.tmp/bench-render');
  await mkdir(outDir, { recursive: true });
  const outfile = join(outDir, name);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    jsx: 'automatic',
    logLevel: 'error',
  });
  return outfile;
}

if (options.child) {
  const [file, dir] = positionals;
  // performance.now() counts from process start: this is start-up plus loading every module.
  const startupMs = performance.now();
  // As the app does after its window shows (render-client.ts), before the user asks for a render.
  if (options['warm-up']) {
    const { warmUpRenderer } = await import('../src/main/services/render/render-client.js');
    await warmUpRenderer(renderWorkspaceDocuments, 'forms/samples/sample-vendor.json', resolve('.'));
  }
  const workspace = WorkspaceSchema.parse(JSON.parse(await readFile(file ?? '', 'utf8')));
  const r = await once(workspace, [dir ?? '', SAMPLE_ATTACHMENTS]);
  const used = process.cpuUsage();
  process.stdout.write(
    JSON.stringify({
      ...r,
      startupMs,
      rss: process.resourceUsage().maxRSS * 1024,
      processCpuMs: (used.user + used.system) / 1000,
    }),
  );
} else if (options.profile) {
  const kind = options.photos === 'noise' ? 'noise' : 'synthetic';
  const dir = await mkdtemp(join(tmpdir(), 'bench-render-'));
  const workspace = WorkspaceSchema.parse(JSON.parse(await readFile(await prepare(dir, kind), 'utf8')));
  const dirs = [dir, SAMPLE_ATTACHMENTS];
  await once(workspace, dirs, false);
  const file = resolve('.tmp/bench-render/warm-cache-off.cpuprofile');
  await mkdir(resolve('.tmp/bench-render'), { recursive: true });
  const runs: Once[] = [];
  const summary = await profile(file, async () => {
    for (let i = 0; i < 3; i += 1) runs.push(await once(workspace, dirs, false));
  });
  console.log(`warm cache-off render, 3 runs profiled: median ${s(median(runs.map((r) => r.ms)))}; ${file}`);
  console.log(formatSummary(summary, 25));
} else {
  const kind = options.photos === 'noise' ? 'noise' : 'synthetic';
  const dir = await mkdtemp(join(tmpdir(), 'bench-render-'));
  const file = await prepare(dir, kind);
  const dirs = [dir, SAMPLE_ATTACHMENTS];
  const script = fileURLToPath(import.meta.url);
  const bundled = await bundle();

  const load = loadavg()[0] ?? 0;
  const builtRuns = [0, 1, 2].map(() => cold(process.execPath, [bundled, '--child', file, dir]));
  const tsxRuns = [0, 1, 2].map(() =>
    cold(process.execPath, [...process.execArgv, script, '--child', file, dir]),
  );
  // The app's render worker enables Node's compile cache (worker.ts): from the second start on, the
  // modules load from cached code. One start fills the cache, then three are measured.
  const cache = { NODE_COMPILE_CACHE: await mkdtemp(join(tmpdir(), 'bench-compile-cache-')) };
  cold(process.execPath, [bundled, '--child', file, dir], cache);
  const cachedRuns = [0, 1, 2].map(() => cold(process.execPath, [bundled, '--child', file, dir], cache));
  const warmedRuns = [0, 1, 2].map(() =>
    cold(process.execPath, [bundled, '--child', '--warm-up', file, dir], cache),
  );
  const warmed = warmedRuns.sort((a, b) => a.ms - b.ms)[1] as ChildResult;
  const built = builtRuns.sort((a, b) => a.wall - b.wall)[1] as ChildResult;
  const builtCached = cachedRuns.sort((a, b) => a.wall - b.wall)[1] as ChildResult;
  const viaTsx = tsxRuns.sort((a, b) => a.wall - b.wall)[1] as ChildResult;

  const base = WorkspaceSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  await once(base, dirs);
  const unchanged: Once[] = [];
  for (let i = 0; i < 3; i += 1) unchanged.push(await once(base, dirs));

  // A field printed on one form (the facility's entry control, on the facility registration).
  const oneForm: Once[] = [];
  for (let i = 0; i < 3; i += 1) {
    const fa = base.services.find((x) => x.kind === 'FA');
    if (fa?.kind === 'FA') fa.entryControl = `ICカードと生体認証による入退室管理（改訂${i + 1}）`;
    oneForm.push(await once(base, dirs));
  }
  // A field printed on many forms (the representative's name, in every applicant block).
  const everyForm: Once[] = [];
  for (let i = 0; i < 3; i += 1) {
    base.provider.representative.name = `齋藤 ${['一郎', '二郎', '三郎'][i] ?? ''}`;
    everyForm.push(await once(base, dirs));
  }
  const uncached: Once[] = [];
  for (let i = 0; i < 5; i += 1) uncached.push(await once(base, dirs, false));

  const docs = (runs: Once[]) => `${runs[1]?.laidOut ?? 0} laid out, ${runs[1]?.reused ?? 0} reused`;
  const fig = (runs: Once[]) =>
    `${s(median(runs.map((r) => r.ms)))} (CPU ${s(median(runs.map((r) => r.cpuMs)))}; ${docs(runs)})`;
  const coldFig = (r: ChildResult) =>
    `${s(r.wall)} (start-up and modules ${s(r.startupMs)}, render ${s(r.ms)}; process CPU ${s(r.processCpuMs)})`;
  const lines = [
    `sample: ${sample} + 10 photos of 12 MP (${kind}); 1-min load average at start ${load.toFixed(2)} on ${availableParallelism()} cores`,
    `cold render: a new process, start-up included (median of 3)                target ≤ 2.5 s`,
    `  built like the app's render worker (esbuild bundle, plain node):  ${coldFig(built)}`,
    `  the same, a later start (compile cache filled by an earlier one): ${coldFig(builtCached)}`,
    `  through tsx, as the CLI runs:                                     ${coldFig(viaTsx)}`,
    `first render in the app, after its warm-up at start (render-client.ts):   ${s(warmed.ms)}`,
    `warm render in a running process (median of 3)                             target ≤ 1.0 s`,
    `  unchanged workspace (cached documents reused):                    ${fig(unchanged)}`,
    `  after an edit printed on one form (facility entry control):       ${fig(oneForm)}`,
    `  after an edit printed on every applicant block (representative):  ${fig(everyForm)}`,
    `  cache off (every document laid out again, median of 5):           ${fig(uncached)}`,
    `packet: ${built.pages} pages, ${mb(built.bytes)}                                              target ≤ 8 MB`,
    `peak RSS of the cold process: built ${mb(built.rss)}, tsx ${mb(viaTsx.rss)}                 target ≤ 600 MB`,
  ];
  console.log(lines.join('\n'));
  console.log(renderScale().join('\n'));

  // Other figures go above: the floor lines are the bench's last.
  const floor = await measureFloor(base, dirs);
  const warmOff = median(uncached.map((r) => r.ms));
  console.log(
    [
      `floor: ${floor.size.texts} text items (${floor.size.glyphs} characters) and ${floor.size.images} JPEGs of the packet, redrawn with pdf-lib and the same subset fonts`,
      `floor cold (a new process, start-up included, median of 3): ${floor.coldMs.toFixed(0)} ms`,
      `floor (same content, no layout): ${floor.warmMs.toFixed(0)} ms`,
      `ratio warm cache-off / floor: ${(warmOff / floor.warmMs).toFixed(2)}×   (goal ≤ 2.00×)`,
      `ratio cold / floor cold: ${(built.wall / floor.coldMs).toFixed(2)}×   (goal ≤ 3.00×)`,
    ].join('\n'),
  );
}

/** The floor of the same run: the rendered packet's content written again without layout. */
async function measureFloor(
  workspace: Workspace,
  dirs: string[],
): Promise<{ warmMs: number; coldMs: number; size: ReturnType<typeof contentSize> }> {
  const rendered = await renderWorkspaceDocuments({
    workspace,
    appRoot: resolve('.'),
    force: true,
    combined: true,
    attachmentDirs: dirs,
    now: '2026-11-22',
    cache: false,
  });
  const content = await extractContent(rendered.packet);
  const fonts = await readFaces(content.faces);
  await redraw(content, fonts);
  const warm: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const t = performance.now();
    await redraw(content, fonts);
    warm.push(performance.now() - t);
  }
  const dir = await mkdtemp(join(tmpdir(), 'bench-floor-'));
  await writeContent(dir, content);
  const child = await bundle(fileURLToPath(new URL('floor/child.ts', import.meta.url)), 'floor.mjs');
  const coldRuns = [0, 1, 2].map(() => {
    const started = performance.now();
    execFileSync(process.execPath, [child, dir], { env: { ...process.env, NODE_COMPILE_CACHE: undefined } });
    return performance.now() - started;
  });
  return { warmMs: median(warm), coldMs: median(coldRuns), size: contentSize(content) };
}
