/**
 * Issue #17 item 5: every disk failure reaches the user as a Japanese message with a next step,
 * and leaves the data as it was (no half-written file, no temp file, no false recovery later).
 *
 * Failures are injected: the tests run as root here, where a chmod'ed folder still takes writes,
 * and a tmpfs needs mount rights CI machines do not have. node:fs/promises (used by the store's
 * own writes) fails on chosen calls with a real errno code; the index file (written by `conf`
 * with sync fs calls) fails through the store's config-backend seam.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch.js';
import { APP_ORIGIN } from '../../../src/main/security/origin.js';
import { confBackend, type ConfigBackend } from '../../../src/main/services/store/config-files.js';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';
import { startupFailureMessage } from '../../../src/main/startup-failure.js';
import { createWorkspace } from '../../../src/shared/model/workspace.js';

type Rule = (op: string, path: string, flags?: unknown) => string | null;
const faults = vi.hoisted(() => ({ rule: null as Rule | null, index: null as string | null }));
const errno = (code: string, op: string, path: string) =>
  Object.assign(new Error(`${code}: injected failure, ${op} '${path}'`), { code, syscall: op, path });

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const check = (op: string, path: unknown, flags?: unknown) => {
    const code = faults.rule?.(op, String(path), flags);
    if (code) throw errno(code, op, String(path));
  };
  const open: typeof real.open = async (path, flags, mode) => {
    check('open', path, flags);
    const handle = await real.open(path, flags, mode);
    const code = faults.rule?.('write', String(path));
    if (code) {
      // The disk fills up half-way: part of the data is on disk when the write fails.
      const writeFile = handle.writeFile.bind(handle);
      handle.writeFile = async (data: Parameters<typeof writeFile>[0]) => {
        const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : (data as Uint8Array);
        await writeFile(bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
        throw errno(code, 'write', String(path));
      };
    }
    return handle;
  };
  const mkdir = (async (path: string, options?: Parameters<typeof real.mkdir>[1]) => {
    check('mkdir', path);
    return real.mkdir(path, options);
  }) as typeof real.mkdir;
  const mocked = { ...real, open, mkdir };
  return { ...mocked, default: mocked };
});

/** The real `conf` index file, whose writes fail with `faults.index` when set. */
const failingBackend = async (): Promise<ConfigBackend> => {
  const real = await confBackend();
  return (options) => {
    const file = real(options);
    return {
      get store() {
        return file.store;
      },
      get path() {
        return file.path;
      },
      set: (key, value) => {
        if (faults.index) throw errno(faults.index, 'write', file.path);
        file.set(key, value);
      },
      clear: () => file.clear(),
    };
  };
};

let root: string;
let dataDir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'lgwan-disk-'));
  dataDir = join(root, 'data');
});
afterEach(async () => {
  faults.rule = null;
  faults.index = null;
  await rm(root, { recursive: true, force: true });
});

const tempFiles = async (): Promise<string[]> => {
  const found: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(dir, entry.name));
      else if (/\.tmp$|\.tmp-/.test(entry.name)) found.push(join(dir, entry.name));
    }
  };
  await walk(root);
  return found;
};

const savedOnce = async () => {
  const store = await WorkspaceStore.open(dataDir, { configBackend: await failingBackend() });
  const ws = createWorkspace('保存済みの案件');
  await store.save(ws);
  const file = join(store.layout.workspaces, `${ws.id}.json`);
  return { store, ws, file, before: await readFile(file, 'utf8') };
};

const expectUnchangedAfterRestart = async (id: string, file: string, before: string) => {
  expect(await readFile(file, 'utf8')).toBe(before);
  expect(await tempFiles()).toEqual([]);
  const reopened = await WorkspaceStore.open(dataDir);
  expect(reopened.notices).toEqual([]);
  expect((await reopened.get(id)).workspace.title).toBe('保存済みの案件');
  expect(await readdir(join(dataDir, 'damaged')).catch(() => [])).toEqual([]);
};

