import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './harness.js';
import { addService, createWorkspace, field, nav, screenshot } from './steps.js';

// Issue #17 items 7 and 8: typing through a Japanese IME, and the keyboard and wording around it.
// The IME is Chromium's own composition path (CDP Input.imeSetComposition / insertText fire the
// real compositionstart/update/end and input events a Windows IME produces).

const ime = async (page: Page): Promise<CDPSession> => page.context().newCDPSession(page);
const compose = (cdp: CDPSession, text: string) =>
  cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
const commitIme = (cdp: CDPSession, text: string) => cdp.send('Input.insertText', { text });

/** What a user would see as an error at the field: red state, a message, or a one-click fix. */
const expectQuiet = async (page: Page, label: string) => {
  await expect(field(page, label)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: /に直す$/ })).toHaveCount(0);
};

test('no message or fix while a composition is open; validated and normalised when it ends', async ({
  app,
}) => {
  const { page } = app;
  await createWorkspace(page, 'IMEの確認');
  const cdp = await ime(page);

  // フリガナ: 「やまだ」 is what the IME shows before conversion; nothing is judged yet.
  await field(page, 'フリガナ').click();
  await compose(cdp, 'や');
  await compose(cdp, 'やまだ');
  await expectQuiet(page, 'フリガナ');
  await expect(page.getByText(/ひらがなが含まれています/)).toHaveCount(0);
  await screenshot(page, '40-ime-composing-kana');
  await commitIme(cdp, 'ヤマダ');
  await expect(field(page, 'フリガナ')).toHaveValue('ヤマダ');
  await expectQuiet(page, 'フリガナ');
  // A composition committed as hiragana is judged once it is committed.
  await field(page, '代表者フリガナ').click();
  await compose(cdp, 'たろう');
  await expectQuiet(page, '代表者フリガナ');
  await commitIme(cdp, 'たろう');
  await expect(field(page, '代表者フリガナ')).toHaveAttribute('aria-invalid', 'true');
  const fix = page.getByRole('main').getByRole('button', { name: '「タロウ」に直す' });
  await expect(fix).toBeVisible();
  await fix.click();
  await expect(field(page, '代表者フリガナ')).toHaveValue('タロウ');

  // Phone in full-width mode: no error at the first composed digit, half-width once committed.
  await field(page, '電話番号').click();
  await compose(cdp, '０');
  await expectQuiet(page, '電話番号');
  await compose(cdp, '０３－１２３４－５６７８');
  await expectQuiet(page, '電話番号');
  await commitIme(cdp, '０３－１２３４－５６７８');
  await expect(field(page, '電話番号')).toHaveValue('03-1234-5678');
  await expectQuiet(page, '電話番号');

  await field(page, '郵便番号').click();
  await compose(cdp, '１０２－８４１９');
  await expectQuiet(page, '郵便番号');
  await commitIme(cdp, '１０２－８４１９');
  await expect(field(page, '郵便番号')).toHaveValue('102-8419');
  await expectQuiet(page, '郵便番号');

  // Pasted full-width digits (no IME) are shown as typed, and normalised when the field is left.
  await field(page, 'FAX番号').fill('０３－１２３４－５６７９');
  await field(page, 'FAX番号').blur();
  await expect(field(page, 'FAX番号')).toHaveValue('03-1234-5679');

  await expect(page.getByText('保存済み')).toBeVisible();
  const saved = (await app.store.list())[0]!;
  const { workspace } = await app.store.get(saved.id);
  expect(workspace.provider.phone).toBe('03-1234-5678');
  expect(workspace.provider.address.postalCode).toBe('102-8419');
  expect(workspace.provider.nameKana).toBe('ヤマダ');
});

test('tabbing past required fields leaves them quiet; a field emptied by the user turns red', async ({
  app,
}) => {
  const { page } = app;
  await createWorkspace(page, 'タブ移動の確認');
  await field(page, '名称').focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await screenshot(page, '41-tabbed-past');
  // The panel still lists what is missing all along.
  await expect(
    page.getByRole('region', { name: '入力チェック' }).getByText(/^エラー [1-9]\d*件$/),
  ).toBeVisible();

  await field(page, '名称').fill('株式会社');
  await field(page, '名称').fill('');
  await field(page, '名称').blur();
  await expect(field(page, '名称')).toHaveAttribute('aria-invalid', 'true');
});

test('after deleting a service the keyboard is on 元に戻す, and the toast waits while it is there', async ({
  app,
}) => {
  const { page } = app;
  // Timers run as usual; runFor below jumps past the toast's 15 s without waiting for it.
  await page.clock.install();
  await createWorkspace(page, '削除とキーボード');
  await addService(page, 'CA');
  await field(page, 'サービス名称').fill('残したい通信サービス');
  await page.getByRole('button', { name: 'このサービスを削除' }).focus();
  await page.keyboard.press('Enter');
  await expect(nav(page, /残したい通信サービス/)).toHaveCount(0);
  const undo = page.getByRole('button', { name: '元に戻す' });
  await expect(undo).toBeFocused();
  await screenshot(page, '42-undo-focused');
  // Still there after the toast's 15 s, because the keyboard is on it.
  await page.clock.runFor(20_000);
  await expect(undo).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(nav(page, /残したい通信サービス/)).toBeVisible();
});

test('findings name documents by their short title', async ({ app }) => {
  const { page } = app;
  await createWorkspace(page, '短い書類名');
  const panel = page.getByRole('region', { name: '入力チェック' });
  await expect(panel.getByText(/（「参加資格審査申込書」.*に記載します）/).first()).toBeVisible();
  const text = await panel.innerText();
  // The 40-character official title may head its group once, but is not repeated in the messages.
  const full = '総合行政ネットワークASP登録及び接続に関する参加資格審査申込兼変更並びに解除届出書';
  expect(text.split(full).length - 1).toBeLessThanOrEqual(1);
});

test('the preview is scrolled into view; drop zones say the types they take', async ({ app }) => {
  const { page } = app;
  const sample = await app.handlers['workspaces.create']({ title: 'プレビュー位置', from: 'sample' });
  await app.reload();
  await page.getByRole('link', { name: sample.title }).click();

  await nav(page, '添付資料').click();
  await expect(page.getByText('JPEG・PNG・PDF。ここにドラッグ＆ドロップもできます')).toBeVisible();
  await nav(page, /^FA /).first().click();
  await expect(page.getByText('JPEG・PNG。ここにドラッグ＆ドロップもできます').first()).toBeVisible();
  await expect(page.getByText('JPEG・PNG・PDF。ここにドラッグ＆ドロップもできます').first()).toBeVisible();

  await nav(page, '書類の確認・印刷').click();
  await page.getByRole('button', { name: '書類をプレビュー' }).click();
  const first = page.locator('canvas.pdf-page[data-page="1"]');
  await expect(first).toBeVisible({ timeout: 90_000 });
  await expect(first).toBeInViewport({ ratio: 0.3 });
  await screenshot(page, '43-preview-in-view');
});
