import { readFile, stat } from 'node:fs/promises';
import { IpcError } from '../../../shared/ipc/errors.js';
import { newId } from '../../../shared/model/primitives.js';
import type { Workspace } from '../../../shared/model/workspace.js';
import { hasAttachment, sha256Hex, writeAttachment } from '../attachments/content-store.js';
import { parseWorkspaceBytes } from '../store/parse-workspace.js';
import type { WorkspaceStore } from '../store/workspace-store.js';
import { referencedAttachments } from './export-bundle.js';
import {
  ATTACHMENT_ENTRY,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  DEFAULT_LIMITS,
  MANIFEST_NAME,
  ManifestSchema,
  WORKSPACE_ENTRY,
  type BundleLimits,
  type Manifest,
} from './format.js';
import { checkBundledAttachments } from './check-attachments.js';
import { extractEntry, readCentralDirectory, type ZipEntry } from './zip-reader.js';

export interface ImportedWorkspace {
  /** The new id the workspace got (import never reuses an id, so nothing is overwritten). */
  id: string;
  /** Its id in the bundle. */
  sourceId: string;
  title: string;
}

export interface ImportResult {
  workspaces: ImportedWorkspace[];
  attachmentCount: number;
}

const refuse = (message: string, details?: string[]): IpcError =>
  new IpcError('refused', `このファイルは取り込めません: ${message}。何も変更していません。`, details);

interface ValidatedBundle {
  manifest: Manifest;
  workspaces: { sourceId: string; workspace: Workspace }[];
  /** The bundled attachments some workspace refers to (others are never stored), by sha256. */
  attachments: Map<string, ZipEntry>;
}

/**
 * Checks a whole bundle in memory: the zip structure and limits, the manifest (format, version,
 * every entry with its size and sha256, nothing missing, nothing extra), every workspace against
 * the schema and every attachment a workspace refers to, with the same checks as attaching a
 * file. Writes nothing, and keeps no attachment bytes in memory (each is inflated when needed).
 */
