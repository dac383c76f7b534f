import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StoredFile } from '../../shared/ipc/contract.js';
import { IpcError } from '../../shared/ipc/errors.js';
import { WorkspaceSchema, createWorkspace, type Workspace } from '../../shared/model/workspace.js';
import { newId } from '../../shared/model/primitives.js';
import { rebaseSampleDates } from '../../shared/model/sample-dates.js';
import { todayInTokyo } from '../../shared/schedule/dates.js';
import { writeAttachment } from '../services/attachments/content-store.js';
import { exportBundle, writeBundleFile } from '../services/bundle/export-bundle.js';
import { BUNDLE_EXTENSION } from '../services/bundle/format.js';
import { importBundle, readBundleFile } from '../services/bundle/import-bundle.js';
import type { WorkspaceStore } from '../services/store/workspace-store.js';
import type { Handlers } from './dispatch.js';
import { createTasks, type Emit } from './tasks.js';

/** One rendered document of a workspace's packet. */
export interface RenderedDocument {
  id: string;
  title: string;
  pdf: Uint8Array;
  pages: number;
}
export interface RenderedSet {
  documents: RenderedDocument[];
  /** All documents in one PDF, in mailing order. */
  packet: Uint8Array;
  pageCount: number;
}

/** The attachment store (content-addressed bytes, refusals with Japanese messages naming the file). */
export interface AttachmentFiles {
  add: (input: { name: string; bytes: Uint8Array }) => Promise<StoredFile>;
  read: (sha256: string) => Promise<Uint8Array>;
  thumbnail: (sha256: string) => Promise<{ bytes: Uint8Array; mediaType: string }>;
}

/** The few things only Electron can do; injected so everything else runs (and is tested) in plain Node. */
export interface Desktop {
  /** The system folder dialog; null when the user cancels. */
  chooseFolder: (title: string) => Promise<string | null>;
  /** Opens a file in the system's viewer for its type. */
  openPath: (path: string) => Promise<void>;
  /** The system save dialog for a bundle; null when cancelled. */
  chooseSaveFile: (title: string, defaultName: string) => Promise<string | null>;
  /** The system open dialog for a bundle; null when cancelled. */
  chooseOpenFile: (title: string) => Promise<string | null>;
}

