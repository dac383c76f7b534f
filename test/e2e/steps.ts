import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { corporateNumberCheckDigit } from '../../src/shared/validation/corporate-number.js';
import { expect } from './harness.js';

/** A name long enough to break layouts, with characters outside JIS X 0208 (𠮷) and 異体字 (髙). */
/**
 * A date `months` from today, YYYY-MM-DD: deadlines the check judges against today (connection
 * date lead times, certificate expiry) must stay in the future whenever the tests run.
 */
export const isoMonthsFromToday = (months: number): string => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

export const LONG_NAME = '株式会社髙橋𠮷田ホールディングス情報システムサービス';

export const validCorporateNumber = (base = '701234567890'): string =>
  `${corporateNumberCheckDigit(base)}${base}`;

const SAMPLES = resolve('forms/samples/attachments');
const sample = (sha: string, ext: string) => join(SAMPLES, `${sha}.${ext}`);
const JPEGS = [
  '298ad70b741027a8fb888db979b10b570ffb524308e4069b02649b1e0f97f644',
  '35d1f00f8382656fdb65a6cf95be2cea2bbbaa67706a107daed49c07656365d6',
  '3f470cde96a96b07ba1fb840e77a0be4ee5fd31e2473b908eeb8d13a9454c280',
  'bf54fbc66f712ea0f6067c1504a00bbf2950bbdd8f0d8396b777466575f502c7',
  'eb3cc7cffc9062bc08b402ce2f1fae599e55f21dc8dcbebe0e5a616997c98bde',
];
const TOPOLOGY = '2132fd7a64bdb70ed8dc787810dd8907fbced60f09c9c0f8cfb487b633a7266a';

/** Real image files under the names a user's files would have. */
export const userFiles = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lgwan-files-'));
  const photos: string[] = [];
  for (const [i, name] of [
    '設置環境.jpg',
    '電源設備.jpg',
    '空気調和設備.jpg',
    '監視設備.jpg',
    '地震対策.jpg',
  ].entries()) {
    const path = join(dir, name);
    await copyFile(sample(JPEGS[i]!, 'jpg'), path);
    photos.push(path);
  }
  const topology = join(dir, 'ネットワーク構成図.png');
  await copyFile(sample(TOPOLOGY, 'png'), topology);
  const certificate = join(dir, 'ISMS登録証.png');
  await copyFile(
    sample('55304d7190e997ce038ad91c3c9f6fcedbd677c69dcdf09c59a0217b080c6686', 'png'),
    certificate,
  );
  // Half a JPEG: what a photo copied off a camera card that was pulled out too early looks like.
  const broken = join(dir, '壊れた写真.jpg');
  const whole = await readFile(sample(JPEGS[0]!, 'jpg'));
  await writeFile(broken, whole.subarray(0, Math.floor(whole.length / 2)));
  const notAnImage = join(dir, '議事録.docx');
  await writeFile(notAnImage, Buffer.from('PK\u0003\u0004 not really a document'));
  return { dir, photos, topology, certificate, broken, notAnImage };
};

export const screensDir = resolve('test-results/screens');
export const screenshot = async (page: Page, name: string): Promise<void> => {
  await mkdir(screensDir, { recursive: true });
  await page.screenshot({ path: join(screensDir, `${name}.png`) });
};

export const createWorkspace = async (page: Page, title: string): Promise<void> => {
  await page.getByLabel('新しい案件名').fill(title);
  await page.getByRole('button', { name: '新規作成' }).click();
  await expect(page.getByRole('heading', { name: '提供者（申込団体）' })).toBeVisible();
};

export const nav = (page: Page, label: string | RegExp): Locator =>
  page.getByRole('navigation', { name: '案件の入力項目' }).getByRole('button', { name: label });

export const addService = async (page: Page, kind: 'AP' | 'HO' | 'FA' | 'CA'): Promise<void> => {
  await page.getByRole('button', { name: 'サービスを追加' }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${kind} `) }).click();
  await expect(field(page, 'サービス名称')).toBeVisible();
};

export const field = (page: Page, label: string): Locator => page.getByLabel(label, { exact: true });

export const radio = async (page: Page, group: string, option: string): Promise<void> => {
  await page
    .getByRole('radiogroup', { name: group })
    .getByRole('radio', { name: option, exact: true })
    .check();
};

export const errorCount = (page: Page): Locator =>
  page.getByTestId('completeness-counts').getByText(/^エラー \d+件$/);

/** The panel's findings as text, for a readable failure when the count does not reach zero. */
export const panelText = async (page: Page): Promise<string> =>
  (await page.getByRole('region', { name: '入力チェック' }).innerText()).slice(0, 3000);
