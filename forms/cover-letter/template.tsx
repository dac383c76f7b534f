/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 送付状: the letter on top of the packet listing every official form enclosed, in packet order, with
 * its page count and attachments, so J-LIS can check the envelope's contents at a glance.
 */
import { Text } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import {
  Addressee,
  CONTENT_WIDTH_MM,
  Cell,
  ContinuedTable,
  DateLine,
  FieldText,
  KiMark,
  PartyBlock,
  Title,
  mm,
} from '../_kit/index.js';
import type { Enclosure, FormTemplate, TemplateContext } from '../_parts/context.js';
import { addressLine, departmentTitleName } from '../_parts/format.js';
import { FormDocument, GridRow, Paragraph } from '../_parts/layout.js';

const NO_MM = 10;
const PAGES_MM = 20;
const TITLE_MM = CONTENT_WIDTH_MM - NO_MM - PAGES_MM;

/** 「ファシリティ写真 5枚、認証取得証明書の写し 1枚」: what is attached, counted by kind. */
export function attachmentCounts(e: Enclosure): string {
  const counts = new Map<string, number>();
  for (const a of e.attachments) counts.set(a.kindLabel, (counts.get(a.kindLabel) ?? 0) + a.pages);
  return [...counts].map(([kind, n]) => `${kind} ${n}枚`).join('、');
}

export function enclosureName(e: Enclosure): string {
  return e.serviceName ? `${e.title}（${e.serviceName}）` : e.title;
}

function CoverLetter(context: TemplateContext): ReactElement {
  const { provider, contacts, mailing } = context.workspace;
  const person = contacts.person;
  // Only what J-LIS receives: the official forms with their attachments (no label, checklist or
  // planning aid, which the sender keeps).
  const documents = context.enclosures.filter((e) => e.kind === 'official');
  const totalPages = documents.reduce(
    (n, e) => n + e.pages + e.attachments.reduce((m, a) => m + a.pages, 0),
    0,
  );
  return (
    <FormDocument context={context}>
      <DateLine date={context.date} />
      <Addressee
        organisation={mailing.recipient.split(/\s+/)[0] ?? mailing.recipient}
        post={mailing.recipient.split(/\s+/).slice(1).join('\u3000')}
        honorific="御中"
      />
      <PartyBlock
        heading="（差出人）"
        lines={[
          { label: '所在地', value: addressLine(provider.address), field: '差出人の所在地' },
          { label: '名称', value: provider.name, field: '差出人の名称' },
          { label: '担当者', value: departmentTitleName(person), field: '担当者' },
          { label: '電話番号', value: person.phone, field: '担当者の電話番号' },
          { label: 'E-mail', value: person.emailInternet, field: '担当者のE-mail' },
        ]}
      />
      <Title>送付状</Title>
      <Paragraph>{'拝啓\u3000時下ますますご清栄のこととお慶び申し上げます。'}</Paragraph>
      <Paragraph>
        総合行政ネットワークASPの登録及び接続に関する申込書類を下記のとおり送付いたしますので、ご査収のほどよろしくお願い申し上げます。
      </Paragraph>
      <Text style={{ textAlign: 'right', marginBottom: mm(2) }}>敬具</Text>
      <KiMark />
      <ContinuedTable
        marginTopMm={1}
        head={
          <GridRow minHeightMm={7}>
            <Cell widthMm={NO_MM} label align="center">
              No.
            </Cell>
            <Cell widthMm={TITLE_MM} label align="center">
              書類名（添付資料）
            </Cell>
            <Cell widthMm={PAGES_MM} label align="center">
              枚数
            </Cell>
          </GridRow>
        }
      >
        {documents.map((e, i) => (
          <GridRow key={`${e.documentId}-${i}`}>
            <Cell widthMm={NO_MM} align="center">
              {String(i + 1)}
            </Cell>
            <Cell widthMm={TITLE_MM}>
              <FieldText field={`送付書類${i + 1}`} text={enclosureName(e)} maxLines={3} />
              {e.attachments.length > 0 ? (
                <FieldText
                  field={`送付書類${i + 1}の添付資料`}
                  text={`添付: ${attachmentCounts(e)}`}
                  maxLines={3}
                  fontSizePt={9}
                />
              ) : null}
            </Cell>
            <Cell widthMm={PAGES_MM} align="right">
              {`${e.pages + e.attachments.reduce((m, a) => m + a.pages, 0)}枚`}
            </Cell>
          </GridRow>
        ))}
        <GridRow>
          <Cell widthMm={NO_MM + TITLE_MM} align="right">
            {`計 ${documents.length}件`}
          </Cell>
          <Cell widthMm={PAGES_MM} align="right">
            {`${totalPages}枚`}
          </Cell>
        </GridRow>
      </ContinuedTable>
      <Text style={{ textAlign: 'right', marginTop: mm(3) }}>以上</Text>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => CoverLetter(context);
