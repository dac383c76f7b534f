/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 提出書類チェックリスト: every document this workspace needs, why, and what goes with it, with a box to
 * tick by hand while putting the envelope together.
 */
import { Text } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import {
  CONTENT_WIDTH_MM,
  Cell,
  ContinuedTable,
  DateLine,
  FieldText,
  Title,
  UNCHECKED,
  chunks,
  mm,
} from '../_kit/index.js';
import { enclosureName } from '../cover-letter/template.js';
import type { Enclosure, FormTemplate, TemplateContext } from '../_parts/context.js';
import { FormDocument, GridRow, Paragraph } from '../_parts/layout.js';

/** Marks an attachment the document needs that is not there (the check reports it as an error). */
const MISSING = '×';

const BOX_MM = 12;
const NO_MM = 9;
const REASON_MM = 62;
const TITLE_MM = CONTENT_WIDTH_MM - BOX_MM - NO_MM - REASON_MM;
/** A row is never split, so a document with many attachments continues in further rows. */
const ATTACHMENTS_PER_ROW = 20;
const rowsOf = (e: Enclosure) => chunks(e.attachments, ATTACHMENTS_PER_ROW);

/** Checks before mailing that apply to every packet (002 §5.1.1(1), 003 on mailing paper forms). */
const FINAL_CHECKS = [
  '日付・申込者の記載に誤りがない',
  '押印欄のある書類に押印した（印の枠がある場合）',
  '「下書き」の表示がない（入力内容の点検でエラーがない状態で出力した）',
  '控えとして全書類の写しを保管した',
];

function Checklist(context: TemplateContext): ReactElement {
  const { workspace } = context;
  // What goes to J-LIS: the official forms and their attachments, missing ones shown as missing.
  const documents = context.enclosures.filter((e) => e.kind === 'official');
  return (
    <FormDocument context={context}>
      <DateLine date={context.date} />
      <Title>提出書類チェックリスト</Title>
      <Paragraph
        indent={false}
      >{`案件: ${workspace.title || workspace.provider.name}\u3000／\u3000申込者: ${workspace.provider.name}`}</Paragraph>
      <Paragraph indent={false}>
        封入する前に、各書類と添付資料がそろっていることを確認し、確認欄に印を付けてください。
      </Paragraph>
      <ContinuedTable
        marginTopMm={2}
        head={
          <GridRow minHeightMm={7}>
            <Cell widthMm={BOX_MM} label align="center">
              確認
            </Cell>
            <Cell widthMm={NO_MM} label align="center">
              No.
            </Cell>
            <Cell widthMm={TITLE_MM} label align="center">
              書類・添付資料
            </Cell>
            <Cell widthMm={REASON_MM} label align="center">
              必要な理由
            </Cell>
          </GridRow>
        }
      >
        {documents.flatMap((e, i) =>
          rowsOf(e).map((attachments, part) => (
            <GridRow key={`${e.documentId}-${i}-${part}`}>
              <Cell widthMm={BOX_MM} align="center">
                <Text style={{ fontSize: 14 }}>{UNCHECKED}</Text>
              </Cell>
              <Cell widthMm={NO_MM} align="center">
                {part === 0 ? String(i + 1) : ''}
              </Cell>
              <Cell widthMm={TITLE_MM}>
                <FieldText
                  field={`書類${i + 1}`}
                  text={part === 0 ? enclosureName(e) : `${enclosureName(e)}（続き）`}
                  maxLines={3}
                />
                {attachments.map((a, j) => (
                  <FieldText
                    key={j}
                    field={`書類${i + 1}の添付資料`}
                    text={`${UNCHECKED} ${a.kindLabel}\u3000${a.caption}`}
                    maxLines={2}
                    fontSizePt={9}
                  />
                ))}
                {part === rowsOf(e).length - 1
                  ? (e.missing ?? []).map((name, j) => (
                      <FieldText
                        key={`missing-${j}`}
                        field={`書類${i + 1}の未添付資料`}
                        text={`${MISSING} 未添付: ${name}（添付してから封入してください）`}
                        maxLines={2}
                        fontSizePt={9}
                      />
                    ))
                  : null}
              </Cell>
              <Cell widthMm={REASON_MM}>
                {part === 0 ? (
                  <FieldText field={`書類${i + 1}が必要な理由`} text={e.reason} maxLines={4} fontSizePt={9} />
                ) : null}
              </Cell>
            </GridRow>
          )),
        )}
      </ContinuedTable>
      <Text style={{ marginTop: mm(5), marginBottom: mm(1), fontWeight: 700 }}>郵送前の確認</Text>
      {FINAL_CHECKS.map((c) => (
        <Text key={c} style={{ marginLeft: mm(2) }}>{`${UNCHECKED} ${c}`}</Text>
      ))}
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => Checklist(context);
