import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdfInfo } from '../helpers/pdf/read-pdf.js';
import { expect, test } from './harness.js';
import {
  LONG_NAME,
  addService,
  createWorkspace,
  errorCount,
  field,
  isoMonthsFromToday,
  nav,
  panelText,
  radio,
  screenshot,
  userFiles,
  validCorporateNumber,
} from './steps.js';

const readPdf = async (bytes: Uint8Array): Promise<{ text: string; title: string }> => {
  const task = getDocument({
    data: bytes,
    useSystemFonts: false,
    standardFontDataUrl: `${resolve('node_modules/pdfjs-dist/standard_fonts')}/`,
  });
  const pdf = await task.promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    parts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
  }
  const { info } = await pdf.getMetadata();
  await task.destroy();
  const title = (info as { Title?: unknown }).Title;
  return { text: parts.join('\n'), title: typeof title === 'string' ? title : '' };
};

const person = async (page: import('@playwright/test').Page, who: string, name: string) => {
  await field(page, `${who}の部署`).fill('情報システム部');
  await field(page, `${who}の役職`).fill('部長');
  await field(page, `${who}の氏名`).fill(name);
  await field(page, `${who}のフリガナ`).fill('サイトウサキコ');
  await field(page, `${who}の電話番号`).fill('03-1234-5678');
  await field(page, `${who}のE-mail（インターネット）`).fill('lgwan@example.co.jp');
};

