import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from './harness.js';
import { addService, field, nav, screenshot, screensDir } from './steps.js';

const run = promisify(execFile);
const pagesDir = resolve('test-results/changes');

const pdfText = async (path: string): Promise<string> => {
  const task = getDocument({
    data: new Uint8Array(await readFile(path)),
    useSystemFonts: false,
    standardFontDataUrl: `${resolve('node_modules/pdfjs-dist/standard_fonts')}/`,
  });
  const pdf = await task.promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    parts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
  }
  await task.destroy();
  return parts.join('\n');
};

// Issue #11's journey after the first filing: the sample → 提出済 → 受理 with an ASPコード → two
// edits → the 提出後の変更 view names the document each needs → the rendered change documents
// (002 §5.1.1(1) 変更届出, §5.1.1(3) 結果通知, 表5-1 (2) a new AP is a 変更 of its hosting).
test('after acceptance, a changed representative and a new AP become the documents they need', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await page.getByLabel('新しい案件名').fill('見本の案件（提出後）');
  await page.getByRole('button', { name: '見本から作成' }).click();
  await expect(field(page, '名称')).not.toHaveValue('');

  // 提出済: every stage in one envelope (this journey files it all at once, knowingly).
  await nav(page, '書類の確認・印刷').click();
  await page
    .getByTestId('stage-panel')
    .getByLabel('後の段階の書類もまとめて一つの封筒にする（通常は不要です）')
    .check();
  await page.getByRole('button', { name: '提出を記録…' }).click();
  await page.getByLabel('提出日（郵送した日）').fill('2026/12/01');
  await page.getByRole('button', { name: '提出を記録する' }).click();
  await expect(page.getByRole('alert', { name: '記録できませんでした' })).toContainText(
    '提出日「2026/12/01」は日付として読み取れません',
  );
  await expect(page.getByRole('alert', { name: '記録できませんでした' })).toContainText('YYYY-MM-DD');
  await page.getByLabel('提出日（郵送した日）').fill('2026-12-01');
  await page.getByLabel('配達証明の番号（任意）').fill('1234-5678-9012');
  await page.getByRole('button', { name: '提出を記録する' }).click();
  await expect(page.getByText('提出を記録しました（提出日 2026-12-01）')).toBeVisible({ timeout: 60_000 });

  // 受理: each document's answer; the hosting's 接続結果通知 carries the ASPコード.
  await nav(page, '提出履歴').click();
  const filing = page.locator('.filing').first();
  await expect(filing).toContainText('提出日 令和8年12月1日（配達証明 1234-5678-9012）');
  const rows = filing.locator('tr[data-document]');
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(5);
  // The printed copy frozen with it is the same envelope (every stage, as chosen).
  await expect(page.locator('.submission').first()).toContainText('ホスティングサービス接続申込書');
  await screenshot(page, '40-history-filed');
  for (let i = 0; i < count; i++) {
    await filing
      .getByRole('button', { name: /の回答を記録$/ })
      .first()
      .click();
    const form = page.getByRole('group', { name: 'J-LISの回答を記録' }).or(page.locator('.answer-form'));
    if (i === 0) {
      await form.getByLabel('通知の日付').fill('2027年1月10日');
      await form.getByRole('button', { name: '回答を記録する' }).click();
      await expect(form.getByRole('alert', { name: '記録できませんでした' })).toContainText(
        '回答日「2027年1月10日」は日付として読み取れません',
      );
    }
    await form.getByLabel('通知の日付').fill('2027-01-10');
    const code = form.getByLabel('サンプルLGWANホスティング', { exact: true });
    if (await code.count()) await code.fill('H0001234');
    const portal = form.getByLabel(/ポータルのユーザIDが発行された/);
    if (await portal.count()) await portal.check();
    await form.getByRole('button', { name: '回答を記録する' }).click();
    await expect(form).toHaveCount(0);
  }
  await expect(filing.getByText('回答済み')).toBeVisible();
  await expect(filing).toContainText('サンプルLGWANホスティング: ASPコード H0001234');
  await expect(filing).toContainText('ポータルのユーザID発行済み');
  await filing.screenshot({ path: join(screensDir, '41-history-accepted.png') });

  // Derived, not typed: participation accepted, the hosting registered with its code.
  await nav(page, '手続きの状況・宛先').click();
  await expect(page.getByText('受理日 令和9年1月10日')).toBeVisible();
  await page
    .locator('[data-path="procedure.participationAccepted"]')
    .screenshot({ path: join(screensDir, '47-participation-derived.png') });
  await nav(page, /サンプルLGWANホスティング/).click();
  await expect(page.getByText('登録・接続済み')).toBeVisible();
  await expect(page.getByText('ASPコード: H0001234')).toBeVisible();
  await page
    .locator('[data-path="services.ho-sample-hosting.status"]')
    .screenshot({ path: join(screensDir, '46-service-status-derived.png') });
  await nav(page, '提出後の変更').click();
  await expect(page.getByText('変更はありません')).toBeVisible();

  // Two edits: the representative's name, and a new AP service on the registered hosting.
  await nav(page, '提供者').click();
  await field(page, '代表者氏名').fill('佐藤\u3000花子');
  // The mark quotes the row as J-LIS has it printed: the name with its reading.
  await expect(
    page.getByText('受理後に変更（J-LISへの届出が必要）: 変更前「山田\u3000太郎（ヤマダ\u3000タロウ）」'),
  ).toBeVisible();
  await field(page, '代表者フリガナ').fill('サトウ　ハナコ');
  await page
    .getByRole('group', { name: '代表者' })
    .screenshot({ path: join(screensDir, '42-provider-changed-mark.png') });
  await addService(page, 'AP');
  await field(page, 'サービス名称').fill('施設予約サービス');
  // Not yet on any registered hosting: a 新規 of its own, not a 変更.
  await nav(page, '提出後の変更').click();
  await expect(page.getByTestId('new-services')).toContainText('施設予約サービス');
  await nav(page, /サンプルLGWANホスティング/).click();
  await page.getByRole('checkbox', { name: '施設予約サービス' }).check();

  // 提出後の変更: both, each with the document it needs.
  await nav(page, '提出後の変更').click();
  const review = page.locator('[data-change-document="participation-review"]');
  await expect(review).toContainText(
    '必要な書類: 総合行政ネットワークASP登録及び接続に関する参加資格審査申込兼変更並びに解除届出書',
  );
  await expect(review.getByRole('row', { name: /代表者の氏名/ })).toContainText('山田\u3000太郎');
  await expect(review.getByRole('row', { name: /代表者の氏名/ })).toContainText('佐藤\u3000花子');
  const hosting = page.locator('[data-change-document="hosting-connection"]');
  await expect(hosting).toContainText(
    '必要な書類: 総合行政ネットワークASPホスティングサービス接続申込書（サンプルLGWANホスティング）',
  );
  await expect(hosting).toContainText('施設予約サービス');
  await expect(page.getByTestId('new-services')).toHaveCount(0);
  await field(page, '変更日').fill('2027-03-01');
  await field(page, '変更理由').fill('代表者の交代及びAPサービスの追加のため');
  await screenshot(page, '43-changes-view');
  // A click on an item opens its field.
  await review.getByRole('button', { name: '代表者の氏名' }).click();
  await expect(field(page, '代表者氏名')).toBeFocused();

  // The one-time fee the hosting's 変更 brings, from the fee table (001 接続料金 (1)).
  await nav(page, '料金試算').click();
  const fees = page.getByTestId('change-fees');
  await expect(fees).toContainText('変更に伴う一時費用（サンプルLGWANホスティング）');
  await expect(fees.getByRole('row', { name: /LGWAN設定料/ })).toContainText('100,000円');
  await fees.screenshot({ path: join(screensDir, '45-fees-change.png') });

  // Render: the change documents.
  const folder = await mkdtemp(join(tmpdir(), 'lgwan-changes-'));
  app.desktop.chosenFolder = folder;
  await nav(page, '書類の確認・印刷').click();
  await page.getByRole('button', { name: 'PDFをフォルダに保存…' }).click();
  await expect(page.getByText('PDFを保存しました')).toBeVisible({ timeout: 90_000 });
  await screenshot(page, '44-documents-changes');
  const saved = await readdir(folder);
  const reviewFile = saved.find((f) => f.includes('参加資格審査申込兼変更並びに解除届出書'));
  const hostingFile = saved.find((f) => f.includes('ホスティングサービス接続申込書'));
  expect(reviewFile, saved.join('\n')).toBeDefined();
  expect(hostingFile, saved.join('\n')).toBeDefined();
  const reviewText = await pdfText(join(folder, reviewFile ?? ''));
  expect(reviewText).toMatch(/■\s*変更届出/);
  expect(reviewText).toContain('変更の内容');
  expect(reviewText).toMatch(/項目\s*変更前\s*変更後/);
  // The 変更内容 row: 項目, 変更前 (as accepted), 変更後.
  expect(reviewText).toMatch(/代表者の氏名\s*山田\s太郎（ヤマダ\sタロウ）\s*佐藤\s花子（サトウ\sハナコ）/);
  const hostingText = await pdfText(join(folder, hostingFile ?? ''));
  expect(hostingText).toMatch(/■\s*変更/);
  expect(hostingText).toContain('施設予約サービス');

  // The pages as images, to be looked at.
  await mkdir(pagesDir, { recursive: true });
  await run('pdftoppm', ['-r', '80', '-png', join(folder, reviewFile ?? ''), join(pagesDir, 'review')]);
  await run('pdftoppm', ['-r', '80', '-png', join(folder, hostingFile ?? ''), join(pagesDir, 'hosting')]);
  expect(app.externalRequests).toEqual([]);
});
