import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronStoreBackend } from '../../../src/main/services/store/config-files.js';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';
import { createWorkspace, type Workspace } from '../../../src/shared/model/workspace.js';

// Issue #6 "Recovery": a damaged file never stops the app from starting; it is kept aside
// byte for byte, the latest good backup is restored, and the user is told where the file is.

let dataDir: string;
let ws: Workspace;
const fileOf = () => join(dataDir, 'workspaces', `${ws.id}.json`);

/** Start-up as the app does it: open the store, show its notices, list the workspaces. */
const startApp = async () => {
  const store = await WorkspaceStore.open(dataDir);
  return { store, notices: store.notices.map((n) => n.message), list: await store.list() };
};

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lgwan-recovery-'));
  const store = await WorkspaceStore.open(dataDir);
  ws = createWorkspace('案件');
  for (const n of [1, 2, 3]) {
    await store.save({ ...ws, title: `版${n}`, provider: { ...ws.provider, name: `株式会社テスト${n}` } });
  }
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const damagedFiles = async () => readdir(join(dataDir, 'damaged')).catch(() => [] as string[]);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const seeded = (seed: number) => () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};

const corruptions: [string, (bytes: Buffer, seed: number) => Uint8Array, RegExp][] = [
  ['truncated in the middle', (b) => b.subarray(0, Math.floor(b.length / 2)), /途中で切れている/],
  ['truncated by one byte', (b) => b.subarray(0, b.length - 2), /途中で切れている|JSON/],
  ['empty (zero bytes)', () => new Uint8Array(0), /空/],
  [
    'wrong schema (valid JSON, provider is a number)',
    (b) => Buffer.from(JSON.stringify({ ...JSON.parse(b.toString()), provider: 42 })),
    /保存した内容と一致しません/,
  ],
  ['wrong content (a JSON array)', () => Buffer.from('[1,2,3]'), /形式ではありません/],
  ['another app’s file', () => Buffer.from('{"format":"something-else"}'), /形式ではありません/],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed): [string, (bytes: Buffer, seed: number) => Uint8Array, RegExp] => [
    `bit flips (seed ${seed})`,
    (b) => {
      const copy = Buffer.from(b);
      const random = seeded(seed);
      for (let i = 0; i < 1 + (seed % 3); i++) {
        const at = Math.floor(random() * copy.length);
        copy[at] = (copy[at] ?? 0) ^ (1 << Math.floor(random() * 8));
      }
      return copy;
    },
    /読み込めませんでした/,
  ]),
];

describe('recovery from a damaged workspace file', () => {
  it.each(corruptions)(
    '%s: starts, keeps the file aside, restores the last save, says so',
    async (_name, damage, reason) => {
      const good = await readFile(fileOf());
      const bad = damage(good, 1);
      await writeFile(fileOf(), bad);

      const { store, notices, list } = await startApp();

      expect(list.map((w) => w.title)).toEqual(['版3']);
      const loaded = await store.get(ws.id);
      expect(loaded.workspace.title).toBe('版3');
      expect(loaded.workspace.provider.name).toBe('株式会社テスト3');
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(reason);
      expect(notices[0]).toMatch(/バックアップから復元しました/);
      const [kept] = await damagedFiles();
      expect(kept).toBeDefined();
      const keptPath = join(dataDir, 'damaged', kept ?? '');
      expect(notices[0]).toContain(keptPath);
      expect(sha(await readFile(keptPath))).toBe(sha(bad));
      expect(sha(await readFile(fileOf()))).toBe(sha(good));

      // The next start is quiet: the restored file is the app's own again.
      expect((await startApp()).notices).toEqual([]);
    },
  );

  it('a workspace file deleted behind the app is restored from its backup', async () => {
    await rm(fileOf());
    const { notices, list } = await startApp();
    expect(list.map((w) => w.title)).toEqual(['版3']);
    expect(notices[0]).toMatch(/ファイルが見つかりません.*復元しました/);
  });

  it('with no good backup left the app still starts, keeps the file and says it could not restore', async () => {
    await rm(join(dataDir, 'backups', ws.id), { recursive: true });
    await writeFile(fileOf(), '{"id": "trunc');
    const { notices, list } = await startApp();
    expect(list).toEqual([]);
    expect(notices[0]).toMatch(/復元できるバックアップがない/);
    expect(notices[0]).toMatch(/\.lgwanasp/);
    expect(await damagedFiles()).toHaveLength(1);
  });

  it('when even setting the file aside fails, the app still starts and says what to check', async () => {
    await writeFile(join(dataDir, 'damaged'), 'a file where the damaged-files folder should be');
    const bad = Buffer.from('{"broken');
    await writeFile(fileOf(), bad);
    const { notices } = await startApp();
    expect(notices[0]).toMatch(/確認できませんでした.*ファイルはそのまま残しています.*権限と空き容量/);
    expect(sha(await readFile(fileOf()))).toBe(sha(bad));
  });

  it('skips a damaged newest backup and restores the one before it', async () => {
    const backups = await (await WorkspaceStore.open(dataDir)).listBackups(ws.id);
    await writeFile(join(dataDir, 'backups', ws.id, backups[0]?.backupId ?? ''), 'garbage');
    await writeFile(fileOf(), '');
    const { store, notices } = await startApp();
    expect((await store.get(ws.id)).workspace.title).toBe('版2');
    expect(notices[0]).toMatch(/復元しました/);
  });

  it('damage that happens while the app runs is recovered when the workspace is opened', async () => {
    const { store } = await startApp();
    await writeFile(fileOf(), '{');
    const loaded = await store.get(ws.id);
    expect(loaded.workspace.title).toBe('版3');
    expect(loaded.repairs[0]).toMatch(/バックアップから復元しました/);
    expect(await damagedFiles()).toHaveLength(1);
  });
});

