/**
 * `record <workspace.json> --filed --date YYYY-MM-DD [--mail-number N] [--note …]`: records the
 * official documents required now as mailed that day, with the data as filed.
 * `record <workspace.json> --accepted|--rejected|--returned --date YYYY-MM-DD
 * [--asp-code <serviceId>=<code> …] [--portal-user-id]`: records J-LIS's answer to the last filing
 * (002 §5.1.1(3)). The file is written back durably; on any mistake nothing is written (exit 2).
 */
import { resolve } from 'node:path';
import { PARTICIPATION_MODES } from '../../shared/model/index.js';
import { documentTitle } from '../../shared/documents/required.js';
import { RecordError, recordAnswer, recordFiling } from '../../shared/lifecycle/record.js';
import type { Workspace } from '../../shared/model/index.js';
import { FILING_ANSWERS, FILING_MODES, SERVICE_STATUSES } from '../../shared/model/index.js';
import type { CliCommand } from '../io.js';
import { parseOptions, UsageError } from '../parse-options.js';
import { readWorkspaceFile, WorkspaceFileError, writeWorkspaceFile } from '../workspace-file.js';

const usage = `使い方: npm run cli -- record <案件ファイル.json> --filed --date YYYY-MM-DD [--mail-number 番号] [--note メモ]
       npm run cli -- record <案件ファイル.json> --accepted --date YYYY-MM-DD [--asp-code <サービスID>=<ASPコード> …] [--portal-user-id]
       npm run cli -- record <案件ファイル.json> --rejected|--returned --date YYYY-MM-DD [--note 理由]
  --filed           今必要な申込書を、この日に郵送（提出）したと記録します
  --accepted        最後の提出がJ-LISに受理されたと記録します（--rejected 不受理、--returned 返戻・再提出）
  --date            提出日または回答（通知）の日付
  --mail-number     配達証明の番号
  --asp-code        J-LISが付けたASPコード（サービスごとに繰り返し指定できます）
  --portal-user-id  参加結果通知でポータルのユーザIDが発行された（パスワードは記録しません）
`;

function parseCodes(values: readonly string[]): Record<string, string> {
  const codes: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq <= 0 || eq === value.length - 1) {
      throw new UsageError(
        `--asp-code の値「${value}」は「<サービスID>=<ASPコード>」の形で指定してください（例: --asp-code ho-1=H0001234）。`,
      );
    }
    codes[value.slice(0, eq)] = value.slice(eq + 1);
  }
  return codes;
}

function summary(before: Workspace, after: Workspace): string {
  const filing = after.filings.at(-1);
  const lines: string[] = [];
  if (filing) {
    lines.push(`提出記録（提出日 ${filing.filedOn || '不明'}）:`);
    for (const d of filing.documents) {
      const service = after.services.find((s) => s.id === d.serviceId);
      lines.push(
        `  ・${documentTitle(d.documentId)}${service ? `「${service.name}」` : ''}（${FILING_MODES[d.mode]}）: ${FILING_ANSWERS[d.answer]}${d.answeredOn ? ` ${d.answeredOn}` : ''}`,
      );
    }
  }
  for (const s of after.services) {
    const old = before.services.find((x) => x.id === s.id);
    if (old && (old.status !== s.status || old.aspCode !== s.aspCode))
      lines.push(
        `  サービス「${s.name}」: ${SERVICE_STATUSES[s.status]}${s.aspCode ? `（ASPコード ${s.aspCode}）` : ''}`,
      );
  }
  if (before.procedure.participationAccepted !== after.procedure.participationAccepted)
    lines.push(
      `  参加資格審査: ${after.procedure.participationAccepted ? '受理' : '未受理'}（申込区分 ${PARTICIPATION_MODES[after.procedure.participationMode]}）`,
    );
  return `${lines.join('\n')}\n`;
}

export const run: CliCommand = async (args, io) => {
  const fileArg = args[0] !== undefined && !args[0].startsWith('-') ? args[0] : undefined;
  let next: Workspace;
  let before: Workspace;
  let path: string;
  try {
    const values = parseOptions(fileArg === undefined ? args : args.slice(1), {
      filed: { type: 'boolean' },
      accepted: { type: 'boolean' },
      rejected: { type: 'boolean' },
      returned: { type: 'boolean' },
      date: { type: 'string' },
      'mail-number': { type: 'string' },
      note: { type: 'string' },
      'asp-code': { type: 'string', multiple: true },
      'portal-user-id': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(usage);
      return 0;
    }
    if (fileArg === undefined) throw new UsageError('案件ファイルを指定してください。');
    const actions = (['filed', 'accepted', 'rejected', 'returned'] as const).filter((k) => values[k]);
    if (actions.length !== 1)
      throw new UsageError(
        actions.length === 0
          ? '--filed（提出）か --accepted / --rejected / --returned（J-LISの回答）のどれか一つを指定してください。'
          : `--${actions.join(' と --')} は同時に指定できません。一つずつ記録してください。`,
      );
    const action = actions[0] ?? 'filed';
    if (values.date === undefined)
      throw new UsageError('--date で日付を YYYY-MM-DD の形で指定してください。');
    if (action === 'filed' && (values['asp-code'] !== undefined || values['portal-user-id']))
      throw new UsageError(
        '--asp-code と --portal-user-id は、J-LISの回答（--accepted）と一緒に指定します。',
      );
    const codes = parseCodes(values['asp-code'] ?? []);
    path = resolve(io.cwd, fileArg);
    const loaded = await readWorkspaceFile(path);
    if (loaded.readOnly)
      throw new WorkspaceFileError(
        `案件ファイル「${path}」は新しい版のアプリで保存されているため、この版では記録を書き込めません。最新版のアプリをお使いください。`,
      );
    before = loaded.workspace;
    next =
      action === 'filed'
        ? recordFiling(before, {
            filedOn: values.date,
            ...(values['mail-number'] ? { certifiedMailNumber: values['mail-number'] } : {}),
            ...(values.note ? { note: values.note } : {}),
          })
        : recordAnswer(before, {
            answer: action,
            answeredOn: values.date,
            aspCodes: codes,
            ...(values['portal-user-id'] ? { portalUserIdIssued: true } : {}),
            ...(values.note ? { note: values.note } : {}),
          });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof RecordError || error instanceof WorkspaceFileError) {
      io.stderr(`${error.message}\n案件ファイルは変更していません。\n`);
      return 2;
    }
    throw error;
  }
  await writeWorkspaceFile(path, next);
  io.stdout(summary(before, next));
  io.stdout(`記録を ${path} に保存しました。\n`);
  return 0;
};
