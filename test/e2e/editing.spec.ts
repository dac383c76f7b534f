import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness.js';
import {
  LONG_NAME,
  addService,
  createWorkspace,
  field,
  nav,
  screenshot,
  userFiles,
  validCorporateNumber,
} from './steps.js';

/** The data path of the control that has keyboard focus (its own or its group's). */
const focusedPath = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLElement ? (el.closest<HTMLElement>('[data-path]')?.dataset.path ?? null) : null;
  });

test('a click on a finding opens its page and focuses its field', async ({ app }) => {
  const { page } = app;
  await createWorkspace(page, 'チェック確認');
  // Go elsewhere first so the jump has to change page.
  await nav(page, '連絡先・運用体制').click();
  const panel = page.getByRole('region', { name: '入力チェック' });
  await expect(panel.getByText(/^エラー [1-9]\d*件$/)).toBeVisible();
  await screenshot(page, '10-completeness-blank');

  const finding = panel.locator('.finding[data-severity="error"][data-target^="provider."]').first();
  const target = await finding.getAttribute('data-target');
  await finding.click();
  await expect(page.getByRole('heading', { name: '提供者（申込団体）' })).toBeVisible();
  await expect.poll(() => focusedPath(page)).toBe(target);

  // Keyboard only: the finding is reachable with Tab and opens with Enter.
  await nav(page, '手続きの状況・宛先').click();
  await finding.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedPath(page)).toBe(target);

  // A wrong format is reported at the field as you type, and in the panel at once.
  await field(page, '法人番号').fill('1234567890123');
  await expect(field(page, '法人番号')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.locator('.finding[data-target="provider.corporateNumber"]')).toHaveCount(1);
  await field(page, '法人番号').fill(validCorporateNumber());
  await expect(field(page, '法人番号')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(panel.locator('.finding[data-target="provider.corporateNumber"]')).toHaveCount(0);

  // A correction the rules offer is one click away: 半角カナ becomes 全角カナ.
  await field(page, 'フリガナ').fill('ｶﾌﾞｼｷｶﾞｲｼｬﾀｶﾊｼ');
  await page.getByRole('button', { name: '「カブシキガイシャタカハシ」に直す' }).first().click();
  await expect(field(page, 'フリガナ')).toHaveValue('カブシキガイシャタカハシ');
  await expect(page.getByRole('button', { name: /に直す$/ })).toHaveCount(0);

  // A choice that contradicts another is offered by its label, not its stored code: pattern ④
  // (接続団体のルータを利用) with an ASP router.
  await addService(page, 'HO');
  await field(page, '接続パターン').selectOption({ label: '接続団体のLGWAN接続ルータを利用' });
  const fix = page.getByRole('button', { name: '「自団体のLGWAN接続ルータ（接続団体のみ）」に直す' });
  await expect(fix).toBeVisible();
  await screenshot(page, '11-completeness-choice-fix');
  await fix.click();
  await expect(field(page, 'LGWAN接続ルータ').locator('option:checked')).toHaveText(
    '自団体のLGWAN接続ルータ（接続団体のみ）',
  );
  await expect(panel.locator('.finding[data-rule="ho.router-matches-pattern"]')).toHaveCount(0);
});

test('a broken image and an unsupported file are refused with a message naming the file', async ({ app }) => {
  const { page } = app;
  const files = await userFiles();
  await createWorkspace(page, '添付の確認');
  await addService(page, 'FA');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '写真: 設置環境のファイルを選択…' }).click();
  await (await chooser).setFiles([files.broken, files.notAnImage]);
  const slot = page.locator('[data-slot$=".facility-photo.installation"]');
  // The message names the file, says what is wrong and what to do (the storage service words it).
  await expect(slot.getByRole('alert').filter({ hasText: '「壊れた写真.jpg」' })).toContainText(
    '壊れています',
  );
  await expect(slot.getByRole('alert').filter({ hasText: '「壊れた写真.jpg」' })).toContainText(
    '添付し直してください',
  );
  await expect(slot.getByRole('alert').filter({ hasText: '「議事録.docx」' })).toContainText(
    '添付できません',
  );
  await expect(slot.getByRole('alert').filter({ hasText: '「議事録.docx」' })).toContainText('JPEG');
  await expect(slot.locator('img.thumb')).toHaveCount(0);
  await expect(slot.getByText('未添付')).toBeVisible();
  await screenshot(page, '11-attachment-refused');
});

