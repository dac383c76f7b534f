import ICAL from 'ical.js';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/commands/schedule.js';
import type { CliIo } from '../../../src/cli/io.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function cli(args: string[], cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

describe('npm run cli -- schedule', () => {
  it('lists the steps with their latest start and marks the late ones', async () => {
    const r = await cli(['--kind', 'hosting', '--target', '2027-07-01', '--today', '2027-04-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/遅れ\s+2026-12-01 〜 2027-01-01\s+参加資格審査/);
    expect(r.stdout).toMatch(/ {6}2027-05-27 〜 2027-06-10\s+受理・結果通知/);
    expect(r.stdout.match(/^ {2}遅れ/gm)).toHaveLength(4);
    expect(r.stdout).toContain('--with participation-certification');
  });

  it('--json gives the plan', async () => {
    const r = await cli(['--kind', 'facility', '--target', '2027-07-01', '--today', '2027-03-01', '--json']);
    const plan = JSON.parse(r.stdout) as { onTime: boolean; startBy: string; steps: { id: string }[] };
    expect(plan).toMatchObject({ onTime: true, startBy: '2027-03-17' });
    expect(plan.steps).toHaveLength(3);
  });

  it('--ics writes a calendar file relative to the working directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'schedule-cli-'));
    dirs.push(dir);
    const r = await cli(
      ['--kind', 'communication', '--target', '2027-07-01', '--today', '2027-01-01', '--ics', 'out/plan.ics'],
      dir,
    );
    expect(r.code).toBe(0);
    const file = join(dir, 'out', 'plan.ics');
    expect(r.stdout).toContain(file);
    const calendar = ICAL.Component.fromString(await readFile(file, 'utf8'));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(4);
  });

  it.each([
    [
      ['--kind', 'hosted', '--target', '2027-07-01'],
      '--kind の値「hosted」',
      'hosting（ホスティングサービス）',
    ],
    [['--kind', 'hosting'], '--target を指定してください', 'LGWAN接続日'],
    [['--kind', 'hosting', '--target', '2027/07/01'], '--target の値「2027/07/01」', 'YYYY-MM-DD'],
    [['--kind', 'hosting', '--target', '2027-07-01', '--today', '2027-02-29'], '--today', 'YYYY-MM-DD'],
    [
      ['--kind', 'hosting', '--target', '2027-07-01', '--without', 'procurement'],
      '省けない',
      'application-certificate',
    ],
    [
      ['--kind', 'hosting', '--target', '2027-07-01', '--basis', 'max'],
      '--basis の値「max」',
      'upper（目安の長い方）',
    ],
  ])('bad arguments %j exit 2 with a Japanese message', async (args, words, allowed) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(words);
    expect(r.stderr).toContain(allowed);
  });
});
