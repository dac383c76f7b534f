import { loadWorkspace } from '../../../shared/model/load.js';
import { WORKSPACE_FORMAT_VERSION, type Workspace } from '../../../shared/model/workspace.js';

export type ParsedWorkspace =
  | { ok: true; workspace: Workspace; readOnly: boolean; repairs: string[] }
  /** `newer`: written by a newer app version; such a file is left untouched, never treated as damage. */
  | { ok: false; newer: boolean; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the bytes of a workspace file. Invalid UTF-8 counts as damage (a flipped bit inside a
 * Japanese name would otherwise turn into U+FFFD and be printed), as does bad JSON. The shape is read
 * tolerantly by loadWorkspace (migrations, repairs reported, unusable values kept in quarantine); a
 * newer formatVersion opens read-only.
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
  const loaded = loadWorkspace(raw);
  if (!loaded.ok) {
    const version =
      typeof raw === 'object' && raw !== null
        ? (raw as { formatVersion?: unknown }).formatVersion
        : undefined;
    const newer = typeof version === 'number' && version > WORKSPACE_FORMAT_VERSION;
    return { ok: false, newer, reason: loaded.error.replace(/。$/, '') };
  }
  return {
    ok: true,
    workspace: loaded.workspace,
    readOnly: loaded.readOnly,
    repairs: loaded.repairs.map((r) => r.message),
  };
};
