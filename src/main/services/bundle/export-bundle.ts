import { zipSync, type Zippable } from 'fflate';
import { IpcError } from '../../../shared/ipc/errors.js';
import type { Workspace } from '../../../shared/model/workspace.js';
import { readAttachment, sha256Hex } from '../attachments/content-store.js';
import { writeFileDurably } from '../store/durable-write.js';
import type { WorkspaceStore } from '../store/workspace-store.js';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MANIFEST_NAME, type Manifest } from './format.js';

export interface ExportOptions {
  /** Workspace ids, or every workspace in the store. */
  workspaces: string[] | 'all';
  appVersion: string;
  now?: Date;
}

export interface ExportResult {
  bytes: Uint8Array;
  workspaceCount: number;
  attachmentCount: number;
}

/** Every stored file a workspace refers to: originals and print derivatives. */
export const referencedAttachments = (workspace: Workspace): string[] =>
  workspace.attachments.flatMap((a) => (a.print ? [a.file.sha256, a.print.sha256] : [a.file.sha256]));

/**
 * Packs workspaces and their attachments into one `.lgwanasp` file (a zip with a manifest of
 * sha256 hashes). Attachments are verified while read, so a bundle never carries damaged bytes.
 */
export const exportBundle = async (store: WorkspaceStore, options: ExportOptions): Promise<ExportResult> => {
  const ids = options.workspaces === 'all' ? (await store.list()).map((w) => w.id) : options.workspaces;
  if (ids.length === 0) throw new IpcError('not-found', '書き出す案件がありません。');
  const files: Zippable = {};
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion: options.appVersion,
    createdAt: (options.now ?? new Date()).toISOString(),
    workspaces: [],
    entries: [],
  };
  const add = (path: string, bytes: Uint8Array, compress: boolean) => {
    files[path] = [bytes, { level: compress ? 6 : 0 }];
    manifest.entries.push({ path, sha256: sha256Hex(bytes), size: bytes.byteLength });
  };
  const attachments = new Set<string>();
  for (const id of ids) {
    const { workspace } = await store.get(id);
    add(
      `workspaces/${workspace.id}.json`,
      new TextEncoder().encode(`${JSON.stringify(workspace, null, 2)}\n`),
      true,
    );
    manifest.workspaces.push({ id: workspace.id, title: workspace.title });
    for (const sha of referencedAttachments(workspace)) attachments.add(sha);
  }
  for (const sha of attachments) {
    // Photos and PDFs are already compressed; storing them keeps export fast.
    add(`attachments/${sha}`, await readAttachment(store.layout.dataDir, sha), false);
  }
  files[MANIFEST_NAME] = [new TextEncoder().encode(JSON.stringify(manifest, null, 2)), { level: 6 }];
  return { bytes: zipSync(files), workspaceCount: ids.length, attachmentCount: attachments.size };
};

/** Writes a bundle durably (temp file, fsync, rename), so a crash never leaves half a bundle. */
export const writeBundleFile = (path: string, bytes: Uint8Array): Promise<void> =>
  writeFileDurably(path, bytes);