test('undo restores a deleted service, a removed attachment and a deleted workspace', async ({ app }) => {
  const { page } = app;
  const files = await userFiles();
  await createWorkspace(page, '削除の確認');
  await addService(page, 'HO');
  await field(page, 'サービス名称').fill('消してはいけないホスティング');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'ネットワークトポロジ図のファイルを選択…' }).click();
  await (await chooser).setFiles(files.topology);
  await expect(page.locator('img.thumb')).toHaveCount(1);
  await field(page, '説明（書類に印刷されます）').fill('本番系の構成');

  // 開く hands the original, under its own name, to the system viewer.
  await page.getByRole('button', { name: 'ネットワーク構成図.pngを開く' }).click();
  await expect.poll(() => app.desktop.opened.length).toBe(1);
  expect(app.desktop.opened[0]).toMatch(/ネットワーク構成図\.png$/);
  expect(await readFile(app.desktop.opened[0]!)).toEqual(await readFile(files.topology));

  await page.getByRole('button', { name: 'ネットワーク構成図.pngを外す' }).click();
  await expect(page.locator('img.thumb')).toHaveCount(0);
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(page.locator('img.thumb')).toHaveCount(1);
  await expect(field(page, '説明（書類に印刷されます）')).toHaveValue('本番系の構成');

  await page.getByRole('button', { name: 'このサービスを削除' }).click();
  await expect(nav(page, /消してはいけないホスティング/)).toHaveCount(0);
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(nav(page, /消してはいけないホスティング/)).toBeVisible();
  await expect(field(page, 'サービス名称')).toHaveValue('消してはいけないホスティング');
  await expect(page.getByText('保存済み')).toBeVisible();

  await page.getByRole('button', { name: '← 案件一覧' }).click();
  await page.getByRole('button', { name: '削除の確認を削除' }).click();
  await expect(page.getByRole('link', { name: '削除の確認' })).toHaveCount(0);
  await page.getByRole('button', { name: '元に戻す' }).click();
  await page.getByRole('link', { name: '削除の確認' }).click();
  await nav(page, /消してはいけないホスティング/).click();
  await expect(page.locator('img.thumb')).toHaveCount(1);
});

test('workspaces: duplicate, rename, search, all by keyboard', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('新しい案件名').fill('札幌市向け 新規申込');
  await page.getByLabel('新しい案件名').press('Enter');
  await field(page, '名称').fill(LONG_NAME);
  await page.getByRole('button', { name: '← 案件一覧' }).click();

  await page.getByRole('button', { name: '札幌市向け 新規申込を複製' }).click();
  await expect(page.getByRole('link', { name: '札幌市向け 新規申込 のコピー' })).toBeVisible();

  await page.getByRole('button', { name: '札幌市向け 新規申込 のコピーの名前を変更' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('那覇市向け 変更届');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: '那覇市向け 変更届' })).toBeVisible();

  await page.getByLabel('案件を検索').fill('那覇');
  await expect(page.getByRole('link', { name: '札幌市向け 新規申込' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '那覇市向け 変更届' })).toBeVisible();
  await page.getByLabel('案件を検索').fill('');
  await screenshot(page, '12-workspaces-list');

  // The copy has the data, not a link to the original.
  await page.getByRole('link', { name: '那覇市向け 変更届' }).focus();
  await page.keyboard.press('Enter');
  await expect(field(page, '名称')).toHaveValue(LONG_NAME);
});

