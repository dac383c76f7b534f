import { z } from 'zod';
import type { WorkspaceSummary } from '../../../shared/ipc/contract.js';
import type { ConfigFile } from './config-files.js';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * What the index knows about one workspace file. `sha256` is written *before* the file is
 * replaced and `previousSha256` is the file it replaces, so after a crash the file on disk
 * matches one of the two; bytes matching neither were changed by something other than this app
 * (bit rot, a bad copy) even when they still parse.
 */
export const IndexEntrySchema = z.object({
  title: z.string(),
  providerName: z.string(),
  updatedAt: z.string(),
  readOnly: z.boolean(),
  sha256,
  previousSha256: sha256.nullable(),
});
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

export const INDEX_VERSION = 1;
export const WorkspaceIndexSchema = z.object({
  version: z.number().int().positive(),
  workspaces: z.record(z.string(), IndexEntrySchema).default({}),
});
export type WorkspaceIndexData = z.infer<typeof WorkspaceIndexSchema>;

/** The workspace index (electron-store): summaries for the list and the hashes described above. */
export class WorkspaceIndex {
  private entries: Map<string, IndexEntry>;

  constructor(
    private readonly file: ConfigFile,
    data: WorkspaceIndexData,
    /** Written by a newer app version: kept in memory only. */
    readonly readOnly: boolean,
  ) {
    this.entries = new Map(Object.entries(data.workspaces));
  }

  get(id: string): IndexEntry | undefined {
    return this.entries.get(id);
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  set(id: string, entry: IndexEntry): void {
    this.entries.set(id, entry);
    this.flush();
  }

  delete(id: string): void {
    if (this.entries.delete(id)) this.flush();
  }

  summaries(): WorkspaceSummary[] {
    return [...this.entries.entries()]
      .map(([id, e]) => ({
        id,
        title: e.title,
        providerName: e.providerName,
        updatedAt: e.updatedAt,
        readOnly: e.readOnly,
      }))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  private flush(): void {
    if (this.readOnly) return;
    this.file.set('workspaces', Object.fromEntries(this.entries));
  }
}
