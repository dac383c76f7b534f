import { readFile } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { textBoxes } from '../helpers/pdf/text-boxes.js';
import { readPdfInfo, readPdfText } from '../helpers/pdf/read-pdf.js';
import { expect, test, type AppFixture } from './harness.js';
import { nav, screenshot } from './steps.js';

// Issue #12 in the real renderer: the print dialog (documents, copies, page count), the printer
// offset calibration and 「PDFビューアで開く」, up to the desktop adapter — whose calls (the file
// main wrote, the print arguments) are what these tests read back.

const PRINTER = 'Office-LBP-3F';

const openDocuments = async (app: AppFixture): Promise<{ id: string; title: string; pages: number }[]> => {
  const ws = await app.handlers['workspaces.create']({ title: '印刷の見本', from: 'sample' });
  // What main itself says the packet holds: the dialog must show exactly this.
  const plan = await app.handlers['print.plan']({ workspaceId: ws.id });
  await app.reload();
  await app.page.getByRole('link', { name: /印刷の見本/ }).click();
  await nav(app.page, '書類の確認・印刷').click();
  return plan.documents;
};

const openDialog = async (page: Page) => {
  await page.getByRole('button', { name: '印刷…' }).click();
  const dialog = page.getByRole('dialog', { name: '印刷' });
  await expect(dialog.getByRole('group', { name: '印刷する書類' })).toBeVisible({ timeout: 60_000 });
  return dialog;
};

const pageCount = async (bytes: Uint8Array) => (await readPdfInfo(bytes)).pageCount;

test('print dialog: every document chosen by default, a chosen set and copies go to the printer', async ({
  app,
}) => {
  const { page } = app;
  const documents = await openDocuments(app);
  expect(documents.length).toBeGreaterThan(1);
  const dialog = await openDialog(page);
  const total = documents.reduce((n, d) => n + d.pages, 0);
  const boxes = dialog.getByRole('checkbox');
  await expect(boxes).toHaveCount(documents.length);
  for (const d of documents)
    await expect(dialog.getByRole('checkbox', { name: `${d.title}（${d.pages}ページ）` })).toBeChecked();
  const count = dialog.getByRole('status', { name: '印刷する枚数' });
  await expect(count).toHaveText(`${total}ページ × 1部 = ${total}ページ（A4）`);

  // Leave the last document out and ask for two copies: the count says so before printing.
  const left = documents.at(-1)!;
  await dialog.getByRole('checkbox', { name: `${left.title}（${left.pages}ページ）` }).uncheck();
  await dialog.getByLabel('部数').fill('2');
  const chosen = total - left.pages;
  await expect(count).toHaveText(`${chosen}ページ × 2部 = ${chosen * 2}ページ（A4）`);
  await dialog.getByLabel('プリンタ').selectOption(PRINTER);
  await screenshot(page, '12-print-dialog');

  await dialog.getByRole('button', { name: '印刷', exact: true }).click();
  await expect(page.getByText('提出として記録しますか')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('dialog', { name: '印刷' })).toHaveCount(0);

  // The adapter got one file main wrote under its own temp folder, with the copies and printer.
  expect(app.desktop.printedFiles).toHaveLength(1);
  const [job] = app.desktop.printedFiles;
  expect(job!.options).toEqual({ copies: 2, printer: PRINTER });
  expect(job!.path.startsWith(join(app.dataDir, 'opened', 'print') + sep)).toBe(true);
  expect(basename(job!.path)).toBe('印刷用.pdf');
  expect(await pageCount(job!.bytes)).toBe(chosen);
  expect(app.desktop.printedWindows).toHaveLength(0);
  // The printer is offered again next time.
  expect(app.store.settings.get('lastPrinter')).toBe(PRINTER);

  // Nothing chosen: nothing can be printed.
  const again = await openDialog(page);
  await expect(again.getByLabel('プリンタ')).toHaveValue(PRINTER);
  await again.getByRole('button', { name: 'すべて外す' }).click();
  await expect(again.getByRole('status', { name: '印刷する枚数' })).toHaveText(
    '印刷する書類が選ばれていません',
  );
  await expect(again.getByRole('button', { name: '印刷', exact: true })).toBeDisabled();
  await again.getByRole('button', { name: 'すべて選ぶ' }).click();
  await expect(again.getByRole('button', { name: '印刷', exact: true })).toBeEnabled();
});

test('raster fallback: each page image prints as exactly one A4 sheet (#17), copies passed on', async ({
  app,
}) => {
  const { page } = app;
  const documents = await openDocuments(app);
  const total = documents.reduce((n, d) => n + d.pages, 0);
  app.desktop.pdfPrintAnswer = { status: 'failed', reason: 'PDFビューアで印刷用のPDFを開けませんでした' };
  const dialog = await openDialog(page);
  await dialog.getByLabel('部数').fill('3');
  await dialog.getByRole('button', { name: '印刷', exact: true }).click();
  await expect(page.getByText('ページを画像（300dpi）にして印刷します', { exact: false })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByText('提出として記録しますか')).toBeVisible({ timeout: 120_000 });

  // Chromium's print engine laid the window out with the app's print CSS (the dialog was open).
  expect(app.desktop.printedWindows).toHaveLength(1);
  const [printed] = app.desktop.printedWindows;
  expect(printed!.options).toEqual({ copies: 3, printer: '' });
  // One image per page, each drawn at 300 dpi (A4 is 8.27 in wide).
  expect(printed!.imageWidths).toEqual(Array.from({ length: total }, () => 2480));
  const sheets = await readPdfInfo(printed!.pdf);
  expect(sheets.pageCount).toBe(total);
  expect(sheets.pageSizesMm).toEqual(Array.from({ length: total }, () => ({ width: 210, height: 297 })));
  // Only the page images: no text of the app or of the open dialog (fixed, it would be on every sheet).
  expect((await readPdfText(printed!.pdf)).map((p) => p.text)).toEqual(
    Array.from({ length: total }, () => ''),
  );
  await expect(page.locator('.print-only')).toHaveCount(0);
});