test('a backup brings an older version back, and a workspace moves to another PC as one file', async ({
  app,
}) => {
  const { page } = app;
  await createWorkspace(page, '移行テスト');
  await field(page, '名称').fill('株式会社旧名称');
  await expect(page.getByText('保存済み')).toBeVisible();
  await field(page, '名称').fill('株式会社新名称');
  await expect(page.getByText('保存済み')).toBeVisible();
  await page.getByRole('button', { name: '← 案件一覧' }).click();

  await page.getByRole('button', { name: '移行テストのバックアップ' }).click();
  await expect(page.getByRole('button', { name: 'この版に戻す' }).nth(1)).toBeVisible();
  await screenshot(page, '13-workspace-backups');
  await page.getByRole('button', { name: 'この版に戻す' }).nth(1).click();
  await expect(page.getByText(/の版に戻しました/)).toBeVisible();
  await page.getByRole('link', { name: '移行テスト' }).click();
  await expect(field(page, '名称')).toHaveValue('株式会社旧名称');
  await page.getByRole('button', { name: '← 案件一覧' }).click();

  const dir = await mkdtemp(join(tmpdir(), 'lgwan-bundle-'));
  app.desktop.chosenFile = join(dir, '移行テスト.lgwanasp');
  await page.getByRole('button', { name: '移行テストを書き出す' }).click();
  await expect(page.getByText(/1件の案件（添付資料0件）を書き出しました/)).toBeVisible();
  expect((await stat(app.desktop.chosenFile)).size).toBeGreaterThan(100);

  await page.getByRole('button', { name: '移行テストを削除' }).click();
  await expect(page.getByRole('link', { name: '移行テスト' })).toHaveCount(0);
  await page.getByRole('button', { name: '案件ファイルを取り込む…' }).click();
  await expect(page.getByText('1件の案件を取り込みました: 移行テスト')).toBeVisible();
  await page.getByRole('link', { name: '移行テスト' }).click();
  await expect(field(page, '名称')).toHaveValue('株式会社旧名称');
});

test('text typed just before the window closes is not lost', async ({ app }) => {
  const { page } = app;
  await createWorkspace(page, '閉じる直前');
  await field(page, '代表者氏名').fill('髙橋 𠮷太郎');
  // No waiting for the autosave delay: the window goes away at once.
  await app.reload();
  await page.getByRole('link', { name: '閉じる直前' }).click();
  await expect(field(page, '代表者氏名')).toHaveValue('髙橋 𠮷太郎');
});

test('rendering the packet shows progress and can be cancelled; the editor stays usable meanwhile', async ({
  app,
}) => {
  const { page } = app;
  // A provider with many facilities: its packet takes seconds to render, long enough to cancel.
  const sample = await app.handlers['workspaces.create']({ title: '中止の確認', from: 'sample' });
  const facility = sample.services.find((x) => x.kind === 'FA')!;
  const more = Array.from({ length: 40 }, (_, i) => ({
    ...facility,
    id: `fa-extra-${i}`,
    name: `追加施設${i + 1}`,
  }));
  await app.handlers['workspaces.save']({
    workspace: { ...sample, services: [...sample.services, ...more] },
  });
  await app.reload();
  await page.getByRole('link', { name: '中止の確認' }).click();
  await nav(page, '書類の確認・印刷').click();
  // The 40 facility registrations are a later stage: all stages together, so the render takes long.
  await page.getByLabel('後の段階の書類もまとめて一つの封筒にする（通常は不要です）').check();
  await page.getByRole('button', { name: '書類をプレビュー' }).click();
  // Progress shows at the top of the right column, with 中止, from the moment the work starts.
  await expect(page.getByRole('progressbar')).toBeVisible();
  await screenshot(page, '14-rendering-progress');
  await page.getByRole('button', { name: '中止', exact: true }).click();
  await expect(page.getByText('書類の作成を中止しました。')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.locator('canvas.pdf-page')).toHaveCount(0);

  // Started again, it runs in main while the user goes on editing elsewhere.
  await page.getByRole('button', { name: '書類をプレビュー' }).click();
  await nav(page, '提供者').click();
  await field(page, '事業内容').fill('プレビュー作成中の入力');
  await expect(page.getByText('保存済み')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
  await nav(page, '書類の確認・印刷').click();
  await expect(page.getByRole('button', { name: '書類をプレビュー' })).toBeEnabled();
});
