import {
  WORKSPACE_FORMAT,
  WORKSPACE_FORMAT_VERSION,
  WorkspaceSchema,
  type Workspace,
} from '../../../shared/model/workspace.js';

export type ParsedWorkspace =
  | { ok: true; workspace: Workspace; readOnly: boolean; repairs: string[] }
  /** `newer`: written by a newer app version; such a file is left untouched, never treated as damage. */
  | { ok: false; newer: boolean; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the bytes of a workspace file. Invalid UTF-8 counts as damage (a flipped bit inside a
 * Japanese name would otherwise turn into U+FFFD and be printed), as do bad JSON and a shape the
 * schema rejects. A newer formatVersion opens read-only.
 */
export const parseWorkspaceBytes = (bytes: Uint8Array): ParsedWorkspace => {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, newer: false, reason: '文字コード（UTF-8）として読めない部分があります' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      newer: false,
      reason:
        bytes.byteLength === 0
          ? 'ファイルが空です'
          : 'JSONとして読めません（途中で切れているか壊れています）',
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, newer: false, reason: '案件データの形式ではありません' };
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== undefined && record.format !== WORKSPACE_FORMAT) {
    return { ok: false, newer: false, reason: '案件データの形式ではありません' };
  }
  const version = record.formatVersion;
  const newer = typeof version === 'number' && version > WORKSPACE_FORMAT_VERSION;
  const parsed = WorkspaceSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || '(全体)'}: ${first.message}` : '';
    return newer
      ? {
          ok: false,
          newer,
          reason: `この版のアプリでは読めない新しい形式（形式バージョン${String(version)}）です`,
        }
      : { ok: false, newer, reason: `項目の形式が正しくありません（${where}）` };
  }
  if (newer) {
    return {
      ok: true,
      workspace: parsed.data,
      readOnly: true,
      repairs: [
        `この案件は新しい版のアプリ（形式バージョン${String(version)}）で保存されています。内容を守るため読み取り専用で開きました。編集するには最新版のアプリをお使いください。`,
      ],
    };
  }
  return { ok: true, workspace: parsed.data, readOnly: false, repairs: [] };
};
