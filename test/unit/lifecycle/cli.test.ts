/**
 * `record` and `changes` on a real workspace file: the journey sample → 提出済 → 受理 with an
 * ASPコード → edits → the changes by document (002 §5.1.1(1), §5.1.1(3), table 5-1 (2)); bad input
 * gets a Japanese message, exit 2 and the file untouched.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as record } from '../../../src/cli/commands/record.js';
import { run as changes } from '../../../src/cli/commands/changes.js';
import type { CliCommand } from '../../../src/cli/io.js';

const SAMPLE = fileURLToPath(new URL('../../../forms/samples/sample-vendor.json', import.meta.url));
let dir = '';
let file = '';

async function cli(command: CliCommand, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await command(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'record-cli-'));
  file = join(dir, 'ws.json');
  await copyFile(SAMPLE, file);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refused(args: string[], message: RegExp) {
  const before = await readFile(file, 'utf8');
  const r = await cli(record, ...args);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(await readFile(file, 'utf8')).toBe(before);
}

describe('record / changes CLI', () => {
  it('refuses an acceptance before any filing, and a date in the wrong format', async () => {
    await refused(['ws.json', '--accepted', '--date', '2027-01-10'], /提出の記録がないため.*--filed/);
    await refused(['ws.json', '--filed', '--date', '2026/12/01'], /提出日「2026\/12\/01」.*YYYY-MM-DD/);
    await refused(['ws.json', '--filed'], /--date で日付を YYYY-MM-DD/);
    await refused(['ws.json', '--filed', '--accepted', '--date', '2026-12-01'], /同時に指定できません/);
    await refused(['missing.json', '--filed', '--date', '2026-12-01'], /見つかりません/);
  });

  it('records the filing, then the acceptance with an ASPコード, writing the file back', async () => {
    const filed = await cli(
      record,
      'ws.json',
      '--filed',
      '--date',
      '2026-12-01',
      '--mail-number',
      '1234-5678',
    );
    expect(filed.code).toBe(0);
    expect(filed.stdout).toContain('参加資格審査申込兼変更並びに解除届出書（新規）: 回答待ち');
    await refused(
      ['ws.json', '--accepted', '--date', '2027-01-10', '--asp-code', 'ho-unknown=H0001234'],
      /サービス「ho-unknown」がこの案件にありません/,
    );
    await refused(
      ['ws.json', '--accepted', '--date', '2027-01-10', '--asp-code', 'ho-sample-hosting'],
      /<サービスID>=<ASPコード>/,
    );
    // Dates of the answer: the YYYY-MM-DD form, a real day, not before the filing.
    await refused(['ws.json', '--accepted', '--date', '2027/01/10'], /回答日「2027\/01\/10」.*YYYY-MM-DD/);
    await refused(
      ['ws.json', '--accepted', '--date', '2027-02-30'],
      /回答日「2027-02-30」は日付として読み取れません/,
    );
    await refused(['ws.json', '--accepted', '--date', '2026-11-30'], /提出日 2026-12-01 より前/);
    await refused(
      ['ws.json', '--filed', '--date', '2026-12-02', '--asp-code', 'ho-sample-hosting=H0001234'],
      /--accepted）と一緒に指定/,
    );
    const accepted = await cli(
      record,
      'ws.json',
      '--accepted',
      '--date',
      '2027-01-10',
      '--asp-code',
      'ho-sample-hosting=H0001234',
      '--portal-user-id',
    );
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain(
      'サービス「サンプルLGWANホスティング」: 登録・接続済み（ASPコード H0001234）',
    );
    const stored = JSON.parse(await readFile(file, 'utf8'));
    expect(stored.formatVersion).toBe(2);
    expect(stored.procedure.participationAccepted).toBe(true);
    expect(stored.filings[0].certifiedMailNumber).toBe('1234-5678');
    expect(stored.filings[0].documents[0].portalUserIdIssued).toBe(true);
    const none = await cli(changes, 'ws.json');
    expect(none.stdout).toContain('変わったところはありません');
  });

  it('lists the changes by the document each needs, in text and in JSON', async () => {
    type Row = { id: string; hostedApIds?: string[] } & Record<string, unknown>;
    const ws = JSON.parse(await readFile(file, 'utf8')) as {
      provider: { representative: { name: string } };
      services: Row[];
    };
    ws.provider.representative.name = '佐藤\u3000花子';
    const ap = ws.services.find((s) => s.id === 'ap-sample-documents');
    ws.services.push({ ...ap, id: 'ap-new', name: '施設予約サービス', status: 'planned', aspCode: '' });
    ws.services.find((s) => s.id === 'ho-sample-hosting')?.hostedApIds?.push('ap-new');
    await writeFile(file, JSON.stringify(ws));
    const text = await cli(changes, 'ws.json');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /解除届出書（変更）\n {2}・代表者の氏名\n {6}変更前: 山田\u3000太郎（ヤマダ\u3000タロウ）\n {6}変更後: 佐藤\u3000花子（ヤマダ\u3000タロウ）/u,
    );
    expect(text.stdout).toContain('ホスティングサービス接続申込書「サンプルLGWANホスティング」（変更）');
    const json = await cli(changes, 'ws.json', '--json');
    const out = JSON.parse(json.stdout) as {
      documents: { id: string; mode: string; changes: { path: string }[] }[];
    };
    expect(out.documents.map((d) => [d.id, d.mode, d.changes.map((c) => c.path)])).toEqual([
      ['participation-review', 'change', ['provider.representative.name', 'services.ap-new.name']],
      ['hosting-connection', 'change', ['services.ap-new.name']],
    ]);
  });
});
