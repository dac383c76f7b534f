/** @jsxRuntime automatic @jsxImportSource react */
/**
 * スケジュール表: the procedure steps planned back from each hosting service's desired connection date
 * as a Gantt chart, with the steps already late on the day of printing marked (lead times from
 * 001_5b371a93b315b6e8.txt 手続の流れ).
 */
import { Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { buildScheduleView, planSchedule, type ScheduleView } from '../../src/shared/schedule/index.js';
import type { HoService } from '../../src/shared/model/index.js';
import { layoutLines } from '../../src/shared/text/fit.js';
import { PT_TO_MM } from '../../src/shared/text/font-data.js';
import { formatWareki, todayIso } from '../../src/shared/text/wareki.js';
import { CONTENT_WIDTH_MM, DateLine, RULE_COLOR, Title, mm } from '../_kit/index.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { FormDocument, Note, Paragraph } from '../_parts/layout.js';

const NAME_MM = 50;
const DATES_MM = 34;
const CHART_MM = CONTENT_WIDTH_MM - NAME_MM - DATES_MM;
const ROW_MM = 9;
const CELL_PAD_MM = 1;
const LEADING = 1.45;
const STEP_PT = 8.5;
const WHO_PT = 7;
const BAR_MM = 4;

/**
 * A step's name and its who/how-long line, broken to the name column (never cut off with 「…」: a
 * row grows by the lines it needs), and the row's height.
 */
function stepRows(view: ScheduleView) {
  const width = (NAME_MM - 2 * CELL_PAD_MM) * 0.97;
  let top = 0;
  return view.steps.map((s) => {
    const name = layoutLines(`${s.late ? '【遅延】' : ''}${s.shortName}`, width, STEP_PT);
    const who = layoutLines(`${s.actorLabel}・${s.durationLabel}`, width, WHO_PT, 'serif-400', [
      s.durationLabel,
    ]);
    const textMm = (name.length * STEP_PT + who.length * WHO_PT) * LEADING * PT_TO_MM;
    const height = Math.max(ROW_MM, textMm + 2 * CELL_PAD_MM + 0.6);
    const row = { step: s, name, who, top, height };
    top += height;
    return row;
  });
}

function shortWareki(iso: string): string {
  return formatWareki(iso).replace(/^令和/, 'R');
}

function Gantt({ view }: { view: ScheduleView }): ReactElement {
  const chart = mm(CHART_MM);
  const rows = stepRows(view);
  const height = rows.reduce((sum, r) => sum + r.height, 0);
  return (
    <View style={{ marginTop: mm(2), borderTopWidth: 0.75, borderLeftWidth: 0.75, borderColor: RULE_COLOR }}>
      <View
        wrap={false}
        style={{ flexDirection: 'row', backgroundColor: '#eeeeee', borderBottomWidth: 0.75 }}
      >
        <Text style={{ width: mm(NAME_MM), padding: mm(1), fontSize: 9, borderRightWidth: 0.75 }}>手続</Text>
        <Text style={{ width: mm(DATES_MM), padding: mm(1), fontSize: 9, borderRightWidth: 0.75 }}>
          開始期限〜完了期限
        </Text>
        <View style={{ width: chart, height: mm(7), borderRightWidth: 0.75 }}>
          {view.chart.months.map((m) => (
            <Text
              key={m.start}
              style={{ position: 'absolute', left: m.at * chart + 1, top: mm(1.5), fontSize: 6.5 }}
            >{`${Number(m.start.slice(5, 7))}月`}</Text>
          ))}
        </View>
      </View>
      <View wrap={false} style={{ flexDirection: 'row' }}>
        <View style={{ width: mm(NAME_MM + DATES_MM) }}>
          {rows.map(({ step: s, name, who, height: rowMm }) => (
            <View key={s.id} style={{ flexDirection: 'row', height: mm(rowMm), borderBottomWidth: 0.5 }}>
              <View style={{ width: mm(NAME_MM), padding: mm(CELL_PAD_MM), borderRightWidth: 0.75 }}>
                {name.map((line, i) => (
                  <Text key={`n${i}`} style={{ fontSize: STEP_PT, lineHeight: LEADING }}>
                    {line}
                  </Text>
                ))}
                {who.map((line, i) => (
                  <Text key={`w${i}`} style={{ fontSize: WHO_PT, lineHeight: LEADING, color: '#444444' }}>
                    {line}
                  </Text>
                ))}
              </View>
              <View style={{ width: mm(DATES_MM), padding: mm(CELL_PAD_MM), borderRightWidth: 0.75 }}>
                <Text style={{ fontSize: 7.5, lineHeight: LEADING }}>{`${shortWareki(s.start)}〜`}</Text>
                <Text style={{ fontSize: 7.5, lineHeight: LEADING }}>{shortWareki(s.end)}</Text>
              </View>
            </View>
          ))}
        </View>
        <View style={{ width: chart, height: mm(height), borderRightWidth: 0.75, borderBottomWidth: 0.5 }}>
          {view.chart.months.map((m) => (
            <View
              key={m.start}
              style={{
                position: 'absolute',
                left: m.at * chart,
                top: 0,
                width: 0,
                height: mm(height),
                borderLeftWidth: 0.25,
                borderColor: '#bbbbbb',
              }}
            />
          ))}
          {rows.map(({ step: s, top, height: rowMm }) => (
            <View
              key={s.id}
              style={{
                position: 'absolute',
                left: s.bar.from * chart,
                top: mm(top + (rowMm - BAR_MM) / 2),
                width: Math.max(2, (s.bar.to - s.bar.from) * chart),
                height: mm(BAR_MM),
                backgroundColor: s.late ? '#c00000' : '#4a6fa5',
              }}
            />
          ))}
          <View
            style={{
              position: 'absolute',
              left: view.chart.targetAt * chart,
              top: 0,
              width: 0,
              height: mm(height),
              borderLeftWidth: 1.5,
              borderColor: '#000000',
            }}
          />
          {view.chart.todayAt !== undefined ? (
            <View
              style={{
                position: 'absolute',
                left: view.chart.todayAt * chart,
                top: 0,
                width: 0,
                height: mm(height),
                borderLeftWidth: 1,
                borderStyle: 'dashed',
                borderColor: '#c00000',
              }}
            />
          ) : null}
        </View>
      </View>
    </View>
  );
}

function Schedule(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const today = context.date ?? todayIso();
  const services = workspace.services.filter(
    (s): s is HoService => s.kind === 'HO' && (context.serviceId === undefined || s.id === context.serviceId),
  );
  return (
    <FormDocument context={context}>
      <DateLine date={context.date} />
      <Title>LGWAN-ASP手続スケジュール表</Title>
      <Paragraph
        indent={false}
      >{`サービス提供者: ${workspace.provider.name}\u3000／\u3000${formatWareki(today)}時点`}</Paragraph>
      {services.map((ho) => {
        if (!ho.desiredConnectionDate) {
          return (
            <Paragraph
              key={ho.id}
            >{`「${ho.name}」は接続希望日が未入力のため、スケジュールを作成できません。接続希望日を入力してください。`}</Paragraph>
          );
        }
        const view = buildScheduleView(
          planSchedule({ kind: 'hosting', target: ho.desiredConnectionDate, today }),
        );
        return (
          <View key={ho.id} style={{ marginBottom: mm(6) }}>
            <Text
              style={{ fontWeight: 700, marginTop: mm(2) }}
            >{`${ho.name}（${view.targetLabel}: ${formatWareki(view.target)}）`}</Text>
            <Paragraph indent={false} sizePt={9.5}>
              {view.summary}
            </Paragraph>
            <Gantt view={view} />
            <Note>{`※縦の太線は${view.targetLabel}、赤の破線は本日、赤の棒は開始期限を過ぎた手続です。${view.basisText}`}</Note>
            {view.notes.map((n) => (
              <Note key={n}>{`※${n}`}</Note>
            ))}
            <Note>{`出典: ${view.source}（所要期間データ ${view.leadTimesVersion}）`}</Note>
          </View>
        );
      })}
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => Schedule(context);
