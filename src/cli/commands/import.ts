import { resolve } from 'node:path';
import { IpcError } from '../../shared/ipc/errors.js';
import { BUNDLE_EXTENSION } from '../../main/services/bundle/format.js';
import { importBundle, readBundleFile } from '../../main/services/bundle/import-bundle.js';
import { errnoCode, toIoError } from '../../main/services/store/io-errors.js';
import { WorkspaceStore } from '../../main/services/store/workspace-store.js';
import type { CliCommand } from '../io.js';
import { argumentMistake, parseCommandLine } from '../parse-options.js';

const usage = `使い方: npm run cli -- import <ファイル${BUNDLE_EXTENSION}> --data-dir <データフォルダ>
  取り込んだ案件は新しい案件として追加されます（既存の案件は上書きしません）。
  ファイルに問題があるときは何も書き込まずに理由を表示し、終了コード1で終わります。
`;

export const run: CliCommand = async (args, io) => {
  const parsed = parseCommandLine(args, io, usage, { 'data-dir': { type: 'string' } }, argumentMistake);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0 || !values['data-dir']) {
    io.stderr(`取り込むファイルを1つと --data-dir を指定してください。\n\n${usage}`);
    return 2;
  }
  const path = resolve(io.cwd, file);
  try {
    const bytes = await readBundleFile(path);
    const store = await WorkspaceStore.open(resolve(io.cwd, values['data-dir']));
    for (const notice of store.notices) io.stderr(`注意: ${notice.message}\n`);
    const result = await importBundle(bytes, store);
    const lines = result.workspaces.map((w) => `  ${w.id}  ${w.title || '（無題）'}`);
    io.stdout(
      `${result.workspaces.length}件の案件を新しい案件として取り込みました（添付ファイル${result.attachmentCount}件）:\n${lines.join('\n')}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof IpcError || errnoCode(error)) {
      io.stderr(`${toIoError(error, '取り込み').message}\n`);
      return 1;
    }
    throw error;
  }
};
