import { z } from 'zod';
import { AttachmentSchema, SubmissionSchema } from '../model/attachments.js';
import { WorkspaceSchema } from '../model/workspace.js';
import {
  PrintOutcomeSchema,
  PrintPlanSchema,
  PrinterOffsetSchema,
  copies,
  printerName,
} from './print-schemas.js';

/**
 * The one table of IPC channels: name → input schema → output schema. Main validates every
 * payload against it, the preload exposes exactly these functions, and the types of
 * `window.api` are derived from it — add a channel here and nowhere else.
 */
export const WorkspaceSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  providerName: z.string(),
  updatedAt: z.string(),
  readOnly: z.boolean(),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummarySchema>;

const id = z.string().min(1).max(100);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** Chosen by the renderer for long work, so it can show progress and cancel (event `progress`). */
const taskId = z.string().min(1).max(100);

/** What main stores for an added file; the renderer puts it into an attachment entry of its workspace. */
export const StoredFileSchema = z.object({
  file: AttachmentSchema.shape.file,
  print: AttachmentSchema.shape.print,
  /** Japanese notes on an accepted file (scripts or links found in a PDF, which the packet drops). */
  notices: z.array(z.string()).optional(),
});
export type StoredFile = z.infer<typeof StoredFileSchema>;

/** Binary payloads (PDFs, images) cross IPC as Uint8Array (structured clone). */
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'バイナリデータが必要です');

export const SavedDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  path: z.string(),
  pages: z.number().int(),
});

/** Who has a workspace open on another PC (or another window), from its lock file. */
export const LockInfoSchema = z.object({
  user: z.string(),
  host: z.string(),
  /** When they opened it (ISO). */
  since: z.string(),
  /** Their last heartbeat (ISO); pass it back to take over. */
  heartbeatAt: z.string(),
  /** No heartbeat for so long that their app has surely stopped: may be taken over. */
  stale: z.boolean(),
});
export type LockInfo = z.infer<typeof LockInfoSchema>;

export const LoadedWorkspaceSchema = z.object({
  workspace: WorkspaceSchema,
  readOnly: z.boolean(),
  /** Japanese descriptions of what the loader repaired. */
  repairs: z.array(z.string()),
  /** Set when read-only because someone else has it open. */
  lock: LockInfoSchema.optional(),
});

