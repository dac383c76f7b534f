/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The rows of the ruled table. Column widths are fixed here so every form lines up the same way.
 */
import { View } from '@react-pdf/renderer';
import type { ReactElement, ReactNode } from 'react';
import {
  CONTENT_WIDTH_MM,
  RULE_COLOR,
  RULE_WIDTH_PT,
  Cell,
  FieldText,
  LabelCell,
  Row,
  boxHeightMm,
  mm,
} from '../_kit/index.js';

/** Item label column of a single-level row; equals group + sub-label columns so values line up. */
export const GROUP_MM = 22;
export const SUB_LABEL_MM = 34;
export const LABEL_MM = GROUP_MM + SUB_LABEL_MM;
export const VALUE_MM = CONTENT_WIDTH_MM - LABEL_MM;

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
