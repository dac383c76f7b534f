import { screen, type BrowserWindow, type Rectangle } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../services/store/durable-write.js';

const StateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(640),
  height: z.number().int().min(480),
  maximized: z.boolean().default(false),
});
type WindowState = z.infer<typeof StateSchema>;

const fileOf = (dataDir: string) => join(dataDir, 'window-state.json');

/** Last size and position, if still on a connected display (a laptop undocked since, say). */
export const loadWindowState = (
  dataDir: string,
  fallback: { width: number; height: number },
): Partial<WindowState> & { width: number; height: number } => {
  try {
    const state = StateSchema.parse(JSON.parse(readFileSync(fileOf(dataDir), 'utf8')));
    const visible = screen
      .getAllDisplays()
      .some(
        ({ workArea: a }: { workArea: Rectangle }) =>
          state.x < a.x + a.width - 100 &&
          state.x + state.width > a.x + 100 &&
          state.y >= a.y - 10 &&
          state.y < a.y + a.height - 100,
      );
    return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
  } catch {
    return fallback;
  }
};

/** Remembers size and position whenever the user stops moving or resizing, and on close. */
export const trackWindowState = (window: BrowserWindow, dataDir: string): void => {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    void writeFileDurably(fileOf(dataDir), JSON.stringify(state)).catch(() => undefined);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('maximize', later);
  window.on('unmaximize', later);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
};
