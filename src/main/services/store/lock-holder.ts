import { randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';

/** Who holds a lock: shown to the other PC, so it names a person and a machine. */
export interface LockHolder {
  /** The OS sign-in name (Windows: %USERNAME%). */
  user: string;
  /** The PC name (Windows: %COMPUTERNAME%). */
  host: string;
  pid: number;
  /** This run of the app: a restarted app on the same PC is a different holder. */
  instance: string;
}

const userName = (): string => {
  try {
    return userInfo().username || process.env.USERNAME || process.env.USER || '不明なユーザー';
  } catch {
    // userInfo throws for a uid without a passwd entry (containers, some domain setups).
    return process.env.USERNAME ?? process.env.USER ?? '不明なユーザー';
  }
};

export const currentHolder = (): LockHolder => ({
  user: userName(),
  host: hostname() || '不明なPC',
  pid: process.pid,
  instance: randomUUID(),
});

/** Whether a process of this PC still runs (a lock left by a crashed run of this PC is dead). */
export const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** A holder written by a run of this PC that has ended: safe to replace without asking. */
export const isDeadLocalHolder = (other: Pick<LockHolder, 'host' | 'pid'>, self: LockHolder): boolean =>
  other.host === self.host && other.pid !== self.pid && !isProcessAlive(other.pid);
