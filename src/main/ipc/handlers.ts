import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StoredFile } from '../../shared/ipc/contract.js';
import type { Printer } from '../../shared/ipc/print-schemas.js';
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
import { copyForViewer } from '../services/attachments/viewer-copy.js';
import { safeFileName } from '../services/files/safe-name.js';
import type { Handlers } from './dispatch.js';
import { createPrintHandlers } from './print-handlers.js';
import { createTasks, type Emit } from './tasks.js';
import { assertLockHeld, openForEditing, withBriefLock, withLock } from './workspace-locks.js';

/** One rendered document of a workspace's packet. */
export interface RenderedDocument {
  id: string;
  title: string;
  pdf: Uint8Array;
  pages: number;
  /** `portal`: a sheet to type from into the LGWAN-ASP portal, saved apart from the packet. */
  delivery?: 'mail' | 'portal' | 'aid';
}
/** Every stage in one packet (the user's explicit choice), instead of the next stage's only. */
export interface RenderOptions {
  combined?: boolean;
}
export interface RenderedSet {
  documents: RenderedDocument[];
  /** All documents in one PDF, in mailing order. */
  packet: Uint8Array;
  pageCount: number;
  /** Each document instance's pages in the packet (1-based first page), attachments included. */
  parts: { id: string; firstPage: number; pageCount: number }[];
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
  /** The printers the system lists. */
  listPrinters: () => Promise<Printer[]>;
  /** Prints a PDF file main wrote through the PDF viewer in a hidden window (the vector route). */
  printPdfFile: (path: string, options: PrintJobOptions) => Promise<PrintJobResult>;
  /** Prints the app window as its print stylesheet shows it (the raster fallback's page images). */
  printWindow: (options: PrintJobOptions) => Promise<PrintJobResult>;
}

export interface PrintJobOptions {
  copies: number;
  /** System printer name; '' = the system default. */
  printer: string;
}
export type PrintJobResult =
  { status: 'printed' } | { status: 'cancelled' } | { status: 'failed'; reason: string };

export interface HandlerDeps {
  store: WorkspaceStore;
  dataDir: string;
  version: string;
  /** The bundled sample workspace (forms/samples/sample-vendor.json). */
  samplePath: string;
  /** Renders the preview PDF of a workspace; runs off the main thread in the app. */
  renderPreview: (
    workspaceId: string,
    options?: RenderOptions,
  ) => Promise<{ pdf: Uint8Array; pages: number }>;
  /** One document of an unsaved workspace for the preview beside the editor (live-preview.ts). */
  renderLivePreview?: (input: {
    workspace: Workspace;
    documentId: string;
    serviceId?: string;
  }) => Promise<{ pdf: Uint8Array; pages: number; pageKeys: string[] }>;
  notices?: string[];
  /** Renders every document the workspace needs, plus the packet. */
  renderDocuments: (workspace: Workspace, options?: RenderOptions) => Promise<RenderedSet>;
  attachments: AttachmentFiles;
  desktop: Desktop;
  /** Pushes an event to the renderer (progress of long work). */
  emit: Emit;
  /** Where originals are copied under their own name to be opened. */
  tempDir: string;
}

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** File names from document titles (the safe-name rule), numbered to keep mailing order. */
const fileNameOf = (index: number, title: string): string =>
  safeFileName(`${String(index).padStart(2, '0')}_${title}`, 'application/pdf', `${index}_書類`);

