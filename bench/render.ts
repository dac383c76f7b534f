/**
 * Render benchmark: the README sample (forms/samples/sample-vendor.json, or the render test fixture
 * until the sample exists) with ten 12-megapixel photos on its facility service. Prints cold render
 * (new process), warm render, packet size and peak RSS. Run: npx tsx bench/render.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { WorkspaceSchema } from '../src/shared/model/index.js';
import { renderWorkspaceDocuments } from '../src/main/services/render/render-workspace.js';
import { printJpeg } from '../src/main/services/render/attachment-files.js';

const sample = existsSync('forms/samples/sample-vendor.json')
  ? 'forms/samples/sample-vendor.json'
  : 'test/integration/render/fixtures/vendor.json';

async function prepare(dir: string): Promise<string> {
  const ws = WorkspaceSchema.parse(JSON.parse(await readFile(sample, 'utf8')));
  const fa = ws.services.find((s) => s.kind === 'FA');
  const areas = ['installation', 'power', 'air-conditioning', 'monitoring', 'earthquake'] as const;
  for (let i = 0; i < 10; i += 1) {
    // 4000 × 3000 = 12 MP, noisy enough to compress like a photo, EXIF orientation 6 (rotated).
    const noise = await sharp({
      create: { width: 4000, height: 3000, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 12 } },
    })
      .jpeg({ quality: 90 })
      .toBuffer();
    const bytes = await sharp(noise).withMetadata({ orientation: 6 }).jpeg({ quality: 90 }).toBuffer();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await writeFile(join(dir, sha256), bytes);
    // What attaching does once: a rotated, downscaled print derivative stored beside the original.
    const print = await printJpeg(bytes, `IMG_${i}.jpg`, { width: 170, height: 240 });
    const printSha = createHash('sha256').update(print).digest('hex');
    await writeFile(join(dir, printSha), print);
    const printMeta = await sharp(print).metadata();
    ws.attachments.push({
      id: `bench-${i}`,
      kind: 'facility-photo',
      area: areas[i % 5] ?? null,
      serviceId: fa?.id ?? '',
      caption: `12MP写真${i + 1}`,
      file: {
        sha256,
        originalName: `IMG_${i}.jpg`,
        mediaType: 'image/jpeg',
        size: bytes.length,
        width: 4000,
        height: 3000,
      },
      print: { sha256: printSha, width: printMeta.width ?? 1, height: printMeta.height ?? 1 },
      addedAt: new Date().toISOString(),
    });
  }
  const file = join(dir, 'workspace.json');
  await writeFile(file, JSON.stringify(ws));
  return file;
}

async function once(file: string, dirs: string[]): Promise<{ ms: number; bytes: number; pages: number }> {
  const workspace = WorkspaceSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  const t = performance.now();
  const r = await renderWorkspaceDocuments({
    workspace,
    appRoot: resolve('.'),
    force: true,
    attachmentDirs: dirs,
    now: '2026-11-22',
  });
  return { ms: performance.now() - t, bytes: r.packet.byteLength, pages: r.pageCount };
}

if (process.argv[2] === '--child') {
  const r = await once(process.argv[3] ?? '', [process.argv[4] ?? '', resolve('forms/samples/attachments')]);
  process.stdout.write(JSON.stringify({ ...r, rss: process.resourceUsage().maxRSS * 1024 }));
} else {
  const dir = await mkdtemp(join(tmpdir(), 'bench-render-'));
  const file = await prepare(dir);
  const started = performance.now();
  const child = JSON.parse(
    execFileSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', '--child', file, dir], {
      encoding: 'utf8',
    }),
  ) as { ms: number; bytes: number; pages: number; rss: number };
  const cold = performance.now() - started;
  const dirs = [dir, resolve('forms/samples/attachments')];
  await once(file, dirs);
  const warm: number[] = [];
  for (let i = 0; i < 3; i += 1) warm.push((await once(file, dirs)).ms);
  warm.sort((a, b) => a - b);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(`sample: ${sample} + 10 photos of 12 MP`);
  console.log(
    `cold render (new process, incl. start-up): ${(cold / 1000).toFixed(2)} s (render itself ${(child.ms / 1000).toFixed(2)} s)  target ≤ 2.5 s`,
  );
  console.log(`warm render (median of 3): ${(warm[1]! / 1000).toFixed(2)} s  target ≤ 1.0 s`);
  console.log(`packet: ${child.pages} pages, ${mb(child.bytes)} MB  target ≤ 8 MB`);
  console.log(
    `peak RSS (cold process): ${mb(child.rss)} MB  target ≤ 600 MB; this process: ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
  );
}
