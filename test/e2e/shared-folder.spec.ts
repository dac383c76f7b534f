import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './harness.js';
import { field, screenshot } from './steps.js';
import { WorkspaceLocks } from '../../src/main/services/store/workspace-lock.js';
import { WorkspaceStore } from '../../src/main/services/store/workspace-store.js';
import { createWorkspace } from '../../src/shared/model/workspace.js';

// Issue #15 in the real renderer: another PC on the same (shared) data folder. Its lock is a
// real lock file written by the lock service with another holder; its save a real store's save.
const otherPc = (dataDir: string, clock: () => Date = () => new Date()) =>
  new WorkspaceLocks(
    join(dataDir, 'locks'),
    { user: 'suzuki', host: 'SOUMU-PC02', pid: 999_999, instance: 'pc02' },
    undefined,
    clock,
  );

const seed = async (store: WorkspaceStore, title: string) => {
  const ws = createWorkspace(title);
  await store.save({ ...ws, provider: { ...ws.provider, name: '株式会社北海' } });
  return ws.id;
};

test('a workspace another PC has open opens read-only, naming who has it since when', async ({ app }) => {
  const { page } = app;
  const id = await seed(app.store, '共有フォルダの案件');
  let now = new Date('2026-12-03T00:15:00Z');
  const pc02 = otherPc(app.dataDir, () => now);
  await pc02.acquire(id);
  // It is still running: its heartbeat is current, so the lock is live, not stale.
  now = new Date();
  await pc02.heartbeat();
  await app.reload();
  await page.getByText('共有フォルダの案件').click();

  const banner = page.locator('.lock-banner');
  await expect(banner).toContainText('読み取り専用で開いています');
  await expect(banner).toContainText(
    'この案件は suzuki さん（PC名 SOUMU-PC02）が 2026年12月3日 09:15 から開いています。',
  );
  await expect(page.getByRole('status').filter({ hasText: '読み取り専用' }).first()).toBeVisible();
  await expect(field(page, '名称')).toHaveValue('株式会社北海');
  await expect(field(page, '名称')).toHaveAttribute('readonly', '');
  await expect(banner.getByRole('button', { name: '編集を引き継ぐ…' })).toHaveCount(0);
  await screenshot(page, '15-read-only-locked');
});

test('a stale lock is taken over after confirmation; then edits are saved', async ({ app }) => {
  const { page } = app;
  const id = await seed(app.store, '止まったPCの案件');
  // PC02 opened it 40 minutes ago and has not beaten since (switched off).
  const then = new Date(Date.now() - 40 * 60_000);
  await otherPc(app.dataDir, () => then).acquire(id);
  await app.reload();
  await page.getByText('止まったPCの案件').click();

  const banner = page.locator('.lock-banner');
  await expect(banner).toContainText('相手のアプリから応答がありません');
  await banner.getByRole('button', { name: '編集を引き継ぐ…' }).click();
  await expect(banner).toContainText('相手のアプリが止まっていることを確かめてから引き継いでください');
  await screenshot(page, '15-stale-lock-confirm');
  await banner.getByRole('button', { name: '引き継いで編集する' }).click();
  await expect(page.locator('.lock-banner')).toHaveCount(0);

  await field(page, '名称').fill('株式会社引継');
  await expect(page.getByRole('status').filter({ hasText: '保存済み' })).toBeVisible();
  const lock = JSON.parse(await readFile(join(app.dataDir, 'locks', `${id}.lock`), 'utf8')) as {
    host: string;
  };
  expect(lock.host).not.toBe('SOUMU-PC02');
  expect((await app.store.get(id)).workspace.provider.name).toBe('株式会社引継');
});

test('a save over a version changed elsewhere asks which to keep and loses neither', async ({ app }) => {
  const { page } = app;
  const id = await seed(app.store, '競合の案件');
  await app.reload();
  await page.getByText('競合の案件').click();
  await expect(field(page, '名称')).toHaveValue('株式会社北海');

  // Meanwhile another app on the same folder saves its own change.
  const other = await WorkspaceStore.open(app.dataDir);
  const theirs = await other.get(id, { forEditing: true });
  await other.save({ ...theirs.workspace, provider: { ...theirs.workspace.provider, name: '株式会社南海' } });

  await field(page, '名称').fill('株式会社東海');
  const dialog = page.getByRole('dialog', { name: '別の場所で保存された変更があります' });
  await expect(dialog).toContainText('上書きしないよう保存を止め、この画面の内容は別に保管しました');
  await screenshot(page, '15-save-conflict');
  // Nothing was overwritten while the user decides.
  expect((await other.get(id)).workspace.provider.name).toBe('株式会社南海');

  await dialog.getByRole('button', { name: 'この画面の内容で保存する' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(field(page, '名称')).toHaveValue('株式会社東海');
  expect((await app.store.get(id)).workspace.provider.name).toBe('株式会社東海');
  // The version not chosen is still among the backups.
  const names = [];
  for (const b of await app.store.listBackups(id)) {
    const raw = JSON.parse(await readFile(join(app.dataDir, 'backups', id, b.backupId), 'utf8')) as {
      provider: { name: string };
    };
    names.push(raw.provider.name);
  }
  expect(names).toContain('株式会社南海');
});
