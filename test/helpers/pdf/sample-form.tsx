/** @jsxRuntime automatic @jsxImportSource react */
/** A one-page form built only from the kit, shaped like the J-LIS application forms, for tests. */
import { Document, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import {
  Addressee,
  ApplicantBlock,
  Cell,
  CheckBoxGroup,
  CONTENT_WIDTH_MM,
  DateLine,
  FieldText,
  FormPage,
  LabelCell,
  LeadSentence,
  Row,
  RuledTable,
  Title,
} from '../../../forms/_kit/index.js';

export const SAMPLE_TITLE = '総合行政ネットワークASPファシリティサービス登録申込書';

export interface SampleFormInput {
  date?: string | null;
  draft?: boolean;
  overview?: string;
  facilityName?: string;
  contactUrl?: string;
}

const LABEL_MM = 42;
const VALUE_MM = CONTENT_WIDTH_MM - LABEL_MM;

export function SampleForm({
  date = '2026-11-22',
  draft = false,
  overview = '耐震構造の専用建物に設置したデータセンターで、電源の二重化、無停電電源装置及び非常用発電機を備え、入退室は生体認証により管理しています。',
  facilityName = '髙橋データセンター第一棟（𠮷田ビル）',
  contactUrl = 'https://www.example.co.jp/lgwan-asp/facility/application-guide/index.html',
}: SampleFormInput): ReactElement {
  return (
    <Document title={SAMPLE_TITLE} language="ja-JP">
      <FormPage draft={draft} footerNote="様式 2026-04 版">
        <DateLine date={date} />
        <Addressee />
        <ApplicantBlock
          address="〒102-8419 東京都千代田区一番町25番地"
          name="株式会社齋藤情報システム"
          person="代表取締役　﨑山 徳之"
          seal
        />
        <Title>{SAMPLE_TITLE}</Title>
        <LeadSentence />
        <RuledTable>
          <Row>
            <LabelCell widthMm={LABEL_MM}>申込区分</LabelCell>
            <Cell widthMm={VALUE_MM}>
              <CheckBoxGroup
                options={[
                  { value: 'new', label: '新規登録' },
                  { value: 'change', label: '変更' },
                ]}
                selected={['new']}
              />
            </Cell>
          </Row>
          <Row>
            <LabelCell widthMm={LABEL_MM}>ファシリティ名称</LabelCell>
            <Cell widthMm={VALUE_MM}>
              <FieldText field="ファシリティ名称" text={facilityName} />
            </Cell>
          </Row>
          <Row minHeightMm={24}>
            <LabelCell widthMm={LABEL_MM}>サービス概要</LabelCell>
            <Cell widthMm={VALUE_MM} valign="top">
              <FieldText field="サービス概要" text={overview} maxLines={4} />
            </Cell>
          </Row>
          <Row>
            <LabelCell widthMm={LABEL_MM}>所在地</LabelCell>
            <Cell widthMm={50}>
              <FieldText field="所在地" text="東京都千代田区" />
            </Cell>
            <LabelCell widthMm={28}>電話番号</LabelCell>
            <Cell widthMm={VALUE_MM - 50 - 28}>
              <FieldText field="電話番号" text="03-5214-8000" />
            </Cell>
          </Row>
          <Row>
            <LabelCell widthMm={LABEL_MM}>案内ページ</LabelCell>
            <Cell widthMm={VALUE_MM}>
              <FieldText field="案内ページ" text={contactUrl} maxLines={2} />
            </Cell>
          </Row>
        </RuledTable>
        <View />
      </FormPage>
    </Document>
  );
}