// The whole journey of a new user, through the real renderer and the real handlers.
test('a new user prepares a hosting packet from a blank workspace to PDFs on disk', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const files = await userFiles();
  await screenshot(page, '01-workspaces-empty');

  await createWorkspace(page, `${LONG_NAME} 新規申込`);
  await screenshot(page, '02-provider-blank');

  // 提供者
  await field(page, '名称').fill(LONG_NAME);
  await field(page, 'フリガナ').fill(
    'カブシキガイシャタカハシヨシダホールディングスジョウホウシステムサービス',
  );
  await field(page, '法人番号').fill(validCorporateNumber());
  await field(page, '団体の区分').selectOption({ label: '⑥ 民間事業者又は上記以外の法人' });
  await radio(page, 'LGWANの接続団体ですか', 'いいえ');
  await field(page, '郵便番号').fill('102-0083');
  await field(page, '都道府県').selectOption('東京都');
  await field(page, '市区町村・番地・建物名').fill('千代田区麹町一丁目2番3号 髙橋ビル8階');
  await field(page, '代表者役職').fill('代表取締役社長');
  await field(page, '代表者氏名').fill('髙橋 𠮷太郎');
  await field(page, '代表者フリガナ').fill('タカハシ キチタロウ');
  await field(page, '電話番号').fill('03-1234-5678');
  await field(page, 'URL').fill('https://example.co.jp/');
  await field(page, '事業内容').fill('地方公共団体向け電子申請システムの開発・運用');

  // 連絡先・運用体制
  await nav(page, '連絡先・運用体制').click();
  await person(page, '担当者', '齋藤 﨑子');
  await person(page, '運用責任者', '山田 太郎');
  await person(page, '定常連絡先', '運用センター');
  await field(page, '定常連絡の受付時間').fill('平日 9:00〜17:30');
  await person(page, '緊急連絡先', '運用センター当番');
  await field(page, '緊急連絡の受付時間').fill('24時間365日');
  await field(page, '時間外の電話番号').fill('03-1234-9999');
  await screenshot(page, '03-contacts');

  // ファシリティ
  await addService(page, 'FA');
  await field(page, 'サービス名称').fill('髙橋第一データセンター ハウジング');
  await field(page, 'サービスの概要').fill('ラック・電源・空調を提供するハウジングサービス');
  await radio(page, 'LGWAN-ASPサービスリストへの掲載に同意しますか', '同意する');
  await field(page, '施設名称').fill('髙橋第一データセンター');
  await field(page, '施設の郵便番号').fill('135-0061');
  await field(page, '施設の都道府県').selectOption('東京都');
  await field(page, '施設の所在地（市区町村以下）').fill('江東区豊洲六丁目1番1号');
  await radio(page, '日本国の法律が及ぶ範囲にありますか', 'はい');
  await radio(page, '必要なときにJ-LISが入館できますか', 'はい');
  await radio(page, '情報システム安全対策基準を満たしていますか', 'はい');
  await field(page, '入退室管理の方法').fill(
    'ICカードと生体認証による二要素の入退室管理、監視カメラで24時間記録',
  );
  for (const area of ['設置環境', '電源設備', '空気調和設備', '監視設備', '地震対策']) {
    await field(page, `${area}の説明`).fill(`${area}は情報システム安全対策基準を満たしています。`);
  }
  // Four photos through the file dialog, one by drag and drop.
  const areas = ['設置環境', '電源設備', '空気調和設備', '監視設備'];
  for (const [i, area] of areas.entries()) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: `写真: ${area}のファイルを選択…` }).click();
    await (await chooser).setFiles(files.photos[i]!);
    await expect(page.getByText(files.photos[i]!.split('/').pop()!)).toBeVisible();
  }
  const dropped = await readFile(files.photos[4]!);
  const slot = page.locator('[data-slot$=".facility-photo.earthquake"] .dropzone');
  const transfer = await page.evaluateHandle((b64) => {
    const dt = new DataTransfer();
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    dt.items.add(new File([bytes], '地震対策.jpg', { type: 'image/jpeg' }));
    return dt;
  }, dropped.toString('base64'));
  await slot.dispatchEvent('dragover', { dataTransfer: transfer });
  await slot.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByText('地震対策.jpg')).toBeVisible();
  await expect(page.locator('img.thumb')).toHaveCount(5);
  // Its certification, with a copy of the certificate.
  await page.getByRole('button', { name: '認証を追加' }).click();
  await field(page, '認証の名称').fill('ISMS（JIS Q 27001）');
  await field(page, '登録番号').fill('IS 123456');
  await field(page, '有効期限').fill(isoMonthsFromToday(24));
  const certificate = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '認証取得証明書の写しのファイルを選択…' }).click();
  await (await certificate).setFiles(files.certificate);
  await expect(page.getByText('ISMS登録証.png')).toBeVisible();
  await screenshot(page, '04-facility-with-photos');

  // 通信
  await addService(page, 'CA');
  await field(page, 'サービス名称').fill('髙橋LGWAN閉域網接続サービス');
  await field(page, 'サービスの概要').fill('データセンターとLGWANを結ぶ専用線');
  await radio(page, 'LGWAN-ASPサービスリストへの掲載に同意しますか', '同意する');
  await field(page, '電気通信事業者の登録番号・届出番号').fill('第A-12-3456号');
  await field(page, '回線の種類').fill('専用線（帯域確保型）');
  await field(page, '提供する帯域').fill('10Mbps〜1Gbps');
  await field(page, '提供可能地域').fill('全国');

  // アプリケーション
  await addService(page, 'AP');
  await field(page, 'サービス名称').fill('電子申請受付サービス');
  await field(page, 'サービスの概要').fill('住民からの電子申請を受け付け、職員が審査するサービス');
  await page.getByRole('checkbox', { name: '02 総務・企画' }).check();
  await radio(page, '利用するホスティングサービス', 'この案件のサービス');
  await radio(page, 'LGPKIの証明書を利用しますか', 'いいえ');
  await radio(page, 'ファシリティサービス以外（パブリッククラウド等）で動かしますか', 'いいえ');
  await radio(page, '外部ネットワークへデータを送信しますか', 'いいえ');
  await radio(page, '庁外端末からLGWAN接続系端末へのリモートアクセスを提供しますか', 'いいえ');
  await radio(page, '利用約款を用意していますか', 'はい');
  await radio(page, '利用手引書を用意していますか', 'はい');
  await radio(page, 'サービスリストへの掲載に同意しますか', '同意する');

  // ホスティング: picks the FA and CA above and hosts the AP.
  await addService(page, 'HO');
  await field(page, 'サービス名称').fill('髙橋LGWAN-ASPホスティング');
  await field(page, 'サービスの概要').fill('LGWAN接続ルータとサーバ群の提供');
  await radio(page, 'LGWAN-ASPサービスリストへの掲載に同意しますか', '同意する');
  await field(page, '接続パターン').selectOption({ label: '直接接続型' });
  await field(page, 'サービス提供範囲').selectOption({ label: '複数都道府県域・全国域' });
  await field(page, '帯域').selectOption({ label: '100Mbps以下' });
  await radio(page, 'ファシリティサービス', 'この案件のサービス');
  await field(page, 'ファシリティサービス（この案件のサービス）').selectOption({
    label: '髙橋第一データセンター ハウジング',
  });
  await radio(page, '通信サービス', 'この案件のサービス');
  await field(page, '通信サービス（この案件のサービス）').selectOption({
    label: '髙橋LGWAN閉域網接続サービス',
  });
  await page.getByRole('checkbox', { name: '電子申請受付サービス' }).check();
  await field(page, '必要なIPアドレス数').fill('4');
  await field(page, 'サーバのアドレス・構成').fill('Webサーバ2台・DBサーバ2台（冗長構成）');
  await radio(page, 'トンネリングを使いますか', 'いいえ');
  await radio(page, 'ファイアウォールを設置していますか', '設置している');
  await radio(page, '外部ネットワークからLGWANへのIPリーチャビリティはありませんか', 'ない（確認済み）');
  // Far enough ahead for the longest lead times of 001's procedure flow (about 6 months).
  await field(page, '接続希望日').fill(isoMonthsFromToday(11));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'ネットワークトポロジ図のファイルを選択…' }).click();
  await (await chooser).setFiles(files.topology);
  await expect(page.getByText('ネットワーク構成図.png')).toBeVisible();

  // AP → its hosting, now that the HO exists.
  await nav(page, /電子申請受付サービス/).click();
  await field(page, '利用するホスティングサービス（この案件のサービス）').selectOption({
    label: '髙橋LGWAN-ASPホスティング',
  });
  await nav(page, /髙橋LGWAN-ASPホスティング/).click();
  await screenshot(page, '05-hosting');

  await expect(errorCount(page), await panelText(page)).toHaveText('エラー 0件', { timeout: 5_000 });
  await expect(page.getByText('保存済み')).toBeVisible();
  await screenshot(page, '06-no-errors');

  // 書類: preview the packet as rendered pages, then save the PDFs into the chosen folder.
  await nav(page, '書類の確認・印刷').click();
  // One envelope per stage (002 §5.1.1): the review now, the service applications once it is accepted.
  const stage = page.getByTestId('stage-panel');
  await expect(stage.getByText('今回の封筒: (1) 参加資格審査申込')).toBeVisible();
  await expect(page.getByRole('list', { name: '後の段階で提出する書類' })).toContainText(
    '(2) 各サービスの接続・登録申込: 総合行政ネットワークASPホスティングサービス接続申込書',
  );
  // This journey checks every form at once, so it asks for all stages together, knowingly.
  await stage.getByLabel('後の段階の書類もまとめて一つの封筒にする（通常は不要です）').check();
  await expect(
    stage.getByText('すべての段階の書類を一つの封筒にまとめて作成します。', { exact: false }),
  ).toBeVisible();
  await page.getByRole('button', { name: '書類をプレビュー' }).click();
  const total = page.getByText(/^\d+ページ$/);
  await expect(total).toBeVisible({ timeout: 90_000 });
  const pages = Number((await total.innerText()).replace('ページ', ''));
  expect(pages).toBeGreaterThan(4);
  await expect(page.locator('canvas.pdf-page')).toHaveCount(pages);
  await screenshot(page, '07-documents-preview');

  const folder = await mkdtemp(join(tmpdir(), 'lgwan-out-'));
  app.desktop.chosenFolder = folder;
  await page.getByRole('button', { name: 'PDFをフォルダに保存…' }).click();
  await expect(page.getByText('PDFを保存しました')).toBeVisible({ timeout: 60_000 });
  await screenshot(page, '08-documents-saved');

  const saved = (await readdir(folder)).sort();
  expect(saved).toContain('00_提出書類一式.pdf');
  expect(saved.some((f) => f.includes('ホスティングサービス接続申込書'))).toBe(true);
  expect(saved.some((f) => f.includes('ファシリティサービス登録申込書'))).toBe(true);
  for (const name of saved) expect((await stat(join(folder, name))).size).toBeGreaterThan(1000);
  const packet = await readPdf(new Uint8Array(await readFile(join(folder, '00_提出書類一式.pdf'))));
  expect(packet.text).toContain('髙橋第一データセンター');
  expect(packet.text).toContain('電子申請受付サービス');
  // A clean packet: no 「下書き」 watermark (the checklist's own line naming it aside).
  expect(packet.title).toContain(LONG_NAME);
  expect(packet.title).not.toContain('下書き');
  expect(packet.text.replaceAll('「下書き」', '')).not.toContain('下書き');

  // Printing: the print dialog with every document chosen, then the PDF itself goes to the
  // desktop adapter (the hidden PDF viewer window in the app), all pages of the packet.
  await page.getByRole('button', { name: '印刷…' }).click();
  const printDialog = page.getByRole('dialog', { name: '印刷' });
  await expect(printDialog.getByRole('status', { name: '印刷する枚数' })).toHaveText(
    `${pages}ページ × 1部 = ${pages}ページ（A4）`,
    { timeout: 60_000 },
  );
  await printDialog.getByRole('button', { name: '印刷', exact: true }).click();
  await expect(page.getByText('提出として記録しますか')).toBeVisible({ timeout: 60_000 });
  expect(app.desktop.printedFiles).toHaveLength(1);
  expect((await readPdfInfo(app.desktop.printedFiles[0]!.bytes)).pageCount).toBe(pages);

  // Recording the submission puts it into the history.
  await page.getByLabel('メモ').fill('参加資格審査申込書一式を郵送');
  await page.getByRole('button', { name: '提出を記録する' }).click();
  await nav(page, '提出履歴').click();
  await expect(page.getByText('参加資格審査申込書一式を郵送')).toBeVisible({ timeout: 60_000 });
  await screenshot(page, '09-submissions');
  expect(app.externalRequests).toEqual([]);
});
