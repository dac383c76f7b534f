/**
 * A V8 CPU profile of one stretch of work in this process (what `node --cpu-prof` records, but
 * only around the work asked for), written as a .cpuprofile for Chrome DevTools and summarised as
 * the functions and the packages with the most self time.
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  functions: { name: string; ms: number }[];
  packages: { name: string; ms: number }[];
}

export async function profile(file: string, work: () => Promise<void>): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    await work();
  } finally {
    const { profile: recorded } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    session.disconnect();
    await writeFile(file, JSON.stringify(recorded));
    // eslint-disable-next-line no-unsafe-finally
    return summarise(recorded);
  }
}

/** Where a frame's code lives: a package under node_modules, our own folder, or node itself. */
function owner(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m?.[1]) return m[1];
  const ours = /\/(src\/[^/]+\/[^/]+|forms|bench)\//.exec(url);
  if (ours?.[1]) return ours[1];
  return url.startsWith('node:') ? 'node' : url === '' ? '(vm)' : url.split('/').slice(-2).join('/');
}

function summarise(p: Profile): ProfileSummary {
  const self = new Map<number, number>();
  for (const [i, id] of p.samples.entries())
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  const fns = new Map<string, number>();
  const pkgs = new Map<string, number>();
  let total = 0;
  for (const node of p.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    total += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const where = url ? `${url.split('/').slice(-1)[0] ?? ''}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where} [${owner(url)}]`;
    fns.set(key, (fns.get(key) ?? 0) + ms);
    const pkg = functionName === '(garbage collector)' ? '(garbage collector)' : owner(url);
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + ms);
  }
  const top = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, ms }));
  return { totalMs: total, functions: top(fns), packages: top(pkgs) };
}

export function formatSummary(s: ProfileSummary, rows = 15): string {
  const pct = (ms: number) => `${((ms / s.totalMs) * 100).toFixed(1).padStart(5)} %`;
  return [
    `  by package (self time, ${s.totalMs.toFixed(0)} ms sampled):`,
    ...s.packages.slice(0, 10).map((r) => `    ${pct(r.ms)}  ${r.name}`),
    `  top functions (self time):`,
    ...s.functions.slice(0, rows).map((r) => `    ${pct(r.ms)}  ${r.name}`),
  ].join('\n');
}