describe('files written by a newer version', () => {
  it('opens read-only with a message and never overwrites the file', async () => {
    const newer = {
      ...JSON.parse(await readFile(fileOf(), 'utf8')),
      formatVersion: 7,
      futureField: { a: 1 },
    };
    const bytes = Buffer.from(JSON.stringify(newer, null, 2));
    await writeFile(fileOf(), bytes);

    const { store, notices, list } = await startApp();
    expect(list).toEqual([expect.objectContaining({ id: ws.id, readOnly: true })]);
    expect(notices.join('')).toMatch(/新しい版のアプリ.*読み取り専用/);
    const loaded = await store.get(ws.id);
    expect(loaded.readOnly).toBe(true);
    expect(loaded.repairs[0]).toMatch(/形式バージョン7/);
    await expect(store.save(loaded.workspace)).rejects.toMatchObject({ code: 'read-only' });
    expect(sha(await readFile(fileOf()).catch(() => Buffer.alloc(0)))).toBe(sha(bytes));
    expect(await damagedFiles()).toEqual([]);
  });

  it('a newer file this version cannot read is left untouched and named in the message', async () => {
    const bytes = Buffer.from(
      JSON.stringify({ format: 'lgwan-asp-workspace', formatVersion: 9, id: ws.id, provider: 'v9 shape' }),
    );
    await writeFile(fileOf(), bytes);
    const { store, notices } = await startApp();
    expect(notices[0]).toMatch(/この版では開けません/);
    expect(notices[0]).toContain(fileOf());
    await expect(store.get(ws.id)).rejects.toMatchObject({ code: 'read-only' });
    await expect(store.save({ ...ws, title: 'x' })).rejects.toMatchObject({ code: 'read-only' });
    expect(sha(await readFile(fileOf()))).toBe(sha(bytes));
    expect(await damagedFiles()).toEqual([]);
  });
});

describe('damaged electron-store files (settings and the workspace index)', () => {
  it.each([
    ['the index is garbage', 'workspace-index-v1.json', '{"version":1,"workspaces":{"x'],
    ['the index is empty', 'workspace-index-v1.json', ''],
    ['the index has the wrong shape', 'workspace-index-v1.json', '{"version":1,"workspaces":[1,2]}'],
    ['the settings are garbage', 'settings.json', '\u0000\u0001binary'],
    ['the settings have the wrong shape', 'settings.json', '{"version":"one"}'],
  ])(
    '%s: starts with electron-store, keeps the file aside, lists every workspace',
    async (_name, file, content) => {
      await writeFile(join(dataDir, file), content);
      const store = await WorkspaceStore.open(dataDir, { configBackend: await electronStoreBackend() });
      const titles = (await store.list()).map((w) => w.title);
      expect(titles).toEqual(['版3']);
      if (content !== '') {
        expect(store.notices[0]?.message).toMatch(/作り直しました。元のファイルは .* に保管しています/);
        const kept = store.notices[0]?.keptAt ?? '';
        expect(await readFile(kept, 'utf8')).toBe(content);
      }
      // The workspace itself was not touched and saving works again.
      expect((await store.get(ws.id)).workspace.title).toBe('版3');
      await store.save({ ...ws, title: '版4' });
      expect((await (await WorkspaceStore.open(dataDir)).list()).map((w) => w.title)).toEqual(['版4']);
    },
  );

  it('settings written by a newer version are read but never written', async () => {
    const content = '{"version":5,"lastWorkspaceId":"abc","fromTheFuture":true}';
    await writeFile(join(dataDir, 'settings.json'), content);
    const store = await WorkspaceStore.open(dataDir, { configBackend: await electronStoreBackend() });
    expect(store.settings.readOnly).toBe(true);
    expect(store.settings.get('lastWorkspaceId')).toBe('abc');
    store.settings.set('lastWorkspaceId', ws.id);
    expect(await readFile(join(dataDir, 'settings.json'), 'utf8')).toBe(content);
    expect(store.notices.map((n) => n.message).join('')).toMatch(/新しい版のアプリ/);
  });
});
