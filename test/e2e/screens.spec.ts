import { expect, test } from './harness.js';
import { LONG_NAME, addService, createWorkspace, field, nav, screenshot } from './steps.js';

// Every main screen at 1280×800 with the bundled sample and a long Japanese name: the files under
// test-results/screens are looked at by a person; the checks here catch text that overflows.
test('every main screen of the sample workspace, with a long name, keeps its text inside the window', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.getByLabel('新しい案件名').fill(`${LONG_NAME}（見本）`);
  await page.getByRole('button', { name: '見本から作成' }).click();
  await expect(field(page, '名称')).not.toHaveValue('');
  await field(page, '名称').fill(LONG_NAME);

  const overflow = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out: string[] = [];
      for (const el of Array.from(
        document.querySelectorAll<HTMLElement>('main *, nav *, aside *, header *'),
      )) {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const spills =
          r.right > width + 1 || (style.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1);
        // Cut off with 「…」 and no tooltip holding the whole text: the user cannot read it.
        const clipped =
          style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1 && !el.closest('[title]');
        if (r.width > 0 && (spills || clipped) && el.children.length === 0 && el.textContent?.trim())
          out.push(el.textContent.trim().slice(0, 40));
      }
      return out;
    });

  const shots: [string, () => Promise<void>][] = [
    ['20-sample-provider', async () => nav(page, '提供者').click()],
    ['21-sample-applicant', async () => nav(page, '申込者・委任').click()],
    ['22-sample-contacts', async () => nav(page, '連絡先・運用体制').click()],
    ['23-sample-procedure', async () => nav(page, '手続きの状況・宛先').click()],
    [
      '24-sample-attachments',
      async () => {
        await nav(page, '添付資料').click();
        await expect(page.locator('img.thumb').first()).toBeVisible();
        await expect(page.getByText('表示不可')).toHaveCount(0);
      },
    ],
    ['25-sample-documents', async () => nav(page, '書類の確認・印刷').click()],
    ['26-sample-submissions', async () => nav(page, '提出履歴').click()],
    ['27-sample-fees', async () => nav(page, '料金試算').click()],
    ['28-sample-schedule', async () => nav(page, 'スケジュール').click()],
  ];
  for (const [name, open] of shots) {
    await open();
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
    await page.waitForTimeout(150);
    await screenshot(page, name);
    expect(await overflow(), name).toEqual([]);
  }
  const services = nav(page, /^(AP|HO|FA|CA)/);
  const count = await services.count();
  for (let i = 0; i < count; i++) {
    await services.nth(i).click();
    await page.waitForTimeout(150);
    await screenshot(page, `29-sample-service-${i + 1}`);
    expect(await overflow(), `service ${i + 1}`).toEqual([]);
  }
  await page.getByRole('button', { name: '← 案件一覧' }).click();
  await screenshot(page, '30-workspaces-with-sample');
  expect(await overflow()).toEqual([]);
});

// 1366×768 at 125 % Windows scaling leaves 1093×614 CSS pixels: the three columns must still fit.
test('at 125 % scaling on a small laptop screen nothing spills out sideways', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1093, height: 614 });
  await createWorkspace(page, `${LONG_NAME} 小さい画面`);
  await field(page, '名称').fill(LONG_NAME);
  await addService(page, 'HO');
  await field(page, 'サービス名称').fill(`${LONG_NAME}ホスティング`);
  await screenshot(page, '31-small-screen-hosting');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(1093);
  await nav(page, '提供者').click();
  await screenshot(page, '32-small-screen-provider');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1093);
});
