// Timing of the fee calculator and schedule planner: `npx tsx bench/fees.ts`.
import { performance } from 'node:perf_hooks';
import { estimateFees, loadFeeSchedule, BANDWIDTHS, type FeeInput } from '../src/shared/fees/index.js';
import { buildScheduleIcs, loadLeadTimes, planSchedule } from '../src/shared/schedule/index.js';

function time(label: string, runs: number, fn: () => unknown): void {
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const perRun = (performance.now() - start) / runs;
  console.log(
    `${label.padEnd(44)} ${perRun < 1 ? `${(perRun * 1000).toFixed(1)} µs` : `${perRun.toFixed(2)} ms`}`,
  );
}

time('load + validate fee table (first call)', 1, loadFeeSchedule);
time('load + validate lead-time table (first call)', 1, loadLeadTimes);

const inputs: FeeInput[] = BANDWIDTHS.flatMap((bandwidth) =>
  (['single', 'multi'] as const).map((area) => ({
    providerType: 'private' as const,
    area,
    router: 'asp' as const,
    bandwidth,
    routers: 2 as const,
    settings: 1,
    ipAddresses: 2,
    certificates: 1,
    protocolAdditions: 0,
  })),
);
let i = 0;
time('estimateFees (warm)', 20_000, () => estimateFees(inputs[i++ % inputs.length] as FeeInput));
time('planSchedule hosting (warm)', 20_000, () =>
  planSchedule({ kind: 'hosting', target: '2027-07-01', today: '2027-04-01' }),
);
const plan = planSchedule({ kind: 'hosting', target: '2027-07-01', today: '2027-04-01' });
time('buildScheduleIcs hosting', 2_000, () => buildScheduleIcs(plan));