export const validateBundle = async (
  zip: Uint8Array,
  store: WorkspaceStore,
  limits: BundleLimits = DEFAULT_LIMITS,
): Promise<ValidatedBundle> => {
  if (zip.byteLength > limits.maxFileBytes)
    throw refuse(`ファイルが大きすぎます（上限 ${limits.maxFileBytes} バイト）`);
  const entries = readCentralDirectory(zip, limits);
  const manifestEntry = entries.find((e) => e.name === MANIFEST_NAME);
  if (!manifestEntry)
    throw refuse('目録（manifest.json）がありません。このアプリで書き出したファイルか確認してください');

  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(extractEntry(zip, manifestEntry)));
  } catch (error) {
    if (error instanceof IpcError) throw error;
    throw refuse('目録（manifest.json）が壊れています');
  }
  const head = raw as { format?: unknown; formatVersion?: unknown } | null;
  if (head?.format !== BUNDLE_FORMAT)
    throw refuse('LGWAN-ASP申込ワークベンチの書き出しファイルではありません');
  if (typeof head.formatVersion === 'number' && head.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw refuse(
      `新しい版のアプリで書き出されたファイルです（形式バージョン${head.formatVersion}）。アプリを最新版に更新してから取り込んでください`,
    );
  }
  const parsedManifest = ManifestSchema.safeParse(raw);
  if (!parsedManifest.success) throw refuse('目録（manifest.json）の内容が正しくありません');
  const manifest = parsedManifest.data;

  const listed = new Map(manifest.entries.map((e) => [e.path, e]));
  if (listed.size !== manifest.entries.length) throw refuse('目録に同じ項目が重複しています');
  const inZip = new Set(entries.map((e) => e.name));
  for (const entry of entries) {
    if (entry.name !== MANIFEST_NAME && !listed.has(entry.name)) {
      throw refuse(`目録にない項目があります: ${JSON.stringify(entry.name)}`, [entry.name]);
    }
  }
  for (const path of listed.keys()) {
    if (!inZip.has(path))
      throw refuse(`目録にある項目がファイルに入っていません: ${JSON.stringify(path.slice(0, 120))}`, [path]);
  }

  const workspaces: ValidatedBundle['workspaces'] = [];
  const bundled = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (entry.name === MANIFEST_NAME) continue;
    const expected = listed.get(entry.name);
    if (!expected) continue;
    if (expected.size !== entry.size)
      throw refuse(`大きさが目録と一致しない項目があります: ${entry.name}`, [entry.name]);
    const bytes = extractEntry(zip, entry);
    if (sha256Hex(bytes) !== expected.sha256) {
      throw refuse(`内容が目録のハッシュ値と一致しない項目があります（改ざんまたは破損）: ${entry.name}`, [
        entry.name,
      ]);
    }
    const attachment = ATTACHMENT_ENTRY.exec(entry.name);
    if (attachment?.[1]) {
      // The name is the content hash: bytes that do not hash to their own name are not the file.
      if (attachment[1] !== expected.sha256)
        throw refuse(`添付ファイルの名前と内容が一致しません: ${entry.name}`, [entry.name]);
      bundled.set(attachment[1], entry);
      continue;
    }
    const ws = WORKSPACE_ENTRY.exec(entry.name);
    if (!ws?.[1]) continue;
    const parsed = parseWorkspaceBytes(bytes);
    if (!parsed.ok) throw refuse(`案件データ ${entry.name} を読めません（${parsed.reason}）`, [entry.name]);
    if (parsed.readOnly) {
      throw refuse(
        `案件データ ${entry.name} は新しい版のアプリで作られています。アプリを最新版に更新してから取り込んでください`,
        [entry.name],
      );
    }
    if (parsed.workspace.id !== ws[1])
      throw refuse(`案件データ ${entry.name} のIDがファイル名と一致しません`, [entry.name]);
    workspaces.push({ sourceId: ws[1], workspace: parsed.workspace });
  }
  if (workspaces.length === 0) throw refuse('案件が1件も入っていません');

  const attachments = new Map<string, ZipEntry>();
  for (const { workspace } of workspaces) {
    for (const sha of referencedAttachments(workspace)) {
      const entry = bundled.get(sha);
      if (entry) attachments.set(sha, entry);
      else if (!(await hasAttachment(store.layout.dataDir, sha))) {
        throw refuse(`案件「${workspace.title}」の添付ファイル（${sha.slice(0, 12)}…）が入っていません`, [
          sha,
        ]);
      }
    }
  }
  await checkBundledAttachments(
    workspaces.map((w) => w.workspace),
    (sha) => {
      const entry = attachments.get(sha);
      return entry ? extractEntry(zip, entry) : undefined;
    },
  );
  return { manifest, workspaces, attachments };
};

/**
 * Imports a bundle into new workspaces. Everything is validated first ({@link validateBundle});
 * only then are attachments (content-addressed, so never in conflict) and the workspaces
 * (each under a fresh id) written. A refused bundle leaves the data directory untouched.
 */
export const importBundle = async (
  zip: Uint8Array,
  store: WorkspaceStore,
  options: { limits?: BundleLimits; now?: Date } = {},
): Promise<ImportResult> => {
  const { workspaces, attachments } = await validateBundle(zip, store, options.limits);
  for (const [sha, entry] of attachments) {
    // Inflated again rather than held since validation: one attachment in memory at a time.
    if ((await writeAttachment(store.layout.dataDir, extractEntry(zip, entry))) !== sha)
      throw refuse('取り込み中に内容が変わった添付ファイルがあります', [sha]);
  }
  const imported: ImportedWorkspace[] = [];
  for (const { sourceId, workspace } of workspaces) {
    const id = newId();
    await store.save({ ...workspace, id }, options.now);
    imported.push({ id, sourceId, title: workspace.title });
  }
  return { workspaces: imported, attachmentCount: attachments.size };
};

/** Reads a bundle file, refusing an oversize one before loading it into memory. */
export const readBundleFile = async (
  path: string,
  limits: BundleLimits = DEFAULT_LIMITS,
): Promise<Uint8Array> => {
  const info = await stat(path).catch(() => null);
  if (!info) throw new IpcError('not-found', `ファイルが見つかりません: ${path}`);
  if (!info.isFile()) throw refuse(`通常のファイルではありません: ${path}`);
  if (info.size > limits.maxFileBytes)
    throw refuse(`ファイルが大きすぎます（上限 ${limits.maxFileBytes} バイト）`);
  return readFile(path);
};
