/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Building blocks shared by the form templates, on top of the PDF kit: the document frame with its
 * metadata, the conventional head (date, addressee, applicant, title, lead sentence) and the item
 * rows of the ruled table. Column widths are fixed here so every form lines up the same way.
 */
import { Document, Text, View } from '@react-pdf/renderer';
import type { ReactElement, ReactNode } from 'react';
import {
  Addressee,
  ApplicantBlock,
  DELEGATE_LABEL,
  REPRESENTATIVE_LABEL,
  BODY_SIZE_PT,
  CONTENT_WIDTH_MM,
  LINE_HEIGHT,
  RULE_COLOR,
  RULE_WIDTH_PT,
  Cell,
  CheckBoxGroup,
  DateLine,
  FieldText,
  FormPage,
  LabelCell,
  LeadSentence,
  Row,
  SMALL_SIZE_PT,
  Title,
  boxHeightMm,
  mm,
} from '../_kit/index.js';
import type { ContactPerson } from '../../src/shared/model/index.js';
import { layoutLines } from '../../src/shared/text/fit.js';
import type { TemplateContext } from './context.js';
import { addressLine, nameWithKana, titleAndName } from './format.js';
import { describeSource } from '../../src/shared/sources/seeds.js';

export const APP_NAME = 'LGWAN-ASP申込ワークベンチ';

/** Item label column of a single-level row; equals group + sub-label columns so values line up. */
export const GROUP_MM = 22;
export const SUB_LABEL_MM = 34;
export const LABEL_MM = GROUP_MM + SUB_LABEL_MM;
export const VALUE_MM = CONTENT_WIDTH_MM - LABEL_MM;

/** The <Document> with PDF metadata and one A4 flow of pages; rows flow onto further pages. */
export function FormDocument({
  context,
  children,
}: {
  context: TemplateContext;
  children: ReactNode;
}): ReactElement {
  return (
    <Document
      title={context.title}
      author={context.workspace.provider.name}
      subject={context.title}
      creator={APP_NAME}
      producer={APP_NAME}
      language="ja-JP"
    >
      <FormPage
        draft={context.draft}
        footerNote={`${APP_NAME}\u3000様式 ${context.version}`}
        {...(context.delivery === 'portal'
          ? { banner: 'ポータル入力用（郵送しません）：LGWAN-ASPポータルサイトで入力する内容です' }
          : {})}
      >
        {children}
      </FormPage>
    </Document>
  );
}

/**
 * The applicant as the forms name it: the representative, or — with a 委任状 — the person the
 * representative delegated to (002_0f100134b4811c0f.txt §5.1.1(1)).
 */
function Applicant({ context, heading }: { context: TemplateContext; heading: string }): ReactElement {
  const { provider, applicant } = context.workspace;
  const delegate = [applicant.person.department, applicant.person.title, applicant.person.name]
    .filter((s) => s !== '')
    .join('\u3000');
  return (
    <ApplicantBlock
      heading={heading}
      address={addressLine(provider.address)}
      name={provider.name}
      person={applicant.isRepresentative ? titleAndName(provider.representative) : delegate}
      personLabel={applicant.isRepresentative ? REPRESENTATIVE_LABEL : DELEGATE_LABEL}
      seal={applicant.sealBox}
    />
  );
}

/**
 * Date, addressee, applicant, title and the sentence that introduces the table, in the order of
 * J-LIS application forms.
 */
export function FormHead({
  context,
  lead = '次のとおり申し込みます。',
  heading = '（申込者）',
}: {
  context: TemplateContext;
  lead?: string | null;
  heading?: string;
}): ReactElement {
  return (
    <View>
      <DateLine date={context.date} />
      <Addressee />
      <Applicant context={context} heading={heading} />
      <Title>{context.title}</Title>
      {lead ? <LeadSentence>{lead}</LeadSentence> : null}
    </View>
  );
}

/**
 * The ruled table. Each row draws its own top and left rules (instead of one frame around the
 * table), so a table continued on the next page starts with a rule and no frame line runs past
 * the last row to the bottom margin.
 */
