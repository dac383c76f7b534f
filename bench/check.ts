// Timing of the rules engine: one full check of the vendor sample and of a generated workspace with
// 1,000 services (targets: ≤ 1 ms and ≤ 50 ms median). `npx tsx bench/check.ts`.
import { performance } from 'node:perf_hooks';
import type { Workspace } from '../src/shared/model/index.js';
import { checkWorkspace } from '../src/shared/rules/engine.js';
import { largeWorkspace } from '../test/fixtures/rules/large-workspace.js';
import { sample, TODAY } from '../test/fixtures/rules/workspaces.js';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

function measure(label: string, runs: number, make: (i: number) => Workspace, target?: number): void {
  const inputs = Array.from({ length: runs + 1 }, (_, i) => make(i));
  const times: number[] = [];
  let findings = 0;
  inputs.forEach((ws, i) => {
    const start = performance.now();
    findings = checkWorkspace(ws, { today: TODAY }).findings.length;
    if (i > 0) times.push(performance.now() - start);
  });
  const m = median(times);
  const verdict =
    target === undefined
      ? ''
      : m <= target
        ? `  (目標 ≤ ${fmt(target)}: 達成)`
        : `  (目標 ≤ ${fmt(target)}: 未達)`;
  console.log(
    `${label.padEnd(52)} median ${fmt(m).padStart(9)}  p90 ${fmt(times.sort((a, b) => a - b)[Math.floor(times.length * 0.9)] ?? NaN).padStart(9)}  findings ${findings}${verdict}`,
  );
}

const vendor = sample('vendor');
const start = performance.now();
checkWorkspace(vendor, { today: TODAY });
console.log(
  `${'first check in this process (tables load, memo empty)'.padEnd(52)} ${fmt(performance.now() - start)}`,
);

measure('sample (vendor), unchanged between checks', 200, () => vendor, 1);
// As in the editor: one keystroke changes one field, so one text misses the fit memo.
measure(
  'sample (vendor), one text edited per check',
  200,
  (i) => {
    const ws = structuredClone(vendor);
    ws.provider.businessSummary += `${i}`;
    return ws;
  },
  1,
);
const large = largeWorkspace(1000);
measure('1,000 services, unchanged between checks', 30, () => large, 50);
measure('1,000 services, every overview edited (fit memo cold)', 10, (i) => {
  const ws = structuredClone(large);
  for (const s of ws.services) s.overview += `${i}`;
  return ws;
});
