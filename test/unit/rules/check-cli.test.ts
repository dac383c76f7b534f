import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/commands/check.js';
import { RULES } from '../../../src/shared/rules/engine.js';
import { TODAY } from '../../fixtures/rules/workspaces.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT });
  return { code, stdout, stderr };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'check-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('check CLI', () => {
  it('reports the clean sample in Japanese and exits 0', async () => {
    const r = await cli('forms/samples/sample-vendor.json', '--date', TODAY);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('提出する書類（10種類）');
    expect(r.stdout).toContain('総合行政ネットワークASPホスティングサービス接続申込書');
    expect(r.stdout).toContain('点検結果: エラー 0件、注意 0件、参考 0件');
    expect(r.stderr).toBe('');
  });

  it('exits 1 and names the rule, field, document and source when a private company picks 都道府県ノード接続', async () => {
    const r = await cli('test/fixtures/rules/private-prefecture-node.json', '--date', TODAY);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[エラー] 都道府県ノード接続型は区分①（地方公共団体）に限られます');
    expect(r.stdout).toContain('項目: services.ho-sample-hosting.pattern, provider.category');
    expect(r.stdout).toContain('根拠: 総合行政ネットワークASPガイドライン §4.1①');
    expect(r.stdout).toContain('エラーを直すと清書の書類を出力できます。');
  });

  it('shows the corrected value a finding offers', async () => {
    const file = join(dir, 'halfwidth.json');
    const ws = JSON.parse(await readFile(join(ROOT, 'forms/samples/sample-vendor.json'), 'utf8')) as {
      provider: { address: { postalCode: string } };
    };
    ws.provider.address.postalCode = '１００－０００５';
    await writeFile(file, JSON.stringify(ws));
    const r = await cli(file, '--date', TODAY);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('修正案: provider.address.postalCode を「100-0005」に');
  });

  it('--json prints the documented shape', async () => {
    const r = await cli('test/fixtures/rules/private-prefecture-node.json', '--json', '--date', TODAY);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.stdout) as {
      requiredDocuments: { id: string; reason: string }[];
      findings: {
        ruleId: string;
        severity: string;
        message: string;
        paths: string[];
        documents: string[];
        source: string;
      }[];
    };
    expect(parsed.requiredDocuments.map((d) => d.id)).toContain('hosting-connection');
    expect(parsed.requiredDocuments.every((d) => d.reason.length > 0)).toBe(true);
    expect(parsed.findings).toEqual([
      {
        ruleId: 'ho.pattern',
        severity: 'error',
        message: expect.stringContaining('直接接続型を選んでください'),
        paths: ['services.ho-sample-hosting.pattern', 'provider.category'],
        documents: ['hosting-connection', 'participation-review', 'fee-estimate'],
        source: '002_0f100134b4811c0f.txt §4.1①',
      },
    ]);
  });

  it('exits 2 with a clear message when the file is missing, cut off or not a workspace', async () => {
    const missing = await cli('no/such/file.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/見つかりません。パスを確認してください/);

    const truncated = join(dir, 'truncated.json');
    await writeFile(truncated, '{"id": "x", "provider": {');
    const cut = await cli(truncated);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/JSONとして読み取れません/);

    const wrong = join(dir, 'wrong.json');
    await writeFile(wrong, JSON.stringify({ id: 5, createdAt: 'yesterday' }));
    const shape = await cli(wrong);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(/形式が正しくありません.*アプリから書き出した案件ファイル/);

    const latin1 = join(dir, 'latin1.json');
    await writeFile(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    const bytes = await cli(latin1);
    expect(bytes.code).toBe(2);
    expect(bytes.stderr).toMatch(/UTF-8/);
  });

  it('--rules lists every rule with its severity and source', async () => {
    const r = await cli('--rules');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(RULES.length);
    expect(lines).toContain(
      'ho.pattern\tエラー\t接続形態が提供者の区分で選べるか\t根拠: 総合行政ネットワークASPガイドライン §4.1',
    );
  });

  it('exits 2 on a missing argument or a bad --date', async () => {
    expect((await cli()).code).toBe(2);
    const bad = await cli('forms/samples/sample-vendor.json', '--date', '2026/11/22');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/YYYY-MM-DD/);
  });
});
