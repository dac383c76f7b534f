import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';
import { createWorkspace } from '../../../src/shared/model/workspace.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lgwan-store-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('WorkspaceStore', () => {
  it('saves, lists from the index and loads the same data after a restart', async () => {
    const store = await WorkspaceStore.open(dataDir);
    const ws = createWorkspace('札幌データセンター案件');
    const { savedAt } = await store.save({ ...ws, provider: { ...ws.provider, name: '株式会社北海' } });
    const reopened = await WorkspaceStore.open(dataDir);
    expect(await reopened.list()).toEqual([
      {
        id: ws.id,
        title: '札幌データセンター案件',
        providerName: '株式会社北海',
        updatedAt: savedAt,
        readOnly: false,
      },
    ]);
    const loaded = await reopened.get(ws.id);
    expect(loaded).toMatchObject({ readOnly: false, repairs: [] });
    expect(loaded.workspace.provider.name).toBe('株式会社北海');
    expect(reopened.notices).toEqual([]);
  });

  it('keeps every save as a dated backup, pruned to the last 20 (plus one per day)', async () => {
    const store = await WorkspaceStore.open(dataDir);
    const ws = createWorkspace('案件');
    const base = new Date('2026-11-22T01:00:00.000Z').getTime();
    for (let i = 0; i < 25; i++) await store.save({ ...ws, title: `版${i}` }, new Date(base + i * 1000));
    const backups = await store.listBackups(ws.id);
    expect(backups).toHaveLength(20);
    expect(backups[0]?.savedAt).toBe(new Date(base + 24_000).toISOString());
    expect(backups[19]?.savedAt).toBe(new Date(base + 5_000).toISOString());
  });

  it('restores a chosen backup and keeps the replaced version restorable', async () => {
    const store = await WorkspaceStore.open(dataDir);
    const ws = createWorkspace('案件');
    await store.save({ ...ws, title: '最初' }, new Date('2026-11-20T01:00:00.000Z'));
    await store.save({ ...ws, title: '後で間違えた' }, new Date('2026-11-21T01:00:00.000Z'));
    const [, first] = await store.listBackups(ws.id);
    const restored = await store.restoreBackup(
      ws.id,
      first?.backupId ?? '',
      new Date('2026-11-22T01:00:00.000Z'),
    );
    expect(restored.workspace.title).toBe('最初');
    expect(restored.repairs[0]).toMatch(/2026年11月20日 10:00のバックアップから復元しました/);
    expect((await (await WorkspaceStore.open(dataDir)).get(ws.id)).workspace.title).toBe('最初');
    const titles = await Promise.all(
      (await store.listBackups(ws.id)).map(
        async (b) =>
          (
            JSON.parse(await readFile(join(dataDir, 'backups', ws.id, b.backupId), 'utf8')) as {
              title: string;
            }
          ).title,
      ),
    );
    expect(titles).toContain('後で間違えた');
  });

  it('refuses a backup id that names another file', async () => {
    const store = await WorkspaceStore.open(dataDir);
    const ws = createWorkspace('案件');
    await store.save(ws);
    await expect(store.restoreBackup(ws.id, '../../workspace-index-v1.json')).rejects.toThrow(
      /バックアップの指定/,
    );
  });

  it('serialises concurrent saves: the last call wins and the file is never mixed', async () => {
    const store = await WorkspaceStore.open(dataDir);
    const ws = createWorkspace('案件');
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.save({ ...ws, title: `版${i}` })));
    expect((await (await WorkspaceStore.open(dataDir)).get(ws.id)).workspace.title).toBe('版9');
  });

  it('deleting removes it from the list but keeps its backups for recovery', async () => {
    const store = await WorkspaceStore.open(dataDir);
    const ws = createWorkspace('消す案件');
    await store.save(ws);
    await store.delete(ws.id);
    expect(await store.list()).toEqual([]);
    expect(await store.listBackups(ws.id)).toHaveLength(1);
    expect((await WorkspaceStore.open(dataDir)).notices).toEqual([]);
  });

  it('cleans temp files a killed save left behind, without touching the saved file', async () => {
    const store = await WorkspaceStore.open(dataDir);
    const ws = createWorkspace('案件');
    await store.save(ws);
    await writeFile(join(dataDir, 'workspaces', `.${ws.id}.json.abcdef.tmp`), '{"half');
    const reopened = await WorkspaceStore.open(dataDir);
    expect(await readdir(join(dataDir, 'workspaces'))).toEqual([`${ws.id}.json`]);
    expect(reopened.notices).toEqual([]);
  });

  it('rejects ids that would name a path outside the store', async () => {
    const store = await WorkspaceStore.open(dataDir);
    await expect(store.get('../../etc/passwd')).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(store.save({ ...createWorkspace(), id: '..\\x' })).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('reports a failed write in Japanese; the next start still has the last saved version', async () => {
    const store = await WorkspaceStore.open(dataDir);
    const ws = createWorkspace('案件');
    await store.save({ ...ws, title: '保存済み' });
    await rm(join(dataDir, 'workspaces'), { recursive: true });
    await writeFile(join(dataDir, 'workspaces'), 'not a directory');
    await expect(store.save({ ...ws, title: '新しい' })).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/保存できませんでした.*もう一度/),
    });
    await rm(join(dataDir, 'workspaces'));
    const reopened = await WorkspaceStore.open(dataDir);
    expect((await reopened.list()).map((w) => w.title)).toEqual(['保存済み']);
  });
});
