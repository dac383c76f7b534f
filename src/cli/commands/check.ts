/**
 * `check <workspace.json> [--json] [--date YYYY-MM-DD]`: the completeness report of one workspace.
 * Exit 1 when any finding is an error, 2 when the file cannot be read or parsed, else 0.
 */
import { resolve } from 'node:path';
import { WorkspaceSchema, type Workspace } from '../../shared/model/index.js';
import { checkWorkspace, RULES, type CheckResult, type Finding } from '../../shared/rules/engine.js';
import { isIsoDate } from '../../shared/schedule/dates.js';
import type { CliCommand } from '../io.js';
import { parseCommandLine } from '../parse-options.js';
import { readJsonFile, WorkspaceFileError } from '../workspace-file.js';
import { describeSource } from '../../shared/sources/seeds.js';

const usage = `使い方: npm run cli -- check <案件ファイル.json> [--json] [--date YYYY-MM-DD]
       npm run cli -- check --rules
  --json   結果をJSONで出力します
  --date   期限を判定する日（既定は今日）
  --rules  点検する規則の一覧（規則ID・重要度・内容・根拠）を表示します
`;

/**
 * Unlike the commands that write the file back, check reads it as it stands: no migration or
 * repair, so it reports what the file holds.
 */
async function readWorkspace(path: string): Promise<Workspace> {
  const raw = await readJsonFile(path);
  const parsed = WorkspaceSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WorkspaceFileError(
      `案件ファイル「${path}」の形式が正しくありません（${issue ? `${issue.path.join('.') || '全体'}: ${issue.message}` : '不明'}）。アプリから書き出した案件ファイルを指定してください。`,
    );
  }
  return parsed.data;
}

const LABEL = { error: 'エラー', warning: '注意', info: '参考' } as const;

function human(result: CheckResult): string {
  const titles = new Map(result.requiredDocuments.map((d) => [d.id, d.title]));
  const lines: string[] = [`提出する書類（${result.requiredDocuments.length}種類）`];
  for (const d of result.requiredDocuments)
    lines.push(`  ・${d.title} — ${d.reason}（根拠: ${describeSource(d.source)}）`);
  const count = (s: Finding['severity']) => result.findings.filter((f) => f.severity === s).length;
  lines.push('', `点検結果: エラー ${count('error')}件、注意 ${count('warning')}件、参考 ${count('info')}件`);
  for (const f of result.findings) {
    const docs = f.documents.map((id) => titles.get(id) ?? id);
    lines.push(`  [${LABEL[f.severity]}] ${f.message}`);
    if (docs.length > 0) lines.push(`      書類: ${[...new Set(docs)].join('、')}`);
    if (f.paths.length > 0) lines.push(`      項目: ${f.paths.join(', ')}`);
    if (f.fix) lines.push(`      修正案: ${f.fix.path} を「${f.fix.value}」に`);
    lines.push(`      根拠: ${describeSource(f.source)}`);
  }
  lines.push(
    '',
    count('error') > 0
      ? 'エラーを直すと清書の書類を出力できます。'
      : 'エラーはありません。書類を出力できます（npm run cli -- render）。',
  );
  return `${lines.join('\n')}\n`;
}

function json(result: CheckResult): string {
  return `${JSON.stringify(
    {
      requiredDocuments: result.requiredDocuments.map((d) => ({
        id: d.id,
        reason: d.reason,
        ...(d.serviceId !== undefined ? { serviceId: d.serviceId } : {}),
      })),
      findings: result.findings.map(({ ruleId, severity, message, paths, documents, source }) => ({
        ruleId,
        severity,
        message,
        paths,
        documents,
        source,
      })),
    },
    null,
    2,
  )}\n`;
}

export const run: CliCommand = async (args, io) => {
  const parsed = parseCommandLine(args, io, usage, {
    json: { type: 'boolean' },
    date: { type: 'string' },
    rules: { type: 'boolean' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.rules) {
    io.stdout(
      RULES.map((r) => `${r.id}\t${LABEL[r.severity]}\t${r.title}\t根拠: ${describeSource(r.source)}`).join(
        '\n',
      ) + '\n',
    );
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr(
      `${file === undefined ? '案件ファイルを指定してください。' : `余分な引数があります: ${extra.join(' ')}`}\n\n${usage}`,
    );
    return 2;
  }
  if (values.date !== undefined && !isIsoDate(values.date)) {
    io.stderr(`--date の値「${values.date}」は日付ではありません。YYYY-MM-DD の形で指定してください。\n`);
    return 2;
  }
  let workspace: Workspace;
  try {
    workspace = await readWorkspace(resolve(io.cwd, file));
  } catch (error) {
    if (error instanceof WorkspaceFileError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const result = checkWorkspace(workspace, values.date !== undefined ? { today: values.date } : {});
  io.stdout(values.json ? json(result) : human(result));
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
};
