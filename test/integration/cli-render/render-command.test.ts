/**
 * `render` run in-process with a capturing io: exit codes, what it tells the user, and the files it
 * writes (read back as PDFs).
 */
import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/commands/render.js';
import type { CliIo } from '../../../src/cli/io.js';
import { readPdfInfo, readPdfText } from '../../helpers/pdf/read-pdf.js';
import { FIXTURE } from '../render/setup.js';

interface Captured {
  io: CliIo;
  out: () => string;
  err: () => string;
}

function capture(cwd: string): Captured {
  let out = '';
  let err = '';
  return {
    io: { cwd, stdout: (t) => (out += t), stderr: (t) => (err += t) },
    out: () => out,
    err: () => err,
  };
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cli-render-'));
  await copyFile(FIXTURE, join(dir, 'vendor.json'));
  const broken = JSON.parse(await readFile(FIXTURE, 'utf8')) as { provider: { name: string } };
  broken.provider.name = '';
  await writeFile(join(dir, 'unnamed.json'), JSON.stringify(broken));
  await writeFile(join(dir, 'not-json.json'), '{ "provider": ');
  await writeFile(join(dir, 'wrong-shape.json'), JSON.stringify({ hello: 'world' }));
});

const packetText = async (path: string): Promise<string> =>
  (await readPdfText(new Uint8Array(await readFile(path)))).map((p) => p.text).join('');

describe('cli render', () => {
  it('exits 0 and writes the next stage (the review) and its packet, listing the later stages as open', async () => {
    const c = capture(dir);
    const code = await run(['vendor.json', '--out', 'out-clean', '--date', '2026-11-22'], c.io);
    expect(code, c.err()).toBe(0);
    const files = await readdir(join(dir, 'out-clean'));
    expect(files).toEqual(
      expect.arrayContaining(['packet.pdf', 'cover-letter.pdf', 'participation-review.pdf']),
    );
    // 002 §5.1.1: the service applications follow the accepted review and the disclosure.
    expect(files).not.toContain('facility-registration.pdf');
    expect(files).not.toContain('nonpublic-disclosure.pdf');
    const info = await readPdfInfo(new Uint8Array(await readFile(join(dir, 'out-clean/packet.pdf'))));
    expect(c.out()).toContain('(1) 参加資格審査申込の書類');
    expect(c.out()).toContain(`申込書類一式（${info.pageCount}ページ`);
    expect(c.out()).toMatch(
      /後の段階で提出する書類（今回は作成していません。「参加結果通知（受理）」を受けてから/,
    );
    expect(c.out()).toMatch(/非公開文書の開示申込\n\s+・総合行政ネットワーク非公開文書の開示申込書/);
    expect(c.out()).toContain('・総合行政ネットワークASPファシリティサービス登録申込書');
    expect(c.err()).toBe('');
    const packet = await packetText(join(dir, 'out-clean/packet.pdf'));
    expect(packet).not.toContain('ファシリティサービス登録申込書');
    // The checklist names the 「下書き」 mark in its own wording; the forms carry no mark.
    expect(await packetText(join(dir, 'out-clean/participation-review.pdf'))).not.toContain('下書き');
  });

  it('--all-stages knowingly puts every stage into one packet and says so', async () => {
    const c = capture(dir);
    const code = await run(['vendor.json', '--out', 'out-all', '--date', '2026-11-22', '--all-stages'], c.io);
    expect(code, c.err()).toBe(0);
    const files = await readdir(join(dir, 'out-all'));
    expect(files).toEqual(expect.arrayContaining(['facility-registration.pdf', 'hosting-connection.pdf']));
    expect(c.out()).toContain('すべての段階の書類を一つの封筒にまとめました（--all-stages）');
    expect(c.out()).not.toContain('後の段階で提出する書類');
    expect(await packetText(join(dir, 'out-all/packet.pdf'))).toContain('ファシリティサービス登録申込書');
  });

  it('exits 1, lists the errors and writes nothing when the workspace has errors', async () => {
    const c = capture(dir);
    const code = await run(['unnamed.json', '--out', 'out-blocked'], c.io);
    expect(code).toBe(1);
    expect(c.err()).toContain('提出用のPDFを作成できません');
    expect(c.err()).toContain('✖ サービス提供者の名称を入力してください');
    await expect(readdir(join(dir, 'out-blocked'))).rejects.toThrow();
  });

  it('with --force writes draft PDFs marked 下書き and still lists the errors', async () => {
    const c = capture(dir);
    const code = await run(['unnamed.json', '--out', 'out-draft', '--force'], c.io);
    expect(code).toBe(0);
    expect(c.err()).toContain('「下書き」と表示しています');
    expect(c.err()).toContain('✖ サービス提供者の名称を入力してください');
    const review = await readPdfText(
      new Uint8Array(await readFile(join(dir, 'out-draft/participation-review.pdf'))),
    );
    expect(review.every((p) => p.text.includes('下書き'))).toBe(true);
  });

  it.each([
    ['a missing file', ['missing.json', '--out', 'o'], '見つかりません'],
    ['invalid JSON', ['not-json.json', '--out', 'o'], 'JSONとして読み取れません'],
    ['a file that is not a workspace', ['wrong-shape.json', '--out', 'o'], '形式が正しくありません'],
    ['no --out', ['vendor.json'], '--out で出力フォルダを指定してください'],
    ['no file', ['--out', 'o'], '案件ファイルを指定してください'],
    ['an extra argument', ['vendor.json', 'x.json', '--out', 'o'], '余分な引数があります'],
    ['an unknown option', ['vendor.json', '--out', 'o', '--colour'], '使い方'],
    ['a date that is not YYYY-MM-DD', ['vendor.json', '--out', 'o', '--date', '2026/11/22'], 'YYYY-MM-DD'],
  ])('exits 2 for %s and says what to fix', async (_case, args, message) => {
    const c = capture(dir);
    expect(await run(args, c.io)).toBe(2);
    expect(c.err()).toContain(message);
    expect(c.out()).toBe('');
    await expect(readdir(join(dir, 'o'))).rejects.toThrow();
  });
});
