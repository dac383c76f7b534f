/**
 * `render <workspace.json> --out <dir> [--force] [--all-stages] [--date YYYY-MM-DD]`: writes
 * `<dir>/<document-id>.pdf` for every document of the next stage of the procedure and
 * `<dir>/packet.pdf` (the envelope), and lists the later stages' documents as still open.
 * `--all-stages` puts every stage into one packet (J-LIS answers each stage before the next).
 * Exit 0 when written, 1 when the workspace has errors (listed; --force renders a draft anyway),
 * 2 when the input cannot be read or the arguments are wrong.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Workspace } from '../../shared/model/index.js';
import { isIsoDate } from '../../shared/text/wareki.js';
import { RenderBlockedError, renderWorkspaceDocuments } from '../../main/services/render/render-workspace.js';
import { checkWorkspace } from '../../shared/rules/engine.js';
import { loadWorkspace, type LoadResult } from '../../shared/model/load.js';
import { describeSource } from '../../shared/sources/seeds.js';
import type { CliCommand, CliIo } from '../io.js';
import { parseCommandLine } from '../parse-options.js';

const usage = `使い方: npm run cli -- render <案件ファイル.json> --out <出力フォルダ> [--force] [--all-stages] [--date YYYY-MM-DD]
  --out         PDFを書き出すフォルダ（なければ作成します）
  --force       入力内容にエラーがあっても「下書き」として出力します
  --all-stages  次の段階だけでなく、すべての段階の書類を一つの封筒（packet.pdf）にまとめます
                （J-LISは段階ごとに審査・通知するため、通常は使いません）
  --date        書類の日付（案件に日付がない場合。既定は今日）
`;

const APP_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

class InputError extends Error {}

async function readWorkspace(path: string): Promise<Extract<LoadResult, { ok: true }>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(
      code === 'ENOENT'
        ? `案件ファイル「${path}」が見つかりません。パスを確認してください。`
        : `案件ファイル「${path}」を読み込めません（${code ?? String(error)}）。`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `案件ファイル「${path}」はJSONとして読み取れません: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const loaded = loadWorkspace(raw);
  if (!loaded.ok) {
    throw new InputError(
      `案件ファイル「${path}」の形式が正しくありません（${loaded.error}）。アプリから書き出した案件ファイルを指定してください。`,
    );
  }
  return loaded;
}

function listErrors(io: CliIo, workspace: Workspace, today?: string): void {
  const { findings } = checkWorkspace(workspace, today ? { today } : {});
  for (const f of findings.filter((x) => x.severity === 'error'))
    io.stderr(`  ✖ ${f.message}（${describeSource(f.source)}）\n`);
}

export const run: CliCommand = async (args, io) => {
  const parsed = parseCommandLine(args, io, usage, {
    out: { type: 'string' },
    force: { type: 'boolean' },
    'all-stages': { type: 'boolean' },
    date: { type: 'string' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0 || !values.out) {
    io.stderr(
      `${!file ? '案件ファイルを指定してください。' : extra.length > 0 ? `余分な引数があります: ${extra.join(' ')}` : '--out で出力フォルダを指定してください。'}\n\n${usage}`,
    );
    return 2;
  }
  if (values.date !== undefined && !isIsoDate(values.date)) {
    io.stderr(`--date の値「${values.date}」は日付として読めません。YYYY-MM-DD の形式で指定してください。\n`);
    return 2;
  }
  const path = resolve(io.cwd, file);
  const out = resolve(io.cwd, values.out);
  let workspace: Workspace;
  try {
    const loaded = await readWorkspace(path);
    workspace = loaded.workspace;
    for (const repair of loaded.repairs) io.stderr(`  ※ 読み込み時に修復しました: ${repair.message}\n`);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const started = performance.now();
  try {
    const result = await renderWorkspaceDocuments({
      workspace,
      appRoot: APP_ROOT,
      force: values.force === true,
      combined: values['all-stages'] === true,
      attachmentDirs: [join(dirname(path), 'attachments'), join(APP_ROOT, 'forms/samples/attachments')],
      ...(values.date ? { now: values.date } : {}),
    });
    await mkdir(out, { recursive: true });
    for (const d of result.documents) await writeFile(join(out, `${d.id}.pdf`), d.pdf);
    await writeFile(join(out, 'packet.pdf'), result.packet);
    const shown = relative(io.cwd, out) || '.';
    if (result.draft) {
      io.stderr(
        '入力内容にエラーがあるため、全ページに「下書き」と表示しています。提出前に次のエラーを直してください:\n',
      );
      listErrors(io, workspace, values.date);
    }
    const { stage } = result;
    if (stage.combined)
      io.stdout(
        'すべての段階の書類を一つの封筒にまとめました（--all-stages）。J-LISは段階ごとに受理してから次の段階を受け付けます。\n',
      );
    else if (stage.stage) io.stdout(`${stage.stage.label}の書類\n`);
    for (const d of result.documents) {
      const sheets = result.continuationSheets[d.id] ?? 0;
      io.stdout(
        `  ${d.id}.pdf\u3000${d.title}（${d.pages}ページ${sheets > 0 ? `、うち別紙${sheets}件` : ''}）${d.delivery === 'portal' ? '\u3000※ポータル入力用（郵送しません）' : ''}\n`,
      );
    }
    io.stdout(
      `${shown}/packet.pdf\u3000申込書類一式（${result.pageCount}ページ、${(result.packet.byteLength / 1024).toFixed(0)} KB）\n` +
        `${result.documents.length}件の書類を ${shown} に書き出しました（${((performance.now() - started) / 1000).toFixed(1)} 秒）。\n`,
    );
    if (stage.pending.length > 0) {
      io.stdout(
        `\n後の段階で提出する書類（今回は作成していません。${stage.stage ? `「${stage.stage.answer}」を受けてから` : ''}順に作成します）:\n`,
      );
      for (const p of stage.pending) {
        io.stdout(`  ${p.label}\n`);
        for (const d of p.documents)
          io.stdout(`    ・${d.title}${d.serviceName ? `（${d.serviceName}）` : ''}\n`);
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof RenderBlockedError) {
      io.stderr(`${error.message}\n`);
      listErrors(io, workspace, values.date);
      return 1;
    }
    const name = (error as { fileName?: string }).fileName;
    if (error instanceof Error && name !== undefined) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
};