export function FormTable({ children }: { children: ReactNode }): ReactElement {
  return <View style={{ marginTop: mm(1) }}>{children}</View>;
}

function Framed({ children }: { children: ReactNode }): ReactElement {
  return (
    <View
      wrap={false}
      style={{
        borderTopWidth: RULE_WIDTH_PT,
        borderLeftWidth: RULE_WIDTH_PT,
        borderColor: RULE_COLOR,
        borderStyle: 'solid',
      }}
    >
      {children}
    </View>
  );
}

/** A row with an item name and whatever the value cell holds. */
export function ItemRow({
  label,
  children,
  minHeightMm,
  valign = 'center',
}: {
  label: string;
  children: ReactNode;
  minHeightMm?: number;
  valign?: 'top' | 'center';
}): ReactElement {
  return (
    <Framed>
      <Row {...(minHeightMm === undefined ? {} : { minHeightMm })}>
        <LabelCell widthMm={LABEL_MM}>{label}</LabelCell>
        <Cell widthMm={VALUE_MM} valign={valign}>
          {children}
        </Cell>
      </Row>
    </Framed>
  );
}

/** A row holding user-entered text under the overflow policy (shrink, then 別紙). */
export function TextItem({
  label,
  value,
  lines = 1,
  field,
}: {
  label: string;
  value: string;
  lines?: number;
  field?: string;
}): ReactElement {
  return (
    <ItemRow
      label={label}
      valign={lines > 1 ? 'top' : 'center'}
      {...(lines > 1 ? { minHeightMm: boxHeightMm(lines) } : {})}
    >
      <FieldText field={field ?? label} text={value} maxLines={lines} />
    </ItemRow>
  );
}

/** Several rows under one group name in the left column, e.g. 担当者 → 部署 / 氏名 / 電話番号. */
export function GroupRows({ label, children }: { label: string; children: ReactNode }): ReactElement {
  return (
    <Framed>
      <View style={{ flexDirection: 'row' }}>
        <Cell widthMm={GROUP_MM} label>
          {label}
        </Cell>
        <View style={{ width: mm(CONTENT_WIDTH_MM - GROUP_MM) }}>{children}</View>
      </View>
    </Framed>
  );
}

/** A row inside GroupRows. */
export function SubItem({
  label,
  value,
  lines = 1,
  field,
  children,
}: {
  label: string;
  value?: string;
  lines?: number;
  field?: string;
  children?: ReactNode;
}): ReactElement {
  return (
    <Row {...(lines > 1 ? { minHeightMm: boxHeightMm(lines) } : {})}>
      <LabelCell widthMm={SUB_LABEL_MM}>{label}</LabelCell>
      <Cell widthMm={VALUE_MM} valign={lines > 1 ? 'top' : 'center'}>
        {children ?? <FieldText field={field ?? label} text={value ?? ''} maxLines={lines} />}
      </Cell>
    </Row>
  );
}

/** A full-width shaded row heading a part of the table, e.g. 「提供するアプリケーション及びコンテンツサービス（1）」. */
export function SectionRow({ children }: { children: string }): ReactElement {
  return (
    <Framed>
      <Row minHeightMm={7}>
        <Cell widthMm={CONTENT_WIDTH_MM} label bold>
          {children}
        </Cell>
      </Row>
    </Framed>
  );
}

/** ■ はい □ いいえ; an unanswered question leaves both boxes empty for the pen. */
export function YesNo({
  value,
  yes = 'はい',
  no = 'いいえ',
}: {
  value: boolean | null;
  yes?: string;
  no?: string;
}): ReactElement {
  return (
    <CheckBoxGroup
      options={[
        { value: 'yes', label: yes },
        { value: 'no', label: no },
      ]}
      selected={value === null ? [] : [value ? 'yes' : 'no']}
    />
  );
}

