/**
 * `changes <workspace.json> [--json]`: the changes since the last accepted filing, grouped by the
 * document each needs (002 §5.1.1(1), table 5-1 (2), §5.1.3–5.1.4). JSON:
 * `{documents:[{id, mode, serviceId?, title, changes:[{path, label, before, after}]}]}`.
 */
import { resolve } from 'node:path';
import { documentTitle } from '../../shared/documents/required.js';
import { changesSinceAccepted } from '../../shared/lifecycle/changes.js';
import { FILING_MODES } from '../../shared/model/index.js';
import type { CliCommand } from '../io.js';
import { parseOptions, UsageError } from '../parse-options.js';
import { readWorkspaceFile, WorkspaceFileError } from '../workspace-file.js';

const usage = `使い方: npm run cli -- changes <案件ファイル.json> [--json]
  --json  結果をJSONで出力します
`;

export const run: CliCommand = async (args, io) => {
  const fileArg = args[0] !== undefined && !args[0].startsWith('-') ? args[0] : undefined;
  try {
    const values = parseOptions(fileArg === undefined ? args : args.slice(1), {
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(usage);
      return 0;
    }
    if (fileArg === undefined) throw new UsageError('案件ファイルを指定してください。');
    const { workspace } = await readWorkspaceFile(resolve(io.cwd, fileArg));
    const documents = changesSinceAccepted(workspace).map((d) => ({
      id: d.id,
      mode: d.mode,
      ...(d.serviceId === undefined ? {} : { serviceId: d.serviceId }),
      title: documentTitle(d.id),
      changes: d.changes,
    }));
    if (values.json) {
      io.stdout(`${JSON.stringify({ documents }, null, 2)}\n`);
      return 0;
    }
    if (workspace.filings.length === 0) {
      io.stdout(
        '提出の記録がないため、比べる受理済みの内容がありません（npm run cli -- record で記録します）。\n',
      );
      return 0;
    }
    if (documents.length === 0) {
      io.stdout('受理された内容から変わったところはありません。\n');
      return 0;
    }
    const lines: string[] = [];
    for (const d of documents) {
      const service = workspace.services.find((s) => s.id === d.serviceId);
      lines.push(`${d.title}${service ? `「${service.name}」` : ''}（${FILING_MODES[d.mode]}）`);
      for (const c of d.changes) {
        lines.push(`  ・${c.label}`);
        lines.push(`      変更前: ${c.before.replace(/\n/g, ' / ') || '（なし）'}`);
        lines.push(`      変更後: ${c.after.replace(/\n/g, ' / ') || '（なし）'}`);
      }
    }
    lines.push('', 'これらの書類は npm run cli -- render で出力できます。');
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof WorkspaceFileError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
};
