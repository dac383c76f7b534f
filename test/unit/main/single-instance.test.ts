import { describe, expect, it } from 'vitest';
import {
  claimSingleInstance,
  type FocusableWindow,
  type InstanceApp,
} from '../../../src/main/single-instance.js';

/** Electron's app as far as the single-instance lock goes: one lock holder per data folder. */
const appsOnOneDataFolder = () => {
  let holder: ReturnType<typeof makeApp> | null = null;
  const makeApp = () => {
    const listeners: (() => void)[] = [];
    const app = {
      quitCalled: false,
      requestSingleInstanceLock: () => {
        if (holder && holder !== app) {
          holder.listeners.forEach((l) => l());
          return false;
        }
        holder = app;
        return true;
      },
      on: (_event: 'second-instance', listener: () => void) => listeners.push(listener),
      quit: () => {
        app.quitCalled = true;
      },
      listeners,
    } satisfies InstanceApp & Record<string, unknown>;
    return app;
  };
  return makeApp;
};

const window = (minimized: boolean) => {
  const calls: string[] = [];
  const w: FocusableWindow = {
    isDestroyed: () => false,
    isMinimized: () => minimized,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { w, calls };
};

describe('single instance per data folder', () => {
  it('the second start quits and the first window comes forward, restored from the taskbar', () => {
    const start = appsOnOneDataFolder();
    const first = start();
    const { w, calls } = window(true);
    expect(claimSingleInstance(first, () => w)).toBe(true);
    const second = start();
    expect(claimSingleInstance(second, () => null)).toBe(false);
    expect(second.quitCalled).toBe(true);
    expect(first.quitCalled).toBe(false);
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('a second start before the window exists is harmless', () => {
    const start = appsOnOneDataFolder();
    expect(claimSingleInstance(start(), () => null)).toBe(true);
    expect(claimSingleInstance(start(), () => null)).toBe(false);
  });
});
