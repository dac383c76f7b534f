import { z } from 'zod';
import { AttachmentSchema, SubmissionSchema } from '../model/attachments.js';
import { WorkspaceSchema } from '../model/workspace.js';

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

export const LoadedWorkspaceSchema = z.object({
  workspace: WorkspaceSchema,
  readOnly: z.boolean(),
  /** Japanese descriptions of what the loader repaired. */
  repairs: z.array(z.string()),
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
  'documents.renderPreview': {
    input: z.object({ workspaceId: id, taskId: taskId.optional() }).strict(),
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
  /** Opens the stored original in the system's viewer. */
  'attachments.open': {
    input: z.object({ sha256, name: z.string().max(255) }).strict(),
    output: z.object({ opened: z.literal(true) }),
  },
  /** Renders every required document and writes the PDFs into a folder the user picks. */
  'documents.saveToFolder': {
    input: z.object({ workspaceId: id, taskId }).strict(),
    output: z.object({ folder: z.string(), files: z.array(SavedDocumentSchema) }),
  },
  /** Freezes what is printed now (documents, their hashes, the data) as a submission. */
  'submissions.record': {
    input: z.object({ workspaceId: id, note: z.string().max(2000), taskId: taskId.optional() }).strict(),
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
