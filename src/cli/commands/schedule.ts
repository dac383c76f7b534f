import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  buildScheduleIcs,
  buildScheduleView,
  loadLeadTimes,
  planSchedule,
  ScheduleInputError,
  todayInTokyo,
  type ScheduleView,
} from '../../shared/schedule/index.js';
import type { CliCommand } from '../io.js';
import { choice, optionsCommand, padEndWidth, UsageError } from '../parse-options.js';

const usage = `使い方: npm run cli -- schedule --kind <hosting|facility|communication> --target <YYYY-MM-DD>
         [--today YYYY-MM-DD] [--json] [--ics <ファイル>]
  --kind      手続の種類: hosting（ホスティングサービス） facility（ファシリティサービス） communication（通信サービス）
  --target    目標日: hosting は LGWAN接続日、facility・communication は登録日（受理通知・ASPコード発行）
  --today     遅れを判定する日（既定: 日本時間の今日）
  --basis     upper（目安の長い方で逆算、既定） lower（短い方で逆算）
  --with      任意の手続を含める（例: --with participation-certification … 区分⑦の参加資格認定）
  --without   任意の手続を除く（例: --without application-certificate … 証明書を使わない場合）
  --ics       各手続を予定として書き出す iCalendar（.ics）ファイル
  --json      結果をJSONで出力
`;

const options = {
  kind: { type: 'string' },
  target: { type: 'string' },
  today: { type: 'string' },
  basis: { type: 'string' },
  with: { type: 'string', multiple: true },
  without: { type: 'string', multiple: true },
  ics: { type: 'string' },
  json: { type: 'boolean' },
} as const;

function renderText(view: ScheduleView, excludedHint: string): string {
  const rows = view.steps.map(
    (s) =>
      `  ${s.late ? '遅れ' : '    '}  ${s.start} 〜 ${s.end}  ${padEndWidth(s.shortName, 24)}${padEndWidth(s.durationLabel, 12)}${s.late ? s.statusText : ''}`,
  );
  return [
    view.title,
    `  ${view.targetLabel}: ${view.target}    判定日: ${view.today}`,
    '',
    `  ${'    '}  遅くとも開始 〜 終了の期限  ${padEndWidth('手続', 24)}${padEndWidth('期間の目安', 12)}`,
    ...rows,
    `  ${'    '}  ${view.target}               ${view.targetLabel}`,
    '',
    view.summary,
    view.basisText,
    ...(excludedHint ? ['', excludedHint] : []),
    '',
    `出典: ${view.source}（手続期間の目安 ${view.leadTimesVersion}版）`,
    '',
  ].join('\n');
}

export const run: CliCommand = optionsCommand(
  usage,
  options,
  async (values, io) => {
    const leadTimes = loadLeadTimes();
    const kind = choice(
      'kind',
      values.kind,
      Object.fromEntries(Object.entries(leadTimes.flows).map(([k, f]) => [k, f.label])) as Record<
        keyof typeof leadTimes.flows,
        string
      >,
      true,
    );
    if (values.target === undefined) {
      throw new UsageError(
        `--target を指定してください（${leadTimes.flows[kind].targetLabel}、YYYY-MM-DD）。`,
      );
    }
    const basis = choice('basis', values.basis, { upper: '目安の長い方', lower: '目安の短い方' }, false);
    const include: Record<string, boolean> = {};
    for (const id of values.with ?? []) include[id] = true;
    for (const id of values.without ?? []) include[id] = false;

    const plan = planSchedule({
      kind,
      target: values.target,
      today: values.today ?? todayInTokyo(),
      ...(basis ? { basis } : {}),
      include,
    });
    const view = buildScheduleView(plan);

    let icsPath: string | undefined;
    if (values.ics !== undefined) {
      icsPath = resolve(io.cwd, values.ics);
      await mkdir(dirname(icsPath), { recursive: true });
      await writeFile(icsPath, buildScheduleIcs(plan), 'utf8');
    }

    if (values.json) {
      io.stdout(`${JSON.stringify({ ...plan, ...(icsPath ? { icsFile: icsPath } : {}) }, null, 2)}\n`);
    } else {
      const hint = plan.excluded
        .map((e) => `含めていない任意の手続: ${e.name}（${e.when}。--with ${e.id}）`)
        .join('\n');
      io.stdout(renderText(view, hint));
      if (icsPath) io.stdout(`カレンダーファイルを書き出しました: ${icsPath}\n`);
    }
    return 0;
  },
  (error) => (error instanceof ScheduleInputError ? error.message : undefined),
);
