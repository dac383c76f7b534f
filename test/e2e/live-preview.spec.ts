import { expect, test } from './harness.js';
import { field, screenshot } from './steps.js';

test('the document beside the editor follows the typing', async ({ app }) => {
  const { page } = app;
  await app.handlers['workspaces.create']({ title: '見本', from: 'sample' });
  await app.reload();
  await page.getByRole('link', { name: /見本/ }).click();
  await expect(page.getByRole('heading', { name: '提供者（申込団体）' })).toBeVisible();

  await page.getByRole('button', { name: '書類を見ながら入力' }).click();
  const pages = page.getByLabel('書類のライブプレビュー');
  // The first form itself is shown first (the cover letter waits for the whole set).
  await expect(page.getByRole('combobox', { name: '表示する書類' })).toHaveValue(/参加資格審査申込/);
  const firstPage = pages.locator('[data-page="1"] .textLayer');
  await expect(firstPage).toContainText('サンプル', { timeout: 30_000 });

  // Typing a new name: after the pause the page's text layer shows it, without asking for a preview.
  const name = field(page, '名称');
  await name.fill('');
  await name.pressSequentially('株式会社ライブ確認', { delay: 20 });
  await expect(firstPage).toContainText('株式会社ライブ確認', { timeout: 15_000 });
  await screenshot(page, '40-live-preview');

  // While an IME is composing nothing is rendered; the value committed at compositionend is.
  const painted = async () => Number((await pages.getAttribute('data-painted')) ?? '0');
  const before = await painted();
  await name.focus();
  await name.dispatchEvent('compositionstart');
  await name.pressSequentially('途中', { delay: 20 });
  await page.waitForTimeout(400);
  expect(await painted()).toBe(before);
  await name.dispatchEvent('compositionend');
  await expect(firstPage).toContainText('株式会社ライブ確認途中', { timeout: 15_000 });
});