describe('a full disk while saving', () => {
  it('the workspace file write fails half-way: Japanese message, old file kept, no temp file', async () => {
    const { store, ws, file, before } = await savedOnce();
    faults.rule = (op, path) => (op === 'write' && path.includes(`.${ws.id}.json.`) ? 'ENOSPC' : null);
    const error = (await store.save({ ...ws, title: '書きかけ' }).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ code: 'io' });
    expect(error.message).toBe(
      '案件を保存できませんでした（ENOSPC）。ディスクの空き容量が不足しています。不要なファイルを削除してから、もう一度お試しください。',
    );
    faults.rule = null;
    expect((await store.listBackups(ws.id)).length).toBe(1);
    await expectUnchangedAfterRestart(ws.id, file, before);
  });

  it('the index write fails first: the same message, not a raw ENOSPC', async () => {
    const { store, ws, file, before } = await savedOnce();
    faults.index = 'ENOSPC';
    const error = (await store.save({ ...ws, title: '書きかけ' }).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ code: 'io' });
    expect(error.message).toMatch(
      /^案件を保存できませんでした（ENOSPC）。ディスクの空き容量が不足しています。/,
    );
    faults.index = null;
    await expectUnchangedAfterRestart(ws.id, file, before);
  });

  it('an untranslated disk error through IPC still gets Japanese words', async () => {
    const handlers = {
      'workspaces.list': () => Promise.reject(errno('EROFS', 'open', '/data/x')),
    } as unknown as Parameters<typeof dispatch>[0];
    const result = await dispatch(
      handlers,
      'workspaces.list',
      {},
      { isMainFrame: true, url: `${APP_ORIGIN}/index.html` },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(
      /^処理を完了することができませんでした（EROFS）。データフォルダが書き込みできない場所/,
    );
    expect(message).not.toMatch(/処理中にエラーが発生しました|injected/);
  });
});

describe('a data folder that takes no writes', () => {
  it('opens with an error notice saying so, shows the work, and refuses saves in words', async () => {
    const { ws, file, before } = await savedOnce();
    faults.rule = (op, path, flags) =>
      op === 'open' && flags === 'wx' && path.startsWith(dataDir) ? 'EROFS' : null;
    faults.index = 'EROFS';
    const store = await WorkspaceStore.open(dataDir, { configBackend: await failingBackend() });
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toMatchObject({ level: 'error' });
    expect(store.notices[0]?.message).toMatch(
      /^データフォルダ（.*）に書き込むことができませんでした（EROFS）。データフォルダが書き込みできない場所（読み取り専用のドライブ.*このままでは入力した内容を保存できません/,
    );
    expect((await store.get(ws.id)).workspace.title).toBe('保存済みの案件');
    await expect(store.save({ ...ws, title: '変更' })).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/^案件を保存できませんでした（EROFS）/),
    });
    faults.rule = null;
    faults.index = null;
    await expectUnchangedAfterRestart(ws.id, file, before);
  });

  it('a folder that cannot be created fails open with a Japanese message', async () => {
    faults.rule = (op, path) => (op === 'mkdir' && path.startsWith(dataDir) ? 'EACCES' : null);
    await expect(WorkspaceStore.open(dataDir)).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(
        /^データフォルダ（.*data）を開くことができませんでした（EACCES）。データフォルダに書き込む権限がありません。/,
      ),
    });
  });

  it('the start-up error box names the folder and the next step', () => {
    const box = startupFailureMessage(errno('EACCES', 'mkdir', '/home/u/AppData'), '/home/u/AppData');
    expect(box.title).toBe('LGWAN-ASP申込ワークベンチを起動できません');
    expect(box.content).toMatch(
      /^データの準備できませんでした（EACCES）。データフォルダに書き込む権限がありません。/,
    );
    expect(box.content).toContain('データフォルダ: /home/u/AppData');
    expect(box.content).toContain('入力済みのデータは変更していません');
  });
});

describe('the CLI on disk failures', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t), cwd: root },
    };
  };

  it('export to a full disk: exit 1, a Japanese message, no stack, no temp file beside the output', async () => {
    await savedOnce();
    const { run } = await import('../../../src/cli/commands/export.js');
    const target = join(root, 'backup.lgwanasp');
    faults.rule = (op, path) => (op === 'write' && path.includes('.backup.lgwanasp.') ? 'ENOSPC' : null);
    const { out, io: cli } = io();
    expect(await run(['--all', '--data-dir', dataDir, '--out', target], cli)).toBe(1);
    expect(out.stderr).toMatch(
      /^書き出せませんでした: .*backup\.lgwanasp に保存できませんでした（ENOSPC）。ディスクの空き容量が不足/,
    );
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(root)).toEqual(['data']);
  });

  it('import into a folder that takes no writes: exit 1, a Japanese message', async () => {
    const { store } = await savedOnce();
    const { run: exportRun } = await import('../../../src/cli/commands/export.js');
    const bundle = join(root, 'b.lgwanasp');
    expect(await exportRun(['--all', '--data-dir', store.layout.dataDir, '--out', bundle], io().io)).toBe(0);
    const { run } = await import('../../../src/cli/commands/import.js');
    const target = join(root, 'other');
    faults.rule = (op, path) => (op === 'mkdir' && path.startsWith(target) ? 'EROFS' : null);
    const { out, io: cli } = io();
    expect(await run([bundle, '--data-dir', target], cli)).toBe(1);
    expect(out.stderr).toMatch(/^データフォルダ（.*other）を開くことができませんでした（EROFS）。/);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });
});
