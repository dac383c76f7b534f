import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { IpcError } from '../../shared/ipc/errors.js';
import { BUNDLE_EXTENSION } from '../../main/services/bundle/format.js';
import { exportBundle, writeBundleFile } from '../../main/services/bundle/export-bundle.js';
import { errnoCode, toIoError } from '../../main/services/store/io-errors.js';
import { WorkspaceStore } from '../../main/services/store/workspace-store.js';
import type { CliCommand } from '../io.js';
import { argumentMistake, parseCommandLine } from '../parse-options.js';

const usage = `使い方: npm run cli -- export (<案件ID> | --all) --data-dir <データフォルダ> --out <ファイル${BUNDLE_EXTENSION}>
  <案件ID>     書き出す案件のID（複数指定可）
  --all        すべての案件を書き出す
  --data-dir   アプリのデータフォルダ
  --out        書き出すファイル（拡張子 ${BUNDLE_EXTENSION}）
`;

/** Reads the app version for the bundle manifest. */
export const appVersion = async (): Promise<string> => {
  const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? '0.0.0';
};

export const run: CliCommand = async (args, io) => {
  const parsed = parseCommandLine(
    args,
    io,
    usage,
    { all: { type: 'boolean' }, 'data-dir': { type: 'string' }, out: { type: 'string' } },
    argumentMistake,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (
    !values['data-dir'] ||
    !values.out ||
    (values.all ? positionals.length > 0 : positionals.length === 0)
  ) {
    io.stderr(`案件ID（または --all）、--data-dir、--out を指定してください。\n\n${usage}`);
    return 2;
  }
  const dataDir = resolve(io.cwd, values['data-dir']);
  const out = resolve(io.cwd, values.out);
  if (!existsSync(dataDir)) {
    io.stderr(`データフォルダが見つかりません: ${dataDir}\n`);
    return 1;
  }
  if (!out.endsWith(BUNDLE_EXTENSION)) {
    io.stderr(`書き出すファイルの拡張子は ${BUNDLE_EXTENSION} にしてください: ${out}\n`);
    return 2;
  }
  try {
    const store = await WorkspaceStore.open(dataDir);
    for (const notice of store.notices) io.stderr(`注意: ${notice.message}\n`);
    const result = await exportBundle(store, {
      workspaces: values.all ? 'all' : positionals,
      appVersion: await appVersion(),
    });
    await writeBundleFile(out, result.bytes).catch((error: unknown) => {
      throw toIoError(error, `${out} に保存`, '保存先のフォルダ');
    });
    io.stdout(
      `${result.workspaceCount}件の案件と${result.attachmentCount}件の添付ファイルを書き出しました: ${out}（${result.bytes.byteLength}バイト）\n`,
    );
    return 0;
  } catch (error) {
    // A disk failure is the user's to fix (space, permissions), so it is said in words, not a stack.
    if (error instanceof IpcError || errnoCode(error)) {
      io.stderr(`書き出せませんでした: ${toIoError(error, '書き出し').message}\n`);
      return 1;
    }
    throw error;
  }
};
