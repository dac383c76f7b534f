import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './harness.js';

// Issue #2: the vertical slice through every layer, in a real browser against real handlers.
test('typed Japanese provider data autosaves to disk and survives a reload', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('新しい案件名').fill('テスト案件');
  await page.getByRole('button', { name: '新規作成' }).click();

  const name = '株式会社髙橋𠮷田情報システム';
  await page.getByLabel('名称', { exact: true }).fill(name);
  await page.getByLabel('フリガナ', { exact: true }).fill('カブシキガイシャタカハシヨシダジョウホウシステム');
  await page.getByLabel('代表者役職', { exact: true }).fill('代表取締役社長');
  await page.getByLabel('代表者氏名', { exact: true }).fill('齋藤 﨑子');
  await expect(page.getByText('保存済み')).toBeVisible();

  const files = (await readdir(join(app.dataDir, 'workspaces'))).filter((f) => f.endsWith('.json'));
  expect(files).toHaveLength(1);
  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'workspaces', files[0]!), 'utf8')) as {
    provider: { name: string; representative: { name: string; title: string } };
  };
  expect(onDisk.provider.name).toBe(name);
  expect(onDisk.provider.representative).toMatchObject({ title: '代表取締役社長', name: '齋藤 﨑子' });

  await app.reload();
  await page.getByRole('link', { name: /テスト案件/ }).click();
  await expect(page.getByLabel('名称', { exact: true })).toHaveValue(name);
  await expect(page.getByLabel('代表者氏名', { exact: true })).toHaveValue('齋藤 﨑子');
  expect(app.externalRequests).toEqual([]);
});

test('the page runs under the app CSP: eval and remote loads are refused', async ({ app }) => {
  const { page } = app;
  const evalResult = await page.evaluate(() => {
    try {
      return String(eval('1 + 1'));
    } catch (error) {
      return error instanceof Error ? error.name : 'blocked';
    }
  });
  expect(evalResult).toBe('EvalError');
  const violation = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
          once: true,
        });
        const img = document.createElement('img');
        img.src = 'https://example.invalid/tracker.png';
        document.body.append(img);
      }),
  );
  expect(violation).toBe('img-src');
  expect(app.externalRequests).toEqual([]);
});