export const ipcContract = {
  'app.info': {
    input: z.object({}).strict(),
    output: z.object({ version: z.string(), dataDir: z.string(), notices: z.array(z.string()) }),
  },
  'workspaces.list': {
    input: z.object({}).strict(),
    output: z.array(WorkspaceSummarySchema),
  },
  'workspaces.create': {
    input: z
      .object({ title: z.string().max(200), from: z.enum(['blank', 'sample']).default('blank') })
      .strict(),
    output: WorkspaceSchema,
  },
  'workspaces.get': {
    input: z.object({ id }).strict(),
    output: LoadedWorkspaceSchema,
  },
  'workspaces.save': {
    input: z.object({ workspace: WorkspaceSchema }).strict(),
    output: z.object({ savedAt: z.string() }),
  },
  'workspaces.delete': {
    input: z.object({ id }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
  /** The next stage's packet; `combined`: every stage in one packet, on the user's explicit choice. */
  'documents.renderPreview': {
    input: z
      .object({ workspaceId: id, taskId: taskId.optional(), combined: z.boolean().optional() })
      .strict(),
    output: z.object({ pdf: bytes, pages: z.number().int() }),
  },
  /**
   * The preview beside the editor: one document of the workspace as edited (unsaved), with a key
   * per page that changes exactly when the page's drawing does (the renderer repaints only those).
   */
  'documents.livePreview': {
    input: z.object({ workspace: WorkspaceSchema, documentId: id, serviceId: id.optional() }).strict(),
    output: z.object({ pdf: bytes, pages: z.number().int(), pageKeys: z.array(z.string()) }),
  },
  'workspaces.duplicate': {
    input: z.object({ id, title: z.string().max(200) }).strict(),
    output: WorkspaceSchema,
  },
  'workspaces.rename': {
    input: z.object({ id, title: z.string().max(200) }).strict(),
    output: z.object({ savedAt: z.string() }),
  },
  /** Stores a file's bytes (dropped or chosen in the renderer); refused files fail with code `refused`. */
  'attachments.add': {
    input: z.object({ name: z.string().min(1).max(255), bytes, taskId: taskId.optional() }).strict(),
    output: StoredFileSchema,
  },
  'attachments.thumbnail': {
    input: z.object({ sha256 }).strict(),
    output: z.object({ bytes, mediaType: z.string() }),
  },
  /**
   * Opens the stored original in the system's viewer. Only the hash: main names the copy itself
   * (extension from the bytes), so no name from the renderer or a bundle reaches the disk.
   */
  'attachments.open': {
    input: z.object({ sha256 }).strict(),
    output: z.object({ opened: z.literal(true) }),
  },
  /** Renders every required document and writes the PDFs into a folder the user picks. */
  'documents.saveToFolder': {
    input: z.object({ workspaceId: id, taskId, combined: z.boolean().optional() }).strict(),
    output: z.object({ folder: z.string(), files: z.array(SavedDocumentSchema) }),
  },
  /**
   * Freezes what is printed now (documents, their hashes, the data) as a submission: the next
   * stage's envelope, or every stage with `combined` (as the preview and the saved PDFs).
   */
  'submissions.record': {
    input: z
      .object({
        workspaceId: id,
        note: z.string().max(2000),
        taskId: taskId.optional(),
        combined: z.boolean().optional(),
      })
      .strict(),
    output: SubmissionSchema,
  },
  'backups.list': {
    input: z.object({ workspaceId: id }).strict(),
    output: z.array(z.object({ backupId: z.string(), savedAt: z.string(), size: z.number().int() })),
  },
  /** Puts a backup back as the current version (the current one is itself kept as a backup). */
  'backups.restore': {
    input: z.object({ workspaceId: id, backupId: z.string().min(1).max(200) }).strict(),
    output: LoadedWorkspaceSchema,
  },
  /** Writes workspaces with their attachments into one file the user picks (to move to another PC). */
  'bundle.export': {
    input: z.object({ workspaceIds: z.array(id).min(1).max(10_000).or(z.literal('all')), taskId }).strict(),
    output: z.object({
      path: z.string(),
      workspaceCount: z.number().int(),
      attachmentCount: z.number().int(),
    }),
  },
  /** Reads a bundle the user picks; every workspace in it becomes a new workspace here. */
  'bundle.import': {
    input: z.object({ taskId }).strict(),
    output: z.object({
      workspaces: z.array(z.object({ id: z.string(), title: z.string() })),
      attachmentCount: z.number().int(),
    }),
  },
  /** Gives back the lock taken when the workspace was opened (leaving the editor). */
  'workspaces.release': {
    input: z.object({ id }).strict(),
    output: z.object({ released: z.literal(true) }),
  },
  /**
   * Takes over a stale lock after the user confirmed; `heartbeatAt` is the one they were shown,
   * so nothing is taken if its holder came back meanwhile (then the answer is still read-only).
   */
  'workspaces.takeOver': {
    input: z.object({ id, heartbeatAt: z.string().max(40) }).strict(),
    output: LoadedWorkspaceSchema,
  },
  /**
   * After a save failed with `conflict` (details[0] is the kept copy): keep this PC's version
   * (`mine`) or the one on disk (`theirs`); the other stays in the backups.
   */
  'workspaces.resolveConflict': {
    input: z
      .object({ id, conflictId: z.string().min(1).max(100), keep: z.enum(['mine', 'theirs']) })
      .strict(),
    output: LoadedWorkspaceSchema,
  },
  /** What can be printed (documents with their page counts), the printers and their offsets. */
  'print.plan': {
    input: z
      .object({ workspaceId: id, taskId: taskId.optional(), combined: z.boolean().optional() })
      .strict(),
    output: PrintPlanSchema,
  },
  /** Prints the chosen documents: the PDF itself first, page images only when that cannot work. */
  'print.run': {
    input: z
      .object({
        workspaceId: id,
        documentIds: z.array(id).min(1).max(500),
        copies,
        printer: printerName,
        taskId,
        combined: z.boolean().optional(),
      })
      .strict(),
    output: PrintOutcomeSchema,
  },
  /** The raster fallback: prints the app window, whose print view shows the prepared page images. */
  'print.raster': {
    input: z.object({ copies, printer: printerName }).strict(),
    output: z.object({ printed: z.boolean() }),
  },
  /** The offset test sheet, plain (to measure) or corrected with the stored offset (to verify). */
  'print.calibrationSheet': {
    input: z.object({ printer: printerName, corrected: z.boolean(), taskId }).strict(),
    output: PrintOutcomeSchema,
  },
  /** Stores a printer's measured offset (applied to printed pages only, never to saved PDFs). */
  'print.setOffset': {
    input: z.object({ printer: printerName, offset: PrinterOffsetSchema }).strict(),
    output: z.object({ offsets: z.record(z.string(), PrinterOffsetSchema) }),
  },
  /** Writes the packet to a file of the app's own and opens it in the system's PDF viewer. */
  'documents.openInViewer': {
    input: z.object({ workspaceId: id, taskId, combined: z.boolean().optional() }).strict(),
    output: z.object({ opened: z.literal(true), pages: z.number().int() }),
  },
  'tasks.cancel': {
    input: z.object({ taskId }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type Channel = keyof IpcContract;
export type ChannelInput<C extends Channel> = z.input<IpcContract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<IpcContract[C]['output']>;

/** Events main pushes to the renderer (subscriptions return an unsubscribe function). */
export const ipcEvents = {
  progress: z.object({
    taskId: z.string(),
    label: z.string(),
    done: z.number(),
    total: z.number(),
  }),
} as const;
export type IpcEvents = typeof ipcEvents;
export type EventName = keyof IpcEvents;
export type EventPayload<E extends EventName> = z.output<IpcEvents[E]>;

export const channels = Object.keys(ipcContract) as Channel[];
export const eventNames = Object.keys(ipcEvents) as EventName[];
export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(ipcContract, name);

/** The renderer-side API shape, derived from the contract. */
export type Api = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
} & {
  on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
};
