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
  it('exits 0 and writes every document and the packet for a clean workspace', async () => {
    const c = capture(dir);
    const code = await run(['vendor.json', '--out', 'out-clean', '--date', '2026-11-22'], c.io);
    expect(code, c.err()).toBe(0);
    const files = await readdir(join(dir, 'out-clean'));
    expect(files).toEqual(
      expect.arrayContaining(['packet.pdf', 'cover-letter.pdf', 'facility-registration.pdf']),
    );
    const info = await readPdfInfo(new Uint8Array(await readFile(join(dir, 'out-clean/packet.pdf'))));
    expect(c.out()).toContain(`申込書類一式（${info.pageCount}ページ`);
    expect(c.out()).toContain('facility-registration.pdf');
    expect(c.err()).toBe('');
    // The checklist names the 「下書き」 mark in its own wording; the forms carry no mark.
    expect(await packetText(join(dir, 'out-clean/participation-review.pdf'))).not.toContain('下書き');
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
