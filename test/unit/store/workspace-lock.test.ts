import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LockHolder } from '../../../src/main/services/store/lock-holder.js';
import { WorkspaceLocks } from '../../../src/main/services/store/workspace-lock.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lgwan-locks-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const timing = { heartbeatMs: 60_000, staleAfterMs: 10 * 60_000 };
/** Two PCs on one shared folder, each with its own clock we move by hand. */
const pc = (user: string, host: string, clock: { now: number }, pid = process.pid): WorkspaceLocks => {
  const holder: LockHolder = { user, host, pid, instance: `${host}-${user}` };
  return new WorkspaceLocks(dir, holder, timing, () => new Date(clock.now));
};
const ID = '0b9c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';

describe('per-workspace lock', () => {
  it('the second PC gets the holder (user, PC, since) and cannot take a fresh lock', async () => {
    const clock = { now: Date.parse('2026-12-03T00:15:00Z') };
    const a = pc('yamada', 'SOUMU-PC01', clock);
    const b = pc('suzuki', 'SOUMU-PC02', clock);
    expect(await a.acquire(ID)).toEqual({ state: 'mine' });
    const seen = await b.acquire(ID);
    expect(seen).toMatchObject({
      state: 'held',
      stale: false,
      holder: { user: 'yamada', host: 'SOUMU-PC01', since: '2026-12-03T00:15:00.000Z' },
    });
    if (seen.state !== 'held') throw new Error('unreachable');
    expect(await b.takeOver(ID, seen.holder.heartbeatAt)).toMatchObject({ state: 'held', stale: false });
    expect(await a.acquire(ID)).toEqual({ state: 'mine' });
  });

  it('heartbeats keep it fresh; without them for 10 minutes it is stale and taken over after confirmation', async () => {
    const clock = { now: Date.parse('2026-12-03T00:00:00Z') };
    const a = pc('yamada', 'SOUMU-PC01', clock);
    const b = pc('suzuki', 'SOUMU-PC02', clock);
    await a.acquire(ID);
    clock.now += 9 * 60_000;
    await a.heartbeat();
    clock.now += 9 * 60_000;
    expect(await b.acquire(ID)).toMatchObject({ state: 'held', stale: false });
    // PC01 is switched off: no more heartbeats.
    clock.now += 10 * 60_000 + 1;
    const seen = await b.acquire(ID);
    expect(seen).toMatchObject({ state: 'held', stale: true, holder: { since: '2026-12-03T00:00:00.000Z' } });
    if (seen.state !== 'held') throw new Error('unreachable');
    expect(await b.takeOver(ID, seen.holder.heartbeatAt)).toEqual({ state: 'mine' });
    // PC01 wakes up: its lock is gone, its heartbeat does not steal it back, and it is told who has it.
    await a.heartbeat();
    expect(await a.acquire(ID)).toMatchObject({
      state: 'held',
      holder: { user: 'suzuki', host: 'SOUMU-PC02' },
    });
    expect(await b.status(ID)).toEqual({ state: 'mine' });
    expect((await readdir(dir)).sort()).toEqual([`${ID}.lock`]);
  });

  it('nothing is taken over when the holder beat again after the user saw the stale lock', async () => {
    const clock = { now: Date.parse('2026-12-03T00:00:00Z') };
    const a = pc('yamada', 'SOUMU-PC01', clock);
    const b = pc('suzuki', 'SOUMU-PC02', clock);
    await a.acquire(ID);
    clock.now += 11 * 60_000;
    const seen = await b.acquire(ID);
    if (seen.state !== 'held') throw new Error('expected held');
    expect(seen.stale).toBe(true);
    await a.heartbeat(); // the laptop woke up while the dialog was open
    expect(await b.takeOver(ID, seen.holder.heartbeatAt)).toMatchObject({ state: 'held', stale: false });
    expect(await a.status(ID)).toEqual({ state: 'mine' });
  });

  it('a lock left by a crashed run of this same PC is taken without asking', async () => {
    const clock = { now: Date.now() };
    const crashed = pc('yamada', 'SOUMU-PC01', clock, 2 ** 22 + 12345); // no such process
    await crashed.acquire(ID);
    const restarted = pc('yamada2', 'SOUMU-PC01', clock);
    expect(await restarted.acquire(ID)).toEqual({ state: 'mine' });
  });

  it('a cut-off lock file shows an unknown, stale holder that can be taken over', async () => {
    await writeFile(join(dir, `${ID}.lock`), '{"user":"yam');
    const clock = { now: Date.now() };
    const b = pc('suzuki', 'SOUMU-PC02', clock);
    const seen = await b.acquire(ID);
    expect(seen).toMatchObject({ state: 'held', stale: true, holder: { user: '不明' } });
    if (seen.state !== 'held') throw new Error('unreachable');
    expect(await b.takeOver(ID, seen.holder.heartbeatAt)).toEqual({ state: 'mine' });
  });

  it('release removes only its own lock; on quit every held lock goes at once', async () => {
    const clock = { now: Date.now() };
    const a = pc('yamada', 'SOUMU-PC01', clock);
    const b = pc('suzuki', 'SOUMU-PC02', clock);
    await a.acquire(ID);
    await b.release(ID);
    expect(JSON.parse(await readFile(join(dir, `${ID}.lock`), 'utf8'))).toMatchObject({ user: 'yamada' });
    await a.acquire('second-workspace');
    a.releaseAllSync();
    expect(await readdir(dir)).toEqual([]);
    expect(await b.acquire(ID)).toEqual({ state: 'mine' });
  });
});
