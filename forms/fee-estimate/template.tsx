/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 料金試算書: the LGWAN-ASP connection fees of each hosting service, from the versioned fee table
 * (000_768f57b56e1ca9c0.txt / 001_5b371a93b315b6e8.txt 第四次LGWAN移行後のLGWAN-ASP接続料金 (1), notes 1–6).
 */
import { Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import {
  FeeInputError,
  buildFeeEstimateView,
  feeInputForHosting,
  type FeeEstimateView,
} from '../../src/shared/fees/index.js';
import { changeFeesForHosting, type ChangeFees } from '../../src/shared/fees/change-fees.js';
import type { HoService } from '../../src/shared/model/index.js';
import { CONTENT_WIDTH_MM, Cell, DateLine, FieldText, Title, mm } from '../_kit/index.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { FormDocument, GridRow, Note, Paragraph } from '../_parts/layout.js';

const LABEL_MM = 52;
const BASIS_MM = 62;
const AMOUNT_MM = CONTENT_WIDTH_MM - LABEL_MM - BASIS_MM;

function Rows({
  heading,
  rows,
  total,
}: {
  heading: string;
  rows: FeeEstimateView['annual']['rows'];
  total: string;
}): ReactElement {
  return (
    <View style={{ marginTop: mm(3) }}>
      <GridRow minHeightMm={7}>
        <Cell widthMm={LABEL_MM} label>
          {heading}
        </Cell>
        <Cell widthMm={BASIS_MM} label align="center">
          算定の基礎
        </Cell>
        <Cell widthMm={AMOUNT_MM} label align="center">
          金額（税抜）
        </Cell>
      </GridRow>
      {rows.map((r) => (
        <GridRow key={r.id}>
          <Cell widthMm={LABEL_MM}>
            <FieldText field={r.label} text={r.label} maxLines={2} />
          </Cell>
          <Cell widthMm={BASIS_MM}>
            <FieldText
              field={`${r.label}の算定の基礎`}
              text={r.exemptionText ? `${r.basis}（${r.exemptionText}）` : r.basis}
              maxLines={3}
              fontSizePt={9}
            />
          </Cell>
          <Cell widthMm={AMOUNT_MM} align="right">
            {r.amountText}
          </Cell>
        </GridRow>
      ))}
      <GridRow>
        <Cell widthMm={LABEL_MM + BASIS_MM} align="right">
          合計
        </Cell>
        <Cell widthMm={AMOUNT_MM} align="right" bold>
          {total}
        </Cell>
      </GridRow>
    </View>
  );
}

function Estimate({
  ho,
  view,
  change,
}: {
  ho: HoService;
  view: FeeEstimateView;
  change: ChangeFees | null;
}): ReactElement {
  return (
    <View style={{ marginBottom: mm(3) }}>
      <Text style={{ fontWeight: 700, marginTop: mm(2) }}>
        {`ホスティングサービス: ${ho.name}${change ? '（接続申込書の変更）' : ''}`}
      </Text>
      <Paragraph indent={false} sizePt={9.5}>
        {view.conditions.map((c) => `${c.label}: ${c.value}`).join('／')}
      </Paragraph>
      <Rows heading="年額の料金" rows={view.annual.rows} total={view.annual.totalText} />
      <Paragraph
        indent={false}
        sizePt={9.5}
      >{`月払いの場合の月額: ${view.monthly.text}（${view.monthly.rule}）`}</Paragraph>
      {change ? (
        // A registered hosting paid its first-connection fees already: what a change brings is
        // priced instead (001 接続料金 (1): LGWAN設定料「新規及び変更の都度」, per address, per protocol).
        <>
          <Rows heading="変更に伴う一時費用" rows={change.rows} total={change.totalText} />
          <Paragraph indent={false} sizePt={9.5}>
            {`受理された接続申込書との比較: ${change.counted.join('、')}`}
          </Paragraph>
        </>
      ) : (
        <Rows heading="一時費用" rows={view.oneTime.rows} total={view.oneTime.totalText} />
      )}
      <View style={{ marginTop: mm(2) }}>
        {(change
          ? [...view.taxIncluded.rows.filter((r) => r.id !== 'oneTime'), change.taxIncluded]
          : view.taxIncluded.rows
        ).map((r) => (
          <Text key={r.label} style={{ fontSize: 9.5 }}>{`${r.label}: ${r.text}`}</Text>
        ))}
        <Text style={{ fontSize: 8.5 }}>{view.taxIncluded.rule}</Text>
      </View>
      {view.notes.map((n) => (
        <Note key={n.label}>{`${n.label}\u3000${n.text}（${n.source}）`}</Note>
      ))}
    </View>
  );
}

function FeeEstimate(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const services = workspace.services.filter(
    (s): s is HoService => s.kind === 'HO' && (context.serviceId === undefined || s.id === context.serviceId),
  );
  const today = context.date ?? undefined;
  const views = services.map(
    (ho): { ho: HoService; view?: FeeEstimateView; change?: ChangeFees | null; problem?: string } => {
      // The same mapping as the 料金試算 screen and the fee-reduction form; nothing is guessed here.
      const mapped = feeInputForHosting(workspace, ho);
      if (!mapped.ok) {
        const items = mapped.missing.map((m) => `「${m.label}」`).join('、');
        return { ho, problem: `${items}を入力すると試算できます。` };
      }
      const change = changeFeesForHosting(workspace, ho, today ? { taxDate: today } : {});
      try {
        const view = buildFeeEstimateView(mapped.input, today ? { taxDate: today } : {});
        return { ho, view, change: change?.ok ? change : null };
      } catch (error) {
        // The fee table does not price this combination: say why on the sheet instead of failing the packet.
        if (error instanceof FeeInputError) return { ho, problem: error.message };
        throw error;
      }
    },
  );
  const table = views.find((v) => v.view)?.view?.feeTable;
  return (
    <FormDocument context={context}>
      <DateLine date={context.date} />
      <Title>LGWAN-ASP接続料金 試算書</Title>
      <Paragraph indent={false}>{`サービス提供者: ${workspace.provider.name}`}</Paragraph>
      {views.length === 0 ? (
        <Paragraph>ホスティングサービスがないため、LGWAN-ASP接続料金は発生しません。</Paragraph>
      ) : null}
      {views.map(({ ho, view, change, problem }) =>
        view ? (
          <Estimate key={ho.id} ho={ho} view={view} change={change ?? null} />
        ) : (
          <Paragraph
            key={ho.id}
          >{`ホスティングサービス「${ho.name}」の料金はまだ試算できません。${problem ?? ''}`}</Paragraph>
        ),
      )}
      {table ? (
        // The table's sources are cited line by line above (notes), so only its edition is named here.
        <Note>{`※試算の基礎: ${table.title}（${table.version}、${table.effectiveFrom}適用）。実際の請求額はJ-LISの請求によります。`}</Note>
      ) : null}
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => FeeEstimate(context);
