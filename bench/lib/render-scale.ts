/**
 * Render cost against the size of the provider (issue #12): the generated large provider
 * (test/fixtures/large/large-provider.ts) at 1, 10, 40 and 100 AP services, in the large
 * fixture's proportions — one hosting per 50 AP (at least one), 0.4 facility per AP (at least
 * one, five photos and a certificate each), and the CA service — so 100 is the fixture itself.
 * Every stage's documents are rendered (`combined`), the cache off: all the work a packet of that
 * size takes.
 *
 * Each size renders in a new process that first renders the 1-service provider (modules, fonts
 * and React loaded, as in the app's warmed-up worker) and then the size measured; its peak RSS is
 * that process's. Printed: wall and process CPU time per size (median of 3 up to 10 services, else one run), the ratio
 * of each to the 10-service time (goal: 100 ≤ 11×), pages, and the peak RSS at 100 (goal ≤ 800 MB).
 *
 * Called from bench/render.ts; alone: npx tsx bench/lib/render-scale.ts
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LargeProviderSize } from '../../test/fixtures/large/large-provider.js';

export const SCALE_SIZES = [1, 10, 40, 100] as const;
const GOAL_RATIO = 11;
const GOAL_RSS_MB = 800;

export const sizeFor = (apServices: number): LargeProviderSize => ({
  apServices,
  hostings: Math.max(1, Math.ceil(apServices / 50)),
  facilities: Math.max(1, Math.round(apServices * 0.4)),
});

interface ChildResult {
  ms: number[];
  /** Process CPU time of each render: steadier than wall time on the shared, loaded machines. */
  cpuMs: number[];
  pages: number;
  services: number;
  attachments: number;
  rss: number;
}

/** In the child: warm up on the smallest provider, then time the asked size. */
async function child(apServices: number, runs: number): Promise<ChildResult> {
  process.env.NODE_ENV ??= 'production';
  const { renderWorkspaceDocuments } = await import('../../src/main/services/render/render-workspace.js');
  const { largeProvider } = await import('../../test/fixtures/large/large-provider.js');
  const render = (size: LargeProviderSize) =>
    renderWorkspaceDocuments({
      workspace: largeProvider(size),
      appRoot: resolve('.'),
      force: true,
      combined: true,
      attachmentDirs: [resolve('forms/samples/attachments')],
      now: '2026-11-22',
      cache: false,
    });
  await render(sizeFor(1));
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    pages = (await render(sizeFor(apServices))).pageCount;
    const used = process.cpuUsage(cpu);
    ms.push(performance.now() - started);
    cpuMs.push((used.user + used.system) / 1000);
  }
  const workspace = largeProvider(sizeFor(apServices));
  return {
    ms,
    cpuMs,
    pages,
    services: workspace.services.length,
    attachments: workspace.attachments.length,
    rss: process.resourceUsage().maxRSS * 1024,
  };
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Runs every size in its own process and returns the lines to print. */
export function renderScale(): string[] {
  const script = fileURLToPath(import.meta.url);
  const rows = SCALE_SIZES.map((n) => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', script, '--scale-child', String(n), String(n <= 10 ? 3 : 1)],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const result = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ChildResult;
    return { n, ...result, time: median(result.ms), cpu: median(result.cpuMs) };
  });
  const ten = rows.find((r) => r.n === 10)?.time ?? Number.NaN;
  const tenCpu = rows.find((r) => r.n === 10)?.cpu ?? Number.NaN;
  const largest = rows.at(-1);
  const lines = [
    'scale: the large provider at N AP services (1 HO per 50 AP, 0.4 FA per AP, CA), every stage, cache off',
    `  1-min load average ${(loadavg()[0] ?? 0).toFixed(2)} on ${availableParallelism()} cores at the end`,
    '  AP    services  attachments  pages   render     ratio to 10   CPU        ratio to 10   peak RSS',
    ...rows.map(
      (r) =>
        `  ${String(r.n).padStart(3)}   ${String(r.services).padStart(8)}  ${String(r.attachments).padStart(11)}  ${String(r.pages).padStart(5)}   ${s(r.time).padStart(8)}   ${(r.time / ten).toFixed(2).padStart(8)}×   ${s(r.cpu).padStart(8)}   ${(r.cpu / tenCpu).toFixed(2).padStart(8)}×   ${mb(r.rss).padStart(8)}`,
    ),
  ];
  if (largest) {
    const ratio = largest.time / ten;
    lines.push(
      `  100 / 10 = ${ratio.toFixed(2)}× wall, ${(largest.cpu / tenCpu).toFixed(2)}× CPU (goal ≤ ${GOAL_RATIO}×: ${ratio <= GOAL_RATIO ? 'met' : 'NOT met'}); ` +
        `peak RSS at 100 = ${mb(largest.rss)} (goal ≤ ${GOAL_RSS_MB} MB: ${largest.rss <= GOAL_RSS_MB * 1024 * 1024 ? 'met' : 'NOT met'})`,
    );
  }
  return lines;
}

// Only when this very file is run (bench/render.ts bundles a copy of it for its cold runs).
const self = fileURLToPath(import.meta.url);
if (self.endsWith('render-scale.ts') && process.argv[1] === self) {
  if (process.argv[2] === '--scale-child') {
    const result = await child(Number(process.argv[3]), Number(process.argv[4] ?? '1'));
    process.stdout.write(`\n${JSON.stringify(result)}\n`);
  } else console.log(renderScale().join('\n'));
}
