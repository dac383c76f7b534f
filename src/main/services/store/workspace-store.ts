import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkspaceSummary } from '../../../shared/ipc/contract.js';
import { IpcError } from '../../../shared/ipc/errors.js';
import { WorkspaceSchema, type Workspace } from '../../../shared/model/workspace.js';
import { writeFileDurably } from './durable-write.js';

const ID_PATTERN = /^[A-Za-z0-9-]{1,100}$/;

export interface LoadedWorkspace {
  workspace: Workspace;
  readOnly: boolean;
  repairs: string[];
}

/** Each workspace is one JSON file `<dataDir>/workspaces/<id>.json`, written durably. */
export class WorkspaceStore {
  private constructor(private readonly dir: string) {}

  static async open(dataDir: string): Promise<WorkspaceStore> {
    const dir = join(dataDir, 'workspaces');
    await mkdir(dir, { recursive: true });
    return new WorkspaceStore(dir);
  }

  private fileOf(id: string): string {
    if (!ID_PATTERN.test(id))
      throw new IpcError('invalid-input', `案件IDの形式が正しくありません: ${id.slice(0, 40)}`);
    return join(this.dir, `${id}.json`);
  }

  async list(): Promise<WorkspaceSummary[]> {
    const names = (await readdir(this.dir)).filter((n) => n.endsWith('.json'));
    const summaries: WorkspaceSummary[] = [];
    for (const name of names) {
      const loaded = await this.get(name.slice(0, -'.json'.length)).catch(() => null);
      if (!loaded) continue;
      const { workspace: ws, readOnly } = loaded;
      summaries.push({
        id: ws.id,
        title: ws.title,
        providerName: ws.provider.name,
        updatedAt: ws.updatedAt,
        readOnly,
      });
    }
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async get(id: string): Promise<LoadedWorkspace> {
    let text: string;
    try {
      text = await readFile(this.fileOf(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new IpcError('not-found', '案件が見つかりません。一覧を更新してください。');
      }
      throw error;
    }
    const parsed = WorkspaceSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new IpcError('io', `案件ファイルを読み込めません: ${id}.json`);
    return { workspace: parsed.data, readOnly: false, repairs: [] };
  }

  async save(workspace: Workspace, now = new Date()): Promise<{ savedAt: string }> {
    const savedAt = now.toISOString();
    const next = { ...workspace, updatedAt: savedAt };
    await writeFileDurably(this.fileOf(workspace.id), `${JSON.stringify(next, null, 2)}\n`);
    return { savedAt };
  }

  async delete(id: string): Promise<void> {
    await rm(this.fileOf(id), { force: true });
  }
}