export interface HandlerDeps {
  store: WorkspaceStore;
  dataDir: string;
  version: string;
  /** The bundled sample workspace (forms/samples/sample-vendor.json). */
  samplePath: string;
  /** Renders the preview PDF of a workspace; runs off the main thread in the app. */
  renderPreview: (workspaceId: string) => Promise<{ pdf: Uint8Array; pages: number }>;
  /** One document of an unsaved workspace for the preview beside the editor (live-preview.ts). */
  renderLivePreview?: (input: {
    workspace: Workspace;
    documentId: string;
    serviceId?: string;
  }) => Promise<{ pdf: Uint8Array; pages: number; pageKeys: string[] }>;
  notices?: string[];
  /** Renders every document the workspace needs, plus the packet. */
  renderDocuments: (workspace: Workspace) => Promise<RenderedSet>;
  attachments: AttachmentFiles;
  desktop: Desktop;
  /** Pushes an event to the renderer (progress of long work). */
  emit: Emit;
  /** Where originals are copied under their own name to be opened. */
  tempDir: string;
}

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Characters Windows refuses in file names (and control characters) become 「_」. */
const safeFileName = (name: string): string =>
  Array.from(name, (c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('');

/** File names from document titles: no characters Windows refuses, and a number that keeps mailing order. */
const fileNameOf = (index: number, title: string): string =>
  `${String(index).padStart(2, '0')}_${safeFileName(title).slice(0, 80)}.pdf`;

/**
 * The sample's files ship beside it as `attachments/<sha256>.<ext>`; copied into the store, the
 * sample's thumbnails, 開く and packet work like the user's own files.
 */
const copySampleAttachments = async (deps: HandlerDeps, sample: Workspace): Promise<void> => {
  const dir = join(dirname(deps.samplePath), 'attachments');
  const names = await readdir(dir).catch(() => [] as string[]);
  const wanted = new Set(
    sample.attachments.flatMap((a) => [a.file.sha256, ...(a.print ? [a.print.sha256] : [])]),
  );
  for (const name of names) {
    if (wanted.has(name.split('.')[0] ?? ''))
      await writeAttachment(deps.dataDir, await readFile(join(dir, name)));
  }
};

/** The main-process side of every IPC channel; plain Node, used by Electron and by the E2E harness. */
export const createHandlers = (deps: HandlerDeps): Handlers => {
  const tasks = createTasks(deps.emit);
  const stored = async (id: string): Promise<Workspace> => (await deps.store.get(id)).workspace;
  return {
    'app.info': async () => ({ version: deps.version, dataDir: deps.dataDir, notices: deps.notices ?? [] }),

    'workspaces.list': async () => deps.store.list(),

    'workspaces.create': async ({ title, from }) => {
      const now = new Date().toISOString();
      let workspace = createWorkspace(title);
      if (from === 'sample') {
        // The sample's dates move with today, so a workspace made from it later is as clean as it.
        const sample = rebaseSampleDates(
          WorkspaceSchema.parse(JSON.parse(await readFile(deps.samplePath, 'utf8'))),
          todayInTokyo(),
        );
        workspace = {
          ...sample,
          id: newId(),
          title: title || sample.title,
          createdAt: now,
          updatedAt: now,
          submissions: [],
        };
        await copySampleAttachments(deps, sample);
      }
      await deps.store.save(workspace);
      return workspace;
    },

    'workspaces.get': async ({ id }) => deps.store.get(id),

    'workspaces.save': async ({ workspace }) => {
      const current = await deps.store.get(workspace.id).catch((error: unknown) => {
        if (error instanceof IpcError && error.code === 'not-found') return null;
        throw error;
      });
      if (current?.readOnly) {
        throw new IpcError(
          'read-only',
          'この案件は新しい版のアプリで作成されたため、読み取り専用で開いています。',
        );
      }
      return deps.store.save(workspace);
    },

    'workspaces.delete': async ({ id }) => {
      await deps.store.delete(id);
      return { deleted: true as const };
    },

    'documents.renderPreview': async ({ workspaceId, taskId }) =>
      tasks.run(taskId, '書類の作成', async (task) => {
        task.step(0, 1, '書類を作成しています');
        const result = await deps.renderPreview(workspaceId);
        task.step(1, 1, '書類を作成しました');
        return result;
      }),

    'documents.livePreview': async ({ workspace, documentId, serviceId }) => {
      if (!deps.renderLivePreview) throw new IpcError('internal', 'この画面ではプレビューを表示できません。');
      const { pdf, pages, pageKeys } = await deps.renderLivePreview({
        workspace,
        documentId,
        ...(serviceId ? { serviceId } : {}),
      });
      return { pdf, pages, pageKeys };
    },

    'workspaces.duplicate': async ({ id, title }) => {
      const source = await stored(id);
      const now = new Date().toISOString();
      // Attachment bytes are content-addressed, so the copy shares them; its history starts empty.
      const copy: Workspace = {
        ...source,
        id: newId(),
        title,
        createdAt: now,
        updatedAt: now,
        submissions: [],
      };
      await deps.store.save(copy);
      return copy;
    },

    'workspaces.rename': async ({ id, title }) => {
      const loaded = await deps.store.get(id);
      if (loaded.readOnly)
        throw new IpcError('read-only', 'この案件は読み取り専用のため、名前を変更できません。');
      return deps.store.save({ ...loaded.workspace, title });
    },

    'attachments.add': async ({ name, bytes, taskId }) =>
      tasks.run(taskId, `「${name}」の取り込み`, async (task) => {
        task.step(0, 1, `「${name}」を取り込んでいます`);
        const result = await deps.attachments.add({ name, bytes });
        task.step(1, 1);
        return result;
      }),

    'attachments.thumbnail': async ({ sha256 }) => deps.attachments.thumbnail(sha256),

    'attachments.open': async ({ sha256, name }) => {
      const bytes = await deps.attachments.read(sha256);
      // The store names files by hash; the viewer needs the original name to pick the right program.
      const dir = join(deps.tempDir, sha256.slice(0, 16));
      await mkdir(dir, { recursive: true });
      const safe = safeFileName(name) || 'attachment';
      const path = join(dir, safe);
      await writeFile(path, bytes);
      await deps.desktop.openPath(path);
      return { opened: true as const };
    },

    'documents.saveToFolder': async ({ workspaceId, taskId }) => {
      const folder = await deps.desktop.chooseFolder('PDFの保存先フォルダを選んでください');
      if (!folder) throw new IpcError('cancelled', '保存を取りやめました。');
      return tasks.run(taskId, 'PDFの保存', async (task) => {
        task.step(0, 1, '書類を作成しています');
        const rendered = await deps.renderDocuments(await stored(workspaceId));
        task.check();
        const total = rendered.documents.length + 1;
        const files = [];
        for (const [i, doc] of rendered.documents.entries()) {
          task.check();
          const path = join(folder, fileNameOf(i + 1, doc.title));
          await writeFile(path, doc.pdf);
          files.push({ id: doc.id, title: doc.title, path, pages: doc.pages });
          task.step(i + 1, total, `「${doc.title}」を保存しました`);
        }
        const packetPath = join(folder, '00_提出書類一式.pdf');
        await writeFile(packetPath, rendered.packet);
        files.unshift({ id: 'packet', title: '提出書類一式', path: packetPath, pages: rendered.pageCount });
        task.step(total, total, 'PDFを保存しました');
        return { folder, files };
      });
    },

    'submissions.record': async ({ workspaceId, note, taskId }) =>
      tasks.run(taskId, '提出の記録', async (task) => {
        const workspace = await stored(workspaceId);
        task.step(0, 1, '提出した書類を確定しています');
        const rendered = await deps.renderDocuments(workspace);
        const { submissions: _history, ...snapshot } = workspace;
        task.step(1, 1);
        return {
          id: newId(),
          createdAt: new Date().toISOString(),
          note,
          documents: rendered.documents.map((d) => ({
            id: d.id,
            title: d.title,
            sha256: sha256Of(d.pdf),
            pages: d.pages,
          })),
          snapshot,
        };
      }),

    'backups.list': async ({ workspaceId }) => deps.store.listBackups(workspaceId),

    'backups.restore': async ({ workspaceId, backupId }) => deps.store.restoreBackup(workspaceId, backupId),

    'bundle.export': async ({ workspaceIds, taskId }) => {
      const stamp = new Date().toISOString().slice(0, 10);
      const path = await deps.desktop.chooseSaveFile(
        '書き出すファイルの保存先を選んでください',
        `LGWAN-ASP案件_${stamp}${BUNDLE_EXTENSION}`,
      );
      if (!path) throw new IpcError('cancelled', '書き出しを取りやめました。');
      return tasks.run(taskId, '案件の書き出し', async (task) => {
        task.step(0, 2, '案件と添付資料をまとめています');
        const result = await exportBundle(deps.store, { workspaces: workspaceIds, appVersion: deps.version });
        task.check();
        task.step(1, 2, 'ファイルに書き込んでいます');
        await writeBundleFile(path, result.bytes);
        task.step(2, 2, '書き出しました');
        return { path, workspaceCount: result.workspaceCount, attachmentCount: result.attachmentCount };
      });
    },

    'bundle.import': async ({ taskId }) => {
      const path = await deps.desktop.chooseOpenFile('取り込むファイルを選んでください');
      if (!path) throw new IpcError('cancelled', '取り込みを取りやめました。');
      return tasks.run(taskId, '案件の取り込み', async (task) => {
        task.step(0, 2, 'ファイルを確認しています');
        const zip = await readBundleFile(path);
        task.check();
        task.step(1, 2, '案件を取り込んでいます');
        const result = await importBundle(zip, deps.store);
        task.step(2, 2, '取り込みました');
        return {
          workspaces: result.workspaces.map((w) => ({ id: w.id, title: w.title })),
          attachmentCount: result.attachmentCount,
        };
      });
    },

    'tasks.cancel': async ({ taskId }) => ({ cancelled: tasks.cancel(taskId) }),
  };
};