/** The original name the workspaces give a stored file, newest workspace first; only for display. */
const originalNameOf = async (store: WorkspaceStore, sha256: string): Promise<string | undefined> => {
  for (const summary of await store.list()) {
    const loaded = await store.get(summary.id).catch(() => null);
    const found = loaded?.workspace.attachments.find(
      (a) => a.file.sha256 === sha256 || a.print?.sha256 === sha256,
    );
    if (found) return found.file.originalName;
  }
  return undefined;
};

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

    'workspaces.get': async ({ id }) => openForEditing(deps.store, id),

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
      if (current) await assertLockHeld(deps.store, workspace.id, '保存');
      return deps.store.save(workspace);
    },

    'workspaces.delete': async ({ id }) => {
      await assertLockHeld(deps.store, id, '削除');
      await deps.store.delete(id);
      await deps.store.locks.release(id);
      return { deleted: true as const };
    },

    'documents.renderPreview': async ({ workspaceId, taskId, combined }) =>
      tasks.run(taskId, '書類の作成', async (task) => {
        task.step(0, 1, '書類を作成しています');
        const result = await deps.renderPreview(workspaceId, { combined: combined === true });
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
      return withBriefLock(deps.store, id, '名前を変更', () =>
        deps.store.save({ ...loaded.workspace, title }),
      );
    },

    'attachments.add': async ({ name, bytes, taskId }) =>
      tasks.run(taskId, `「${name}」の取り込み`, async (task) => {
        task.step(0, 1, `「${name}」を取り込んでいます`);
        const result = await deps.attachments.add({ name, bytes });
        task.step(1, 1);
        return result;
      }),

    'attachments.thumbnail': async ({ sha256 }) => deps.attachments.thumbnail(sha256),

    'attachments.open': async ({ sha256 }) => {
      const bytes = await deps.attachments.read(sha256);
      const path = await copyForViewer(deps.tempDir, sha256, bytes, await originalNameOf(deps.store, sha256));
      await deps.desktop.openPath(path);
      return { opened: true as const };
    },

    'documents.saveToFolder': async ({ workspaceId, taskId, combined }) => {
      const folder = await deps.desktop.chooseFolder('PDFの保存先フォルダを選んでください');
      if (!folder) throw new IpcError('cancelled', '保存を取りやめました。');
      return tasks.run(taskId, 'PDFの保存', async (task) => {
        task.step(0, 1, '書類を作成しています');
        const rendered = await deps.renderDocuments(await stored(workspaceId), {
          combined: combined === true,
        });
        task.check();
        const total = rendered.documents.length + 1;
        const files = [];
        for (const [i, doc] of rendered.documents.entries()) {
          task.check();
          // A portal sheet is typed from, never mailed: its name says so.
          const title = doc.delivery === 'portal' ? `ポータル入力用_${doc.title}` : doc.title;
          const path = join(folder, fileNameOf(i + 1, title));
          await writeFile(path, doc.pdf);
          files.push({ id: doc.id, title: doc.title, path, pages: doc.pages });
          task.step(i + 1, total, `「${doc.title}」を保存しました`);
        }
        const packetPath = join(folder, fileNameOf(0, '提出書類一式'));
        await writeFile(packetPath, rendered.packet);
        files.unshift({ id: 'packet', title: '提出書類一式', path: packetPath, pages: rendered.pageCount });
        task.step(total, total, 'PDFを保存しました');
        return { folder, files };
      });
    },

    'submissions.record': async ({ workspaceId, note, taskId, combined }) =>
      tasks.run(taskId, '提出の記録', async (task) => {
        const workspace = await stored(workspaceId);
        task.step(0, 1, '提出した書類を確定しています');
        const rendered = await deps.renderDocuments(workspace, { combined: combined === true });
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

    'backups.restore': async ({ workspaceId, backupId }) =>
      withBriefLock(deps.store, workspaceId, 'バックアップから復元', () =>
        deps.store.restoreBackup(workspaceId, backupId),
      ),

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

    'workspaces.release': async ({ id }) => {
      await deps.store.locks.release(id);
      return { released: true as const };
    },

    'workspaces.takeOver': async ({ id, heartbeatAt }) => {
      const loaded = await deps.store.get(id, { forEditing: true });
      if (loaded.readOnly) return loaded;
      return withLock(loaded, await deps.store.locks.takeOver(id, heartbeatAt));
    },

    'workspaces.resolveConflict': async ({ id, conflictId, keep }) => {
      await assertLockHeld(deps.store, id, '保存');
      return deps.store.resolveConflict(id, conflictId, keep);
    },

    'tasks.cancel': async ({ taskId }) => ({ cancelled: tasks.cancel(taskId) }),

    ...createPrintHandlers(deps, tasks, stored),
  };
};
