import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from './durable-write.js';
import { isDeadLocalHolder, type LockHolder } from './lock-holder.js';

/**
 * `<dataDir>/locks/<id>.lock`: who has a workspace open for editing. The holder rewrites
 * `heartbeatAt` every {@link LockTiming.heartbeatMs}; a lock whose heartbeat is older than
 * {@link LockTiming.staleAfterMs} belongs to a PC that crashed, lost the network or was switched
 * off, and may be taken over once the user confirms.
 */
export const LockRecordSchema = z.object({
  user: z.string(),
  host: z.string(),
  pid: z.number().int(),
  instance: z.string(),
  since: z.string(),
  heartbeatAt: z.string(),
});
export type LockRecord = z.infer<typeof LockRecordSchema>;

export type LockStatus = { state: 'mine' } | { state: 'held'; holder: LockRecord; stale: boolean };

export interface LockTiming {
  heartbeatMs: number;
  staleAfterMs: number;
}
/** A heartbeat a minute; ten minutes without one (sleep, network loss, crash) is stale. */
export const DEFAULT_LOCK_TIMING: LockTiming = { heartbeatMs: 60_000, staleAfterMs: 10 * 60_000 };

/** A lock file that does not parse (cut off by a crash): shown as an unknown holder, stale. */
const unreadableRecord = (): LockRecord => ({
  user: '不明',
  host: '不明',
  pid: -1,
  instance: '',
  since: new Date(0).toISOString(),
  heartbeatAt: new Date(0).toISOString(),
});

const isCode = (error: unknown, code: string): boolean =>
  (error as NodeJS.ErrnoException | undefined)?.code === code;

export class WorkspaceLocks {
  private readonly held = new Set<string>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly dir: string,
    readonly holder: LockHolder,
    private readonly timing: LockTiming = DEFAULT_LOCK_TIMING,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private pathOf(id: string): string {
    return join(this.dir, `${id}.lock`);
  }

  private record(since: string): LockRecord {
    const { user, host, pid, instance } = this.holder;
    return { user, host, pid, instance, since, heartbeatAt: this.clock().toISOString() };
  }

  private async read(id: string): Promise<LockRecord | null> {
    const text = await readFile(this.pathOf(id), 'utf8').catch((error: unknown) => {
      if (isCode(error, 'ENOENT')) return null;
      throw error;
    });
    if (text === null) return null;
    try {
      return LockRecordSchema.parse(JSON.parse(text));
    } catch {
      return unreadableRecord();
    }
  }

  isStale(record: LockRecord): boolean {
    return this.clock().getTime() - new Date(record.heartbeatAt).getTime() > this.timing.staleAfterMs;
  }

  private mine(id: string): LockStatus {
    this.held.add(id);
    this.timer ??= setInterval(() => void this.heartbeat(), this.timing.heartbeatMs);
    this.timer.unref?.();
    return { state: 'mine' };
  }

  private heldBy(record: LockRecord): LockStatus {
    return { state: 'held', holder: record, stale: this.isStale(record) };
  }

  /**
   * Takes the lock if nobody has it (or a run of this PC that has ended had it); otherwise says
   * who has it. Also the check before every save: a lock taken over while this PC slept is no
   * longer ours.
   */
  async acquire(id: string): Promise<LockStatus> {
    await mkdir(this.dir, { recursive: true });
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await writeFile(this.pathOf(id), JSON.stringify(this.record(this.clock().toISOString())), {
          flag: 'wx',
        });
        return this.mine(id);
      } catch (error) {
        if (!isCode(error, 'EEXIST')) throw error;
      }
      const current = await this.read(id);
      if (!current) continue;
      if (current.instance === this.holder.instance) return this.mine(id);
      this.held.delete(id);
      if (!isDeadLocalHolder(current, this.holder)) return this.heldBy(current);
      const replaced = await this.replace(id, current);
      if (replaced) return replaced;
    }
    const current = await this.read(id);
    return current ? this.heldBy(current) : { state: 'held', holder: unreadableRecord(), stale: true };
  }

  /** Whether this app has taken the lock (and not let it go). */
  isHeld(id: string): boolean {
    return this.held.has(id);
  }

  /** Whose lock it is now, without taking it. */
  async status(id: string): Promise<LockStatus | null> {
    const current = await this.read(id);
    if (!current) return null;
    return current.instance === this.holder.instance ? { state: 'mine' } : this.heldBy(current);
  }

  /**
   * Takes over a stale lock the user confirmed. `seenHeartbeatAt` is the heartbeat the user was
   * shown: if it moved since (the holder came back), nothing is taken.
   */
  async takeOver(id: string, seenHeartbeatAt: string): Promise<LockStatus> {
    const current = await this.read(id);
    if (!current) return this.acquire(id);
    if (current.instance === this.holder.instance) return this.mine(id);
    if (current.heartbeatAt !== seenHeartbeatAt || !this.isStale(current)) return this.heldBy(current);
    return (await this.replace(id, current)) ?? this.acquire(id);
  }

  /**
   * Replaces `expected`: renamed aside first, so of two PCs taking over at once only one moves
   * it; if what was moved is not what was judged stale (it beat in between), it is put back.
   */
  private async replace(id: string, expected: LockRecord): Promise<LockStatus | null> {
    const path = this.pathOf(id);
    const aside = `${path}.${randomBytes(6).toString('hex')}.stale`;
    try {
      await rename(path, aside);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      throw error;
    }
    const moved = await readFile(aside, 'utf8').catch(() => '');
    const still = (() => {
      try {
        return LockRecordSchema.parse(JSON.parse(moved));
      } catch {
        return unreadableRecord();
      }
    })();
    if (still.instance !== expected.instance || still.heartbeatAt !== expected.heartbeatAt) {
      await link(aside, path).catch(() => undefined);
      await rm(aside, { force: true });
      return this.heldBy(still);
    }
    await rm(aside, { force: true });
    try {
      await writeFile(path, JSON.stringify(this.record(this.clock().toISOString())), { flag: 'wx' });
      return this.mine(id);
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
      const winner = await this.read(id);
      return winner ? this.heldBy(winner) : null;
    }
  }

  /** Rewrites the heartbeat of every lock held; a lock another PC took over is let go. */
  async heartbeat(): Promise<void> {
    for (const id of [...this.held]) {
      const current = await this.read(id).catch(() => null);
      if (current?.instance !== this.holder.instance) {
        this.held.delete(id);
        continue;
      }
      await writeFileDurably(this.pathOf(id), JSON.stringify(this.record(current.since))).catch(
        () => undefined,
      );
    }
    this.stopIfIdle();
  }

  /** Gives the lock back (closing the workspace); another holder's lock is never removed. */
  async release(id: string): Promise<void> {
    this.held.delete(id);
    const current = await this.read(id).catch(() => null);
    if (current?.instance === this.holder.instance) await rm(this.pathOf(id), { force: true });
    this.stopIfIdle();
  }

  /** On quit, where nothing asynchronous finishes. */
  releaseAllSync(): void {
    for (const id of this.held) {
      try {
        const record = LockRecordSchema.parse(JSON.parse(readFileSync(this.pathOf(id), 'utf8')));
        if (record.instance === this.holder.instance) rmSync(this.pathOf(id), { force: true });
      } catch {
        // Missing or unreadable: nothing of ours to remove.
      }
    }
    this.held.clear();
    this.stopIfIdle();
  }

  private stopIfIdle(): void {
    if (this.held.size > 0 || !this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
