import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';
import { createWorkspace } from '../../../src/shared/model/workspace.js';

// Issue #17 item 6: a newer app version's index opens read-only here. Saves made by this version
// then never reach the index, so the hash it holds is stale: that is not damage, and a good file
// must not be moved to damaged/ on every start.

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lgwan-newer-index-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const INDEX = 'workspace-index-v1.json';

it('saves under a newer index survive every restart, without a false warning', async () => {
  const first = await WorkspaceStore.open(dataDir);
  const ws = createWorkspace('共有PCの案件');
  await first.save(ws);
  // A newer version ran on this PC and wrote the index with its own version number.
  const index = JSON.parse(await readFile(join(dataDir, INDEX), 'utf8'));
  await writeFile(join(dataDir, INDEX), JSON.stringify({ ...index, version: 2 }));

  const older = await WorkspaceStore.open(dataDir);
  expect(older.notices.map((n) => n.level)).toEqual(['info']);
  await older.save({ ...ws, title: '旧版で直した案件' });

  for (let start = 0; start < 3; start++) {
    const again = await WorkspaceStore.open(dataDir);
    expect(again.notices.map((n) => n.message)).toEqual([
      '案件一覧の索引は新しい版のアプリで保存されています。上書きしないよう、この版では変更を保存しません。',
    ]);
    expect((await again.get(ws.id)).workspace.title).toBe('旧版で直した案件');
    expect(existsSync(join(dataDir, 'damaged')) ? await readdir(join(dataDir, 'damaged')) : []).toEqual([]);
  }
  // The newer app's index is still exactly as it left it.
  expect(JSON.parse(await readFile(join(dataDir, INDEX), 'utf8'))).toEqual({ ...index, version: 2 });
});

describe('a damaged file under a newer index', () => {
  it('is still recovered from its backup when it no longer parses', async () => {
    const first = await WorkspaceStore.open(dataDir);
    const ws = createWorkspace('壊れる案件');
    await first.save(ws);
    const index = JSON.parse(await readFile(join(dataDir, INDEX), 'utf8'));
    await writeFile(join(dataDir, INDEX), JSON.stringify({ ...index, version: 2 }));
    await writeFile(join(dataDir, 'workspaces', `${ws.id}.json`), '{"cut off');
    const again = await WorkspaceStore.open(dataDir);
    expect((await again.get(ws.id)).workspace.title).toBe('壊れる案件');
    expect(
      again.notices.some((n) => n.level === 'warning' && /バックアップから復元しました/.test(n.message)),
    ).toBe(true);
  });
});
