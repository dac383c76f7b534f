/**
 * Reading a workspace file on the command line, with a Japanese message for every way it can fail;
 * for a command that writes it back, the tolerant load (migrations, repairs) and a durable write of
 * the result.
 */
import { readFile } from 'node:fs/promises';
import { writeFileDurably } from '../main/services/store/durable-write.js';
import { loadWorkspace, type LoadRepair } from '../shared/model/load.js';
import type { Workspace } from '../shared/model/index.js';

/** The file cannot be used: the message names it and says what to do. */
export class WorkspaceFileError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The file's JSON, or a {@link WorkspaceFileError} that tells a missing file, a folder, a file cut
 * short and one that is not UTF-8 apart.
 */
export async function readJsonFile(path: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new WorkspaceFileError(
      code === 'ENOENT'
        ? `案件ファイル「${path}」が見つかりません。パスを確認してください。`
        : code === 'EISDIR'
          ? `「${path}」はフォルダです。案件ファイル（.json）を指定してください。`
          : `案件ファイル「${path}」を読み込めません（${code ?? String(error)}）。`,
    );
  }
  try {
    return JSON.parse(utf8.decode(bytes)) as unknown;
  } catch (error) {
    throw new WorkspaceFileError(
      error instanceof SyntaxError
        ? `案件ファイル「${path}」はJSONとして読み取れません（途中で切れているか壊れています）: ${error.message}`
        : `案件ファイル「${path}」に文字コード（UTF-8）として読めない部分があります。`,
    );
  }
}

export async function readWorkspaceFile(
  path: string,
): Promise<{ workspace: Workspace; repairs: LoadRepair[]; readOnly: boolean }> {
  const raw = await readJsonFile(path);
  const loaded = loadWorkspace(raw);
  if (!loaded.ok) {
    throw new WorkspaceFileError(
      `案件ファイル「${path}」の形式が正しくありません（${loaded.error}）。アプリから書き出した案件ファイルを指定してください。`,
    );
  }
  return loaded;
}

/** Replaces the file so that a crash leaves the old or the new content, never a mix. */
export async function writeWorkspaceFile(
  path: string,
  workspace: Workspace,
  now = new Date(),
): Promise<void> {
  const next: Workspace = { ...workspace, updatedAt: now.toISOString() };
  await writeFileDurably(path, `${JSON.stringify(next, null, 2)}\n`);
}
