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

test('the page runs under the app CSP: eval, inline scripts and remote loads are refused', async ({
  app,
}) => {
  const { page } = app;
  // Each probe runs code the way the page itself would (not through the test's privileged evaluate)
  // and waits for the browser's CSP violation report.
  const violationOf = (probe: 'eval' | 'inline' | 'image') =>
    page.evaluate(
      (kind) =>
        new Promise<string>((resolve) => {
          // Only this probe's violation: the app's own code may trip one meanwhile (zod tests
          // whether eval is allowed the first time it compiles a schema).
          const mine =
            { eval: 'eval', inline: 'inline' }[kind as string] ?? 'https://example.invalid/tracker.png';
          const listener = (e: SecurityPolicyViolationEvent) => {
            if (e.blockedURI !== mine) return;
            document.removeEventListener('securitypolicyviolation', listener);
            resolve(e.violatedDirective);
          };
          document.addEventListener('securitypolicyviolation', listener);
          if (kind === 'eval') {
            // A string handler is compiled like eval().
            (window.setTimeout as unknown as (code: string) => void)('window.__evalRan = true');
          } else if (kind === 'inline') {
            const script = document.createElement('script');
            script.textContent = 'window.__inlineRan = true';
            document.body.append(script);
          } else {
            const img = document.createElement('img');
            img.src = 'https://example.invalid/tracker.png';
            document.body.append(img);
          }
        }),
      probe,
    );
  expect(await violationOf('eval')).toBe('script-src');
  expect(await violationOf('inline')).toBe('script-src-elem');
  expect(await violationOf('image')).toBe('img-src');
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __evalRan?: boolean; __inlineRan?: boolean };
    return { evalRan: w.__evalRan === true, inlineRan: w.__inlineRan === true };
  });
  expect(ran).toEqual({ evalRan: false, inlineRan: false });
  expect(app.externalRequests).toEqual([]);
});