/** A row of the choices of an enumeration with the chosen ones marked. */
export function Choices({
  options,
  selected,
}: {
  options: Readonly<Record<string, string>>;
  selected: readonly string[];
}): ReactElement {
  return (
    <CheckBoxGroup
      options={Object.entries(options).map(([value, label]) => ({ value, label }))}
      selected={selected}
    />
  );
}

/** Small print under the table: notes, sources (seed files printed by title), what to enclose. */
export function Note({ children }: { children: string }): ReactElement {
  return (
    <BrokenLines
      text={describeSource(children)}
      widthMm={CONTENT_WIDTH_MM}
      sizePt={SMALL_SIZE_PT + 1}
      indent={false}
      marginTopMm={2}
    />
  );
}

/** A free row of kit Cells (lists such as the cover letter's enclosures), ruled like the other rows. */
export function GridRow({
  children,
  minHeightMm,
}: {
  children: ReactNode;
  minHeightMm?: number;
}): ReactElement {
  return (
    <Framed>
      <Row {...(minHeightMm === undefined ? {} : { minHeightMm })}>{children}</Row>
    </Framed>
  );
}

/**
 * Prose broken by the same 禁則 layout FieldText uses, one Text per line. Long prose is pre-broken
 * here rather than left to react-pdf, whose own breaking can still insert a hyphen inside mixed
 * Japanese/Latin runs; and not joined with '\n', which react-pdf sets in its default font
 * (Helvetica, not embedded) and would leave an unembedded font in the printed PDF.
 */
const KEEP_TOGETHER_LINES = 6;

function BrokenLines({
  text,
  widthMm,
  sizePt,
  indent,
  marginTopMm = 0,
  marginBottomMm = 0,
}: {
  text: string;
  widthMm: number;
  sizePt: number;
  indent: boolean;
  marginTopMm?: number;
  marginBottomMm?: number;
}): ReactElement {
  const lines = layoutLines(`${indent ? '\u3000' : ''}${text}`, widthMm * 0.985, sizePt);
  // A short paragraph moves to the next page whole, as one Text would; a long one may split
  // between lines.
  return (
    <View
      wrap={lines.length > KEEP_TOGETHER_LINES}
      style={{ marginTop: mm(marginTopMm), marginBottom: mm(marginBottomMm) }}
    >
      {lines.map((line, i) => (
        <Text key={i} style={{ fontSize: sizePt, lineHeight: LINE_HEIGHT }}>
          {line === '' ? '\u3000' : line}
        </Text>
      ))}
    </View>
  );
}

/** A paragraph of fixed wording (not user input): sentences of the official form, notes. */
export function Paragraph({
  children,
  indent = true,
  sizePt = BODY_SIZE_PT,
  widthMm = CONTENT_WIDTH_MM,
}: {
  children: string;
  indent?: boolean;
  sizePt?: number;
  widthMm?: number;
}): ReactElement {
  return <BrokenLines text={children} widthMm={widthMm} sizePt={sizePt} indent={indent} marginBottomMm={1} />;
}

/** A contact person as J-LIS asks for one: department and title, name, phone, both e-mail addresses. */
export function ContactRows({ label, contact }: { label: string; contact: ContactPerson }): ReactElement {
  return (
    <GroupRows label={label}>
      <SubItem
        label="所属部署・役職"
        field={`${label}の所属部署・役職`}
        value={[contact.department, contact.title].filter(Boolean).join('\u3000')}
      />
      <SubItem label="氏名（フリガナ）" field={`${label}の氏名`} value={nameWithKana(contact)} />
      <SubItem
        label="電話番号"
        field={`${label}の電話番号`}
        value={contact.fax ? `${contact.phone}（FAX ${contact.fax}）` : contact.phone}
      />
      <SubItem label="E-mail(Internet)" field={`${label}のE-mail(Internet)`} value={contact.emailInternet} />
      <SubItem label="E-mail(LGWAN)" field={`${label}のE-mail(LGWAN)`} value={contact.emailLgwan} />
    </GroupRows>
  );
}