test('calibration: sheet printed, offset stored per printer and applied to printed pages only', async ({
  app,
}) => {
  const { page } = app;
  await openDocuments(app);
  const dialog = await openDialog(page);
  await dialog.getByLabel('プリンタ').selectOption(PRINTER);
  await expect(dialog.getByText('印刷位置: 補正なし')).toBeVisible();
  await dialog.getByRole('button', { name: '印刷位置の調整…' }).click();
  const panel = dialog.getByRole('group', { name: '印刷位置の調整' });
  await panel.getByRole('button', { name: '確認用紙を印刷', exact: true }).click();
  await expect(page.getByText('確認用紙をプリンタに送りました。')).toBeVisible({ timeout: 30_000 });
  const plain = app.desktop.printedFiles.at(-1)!;
  expect(basename(plain.path)).toBe('印刷位置の確認用紙.pdf');
  expect(plain.options).toEqual({ copies: 1, printer: PRINTER });
  expect((await readPdfText(plain.bytes))[0]!.text).toContain('補正なし');

  await panel.getByLabel('右へのずれ（mm）').fill('1.5');
  await panel.getByLabel('下へのずれ（mm）').fill('-2');
  await panel.getByRole('button', { name: 'この値を保存' }).click();
  await expect(panel.getByTestId('stored-offset')).toHaveText(
    '保存されている値: 右へ 1.5mm・下へ -2mm のずれを補正',
  );
  expect(app.store.settings.get('printerOffsets')).toEqual({ [PRINTER]: { xMm: 1.5, yMm: -2 } });
  await screenshot(page, '12-print-calibration');

  // Corrected sheet: its centre cross moved 1.5 mm left and 2 mm down against the plain one.
  await panel.getByRole('button', { name: '補正して確認用紙を印刷' }).click();
  await expect.poll(() => app.desktop.printedFiles.length, { timeout: 30_000 }).toBe(2);
  const corrected = app.desktop.printedFiles[1]!;
  const centre = (boxes: Awaited<ReturnType<typeof textBoxes>>) =>
    boxes[0]!.boxes.find((b) => b.str.startsWith('左端から105mm'))!;
  const before = centre(await textBoxes(plain.bytes));
  const after = centre(await textBoxes(corrected.bytes));
  expect(after.leftMm - before.leftMm).toBeCloseTo(-1.5, 1);
  expect(after.topMm - before.topMm).toBeCloseTo(2, 1);

  // The other printer has no offset of its own.
  await dialog.getByLabel('プリンタ').selectOption('');
  await expect(dialog.getByText('印刷位置: 補正なし')).toBeVisible();
  await dialog.getByLabel('プリンタ').selectOption(PRINTER);

  // The documents printed on that printer are moved; the file opened in the viewer is not.
  await dialog.getByRole('button', { name: '印刷', exact: true }).click();
  await expect.poll(() => app.desktop.printedFiles.length, { timeout: 60_000 }).toBe(3);
  await expect(page.getByText('提出として記録しますか')).toBeVisible();
  await page.getByRole('button', { name: 'PDFビューアで開く' }).click();
  await expect.poll(() => app.desktop.opened.length, { timeout: 60_000 }).toBe(1);
  const printedFirst = (await textBoxes(app.desktop.printedFiles[2]!.bytes))[0]!.boxes[0]!;
  const viewerFirst = (await textBoxes(new Uint8Array(await readFile(app.desktop.opened[0]!))))[0]!.boxes[0]!;
  expect(printedFirst.str).toBe(viewerFirst.str);
  expect(printedFirst.leftMm - viewerFirst.leftMm).toBeCloseTo(-1.5, 1);
  expect(printedFirst.topMm - viewerFirst.topMm).toBeCloseTo(2, 1);
});

test('「PDFビューアで開く」 hands the adapter the packet main wrote, unmoved', async ({ app }) => {
  const { page } = app;
  const documents = await openDocuments(app);
  const total = documents.reduce((n, d) => n + d.pages, 0);
  await app.handlers['print.setOffset']({ printer: '', offset: { xMm: 3, yMm: 3 } });
  await page.getByRole('button', { name: 'PDFビューアで開く' }).click();
  await expect(page.getByText(`提出書類一式（${total}ページ）をPDFビューアで開きました。`)).toBeVisible({
    timeout: 60_000,
  });
  expect(app.desktop.opened).toHaveLength(1);
  const [path] = app.desktop.opened;
  expect(path!.startsWith(join(app.dataDir, 'opened', 'print') + sep)).toBe(true);
  expect(basename(path!)).toBe('提出書類一式.pdf');
  const bytes = new Uint8Array(await readFile(path!));
  expect(await pageCount(bytes)).toBe(total);
  // Every text item where the preview's packet has it: no offset, although one is stored.
  const ws = (await app.store.list())[0]!;
  const preview = await app.handlers['documents.renderPreview']({ workspaceId: ws.id });
  expect(await textBoxes(bytes)).toEqual(await textBoxes(preview.pdf));

  // Also from the print dialog, which stays open.
  const dialog = await openDialog(page);
  await dialog.getByRole('button', { name: 'PDFビューアで開く' }).click();
  await expect.poll(() => app.desktop.opened.length, { timeout: 60_000 }).toBe(2);
  await expect(page.getByRole('dialog', { name: '印刷' })).toBeVisible();
  expect(app.desktop.printedFiles).toHaveLength(0);
});
