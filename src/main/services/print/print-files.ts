/**
 * The only files the print features write: under the app's own temp folder, with fixed names
 * (no user data in them), so the path handed to the printer or the PDF viewer is always one main
 * wrote — never one the renderer sent. If the team adopts a shared safe-name rule for files
 * written from user data, this is the one place to apply it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type PrintFileKind = 'print-job' | 'calibration' | 'viewer';

const NAMES: Record<PrintFileKind, string> = {
  'print-job': '印刷用.pdf',
  calibration: '印刷位置の確認用紙.pdf',
  viewer: '提出書類一式.pdf',
};

/**
 * Each write gets its own folder: a PDF viewer on Windows may still hold the previous file open
 * (locked), and a print job may still be spooling from it.
 */
export async function writePrintFile(
  tempDir: string,
  kind: PrintFileKind,
  bytes: Uint8Array,
): Promise<string> {
  const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const dir = join(tempDir, 'print', stamp);
  await mkdir(dir, { recursive: true });
  const path = join(dir, NAMES[kind]);
  await writeFile(path, bytes);
  return path;
}
