/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The ruled table of a form: bordered rows of label and value cells. Widths are given in mm so a
 * FieldText inside a cell knows exactly how much room it has (see CellContext).
 */
import { Text, View } from '@react-pdf/renderer';
import { createContext, type ReactElement, type ReactNode } from 'react';
import {
  BODY_SIZE_PT,
  CELL_PADDING_MM,
  LABEL_FILL,
  LINE_HEIGHT,
  RULE_COLOR,
  RULE_WIDTH_PT,
  mm,
} from './theme.js';
import { fitLabel } from '../../src/shared/text/word-lines.js';

export interface CellBox {
  /** Width available to text inside the cell, after padding and rules. */
  innerWidthMm: number;
}

export const CellContext = createContext<CellBox | null>(null);

const RULE_MM = (RULE_WIDTH_PT * 25.4) / 72;

/** The outer frame: top and left rules; every cell draws its own right and bottom rule. */
export function RuledTable({
  children,
  marginTopMm = 0,
}: {
  children: ReactNode;
  marginTopMm?: number;
}): ReactElement {
  return (
    <View
      style={{
        marginTop: mm(marginTopMm),
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

export interface RowProps {
  children: ReactNode;
  /** Minimum height, e.g. room for a seal or several lines. */
  minHeightMm?: number;
}

/** A row is never split across pages: a form row cut in half is unreadable on paper. */
export function Row({ children, minHeightMm = 8 }: RowProps): ReactElement {
  return (
    <View wrap={false} style={{ flexDirection: 'row', minHeight: mm(minHeightMm) }}>
      {children}
    </View>
  );
}

export interface CellProps {
  children?: ReactNode;
  widthMm: number;
  /** Label cells are shaded and hold the item name. */
  label?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Top-aligned cells suit long multi-line text; short values sit centred vertically. */
  valign?: 'top' | 'center';
  /** Type size of plain-text content (default the body size). */
  sizePt?: number;
  /** Plain-text content in bold, e.g. a section heading or a total. */
  bold?: boolean;
}

export function Cell({
  children,
  widthMm,
  label = false,
  align = 'left',
  valign = 'center',
  sizePt = BODY_SIZE_PT,
  bold = false,
}: CellProps): ReactElement {
  const innerWidthMm = widthMm - 2 * CELL_PADDING_MM.x - RULE_MM;
  // fontSize always with lineHeight: react-pdf 4.9 resolves a unitless lineHeight against the Text's
  // own fontSize, or 18 pt when it sets none (a line box nearly twice too tall), and children inherit
  // the resolved points, not the factor.
  const content =
    typeof children === 'string' && label ? (
      <LabelText text={children} widthMm={innerWidthMm} sizePt={sizePt} align={align} bold={bold} />
    ) : typeof children === 'string' ? (
      <Text
        style={{ fontSize: sizePt, lineHeight: LINE_HEIGHT, textAlign: align, fontWeight: bold ? 700 : 400 }}
      >
        {children}
      </Text>
    ) : (
      children
    );
  return (
    <CellContext.Provider value={{ innerWidthMm }}>
      <View
        style={{
          width: mm(widthMm),
          paddingHorizontal: mm(CELL_PADDING_MM.x),
          paddingVertical: mm(CELL_PADDING_MM.y),
          borderRightWidth: RULE_WIDTH_PT,
          borderBottomWidth: RULE_WIDTH_PT,
          borderColor: RULE_COLOR,
          borderStyle: 'solid',
          backgroundColor: label ? LABEL_FILL : undefined,
          justifyContent: valign === 'top' ? 'flex-start' : 'center',
          alignItems: align === 'center' ? 'center' : align === 'right' ? 'flex-end' : 'stretch',
        }}
      >
        {content}
      </View>
    </CellContext.Provider>
  );
}

/**
 * An item name set in whole words (運用責任者, LGWAN接続ルータ never broken inside), shrunk a little
 * when a word is wider than the cell (text/word-lines.ts); one Text per line.
 */
function LabelText({
  text,
  widthMm,
  sizePt,
  align,
  bold,
}: {
  text: string;
  widthMm: number;
  sizePt: number;
  align: 'left' | 'center' | 'right';
  bold: boolean;
}): ReactElement {
  const fitted = fitLabel(text, widthMm, sizePt, bold ? 'serif-700' : 'serif-400');
  return (
    <View>
      {fitted.lines.map((line, i) => (
        <Text
          key={i}
          style={{
            fontSize: fitted.sizePt,
            lineHeight: LINE_HEIGHT,
            textAlign: align,
            fontWeight: bold ? 700 : 400,
          }}
        >
          {line}
        </Text>
      ))}
    </View>
  );
}

/** Shorthand for a label cell: shaded, item name, vertically centred. */
export function LabelCell({ children, widthMm }: { children: ReactNode; widthMm: number }): ReactElement {
  return (
    <Cell widthMm={widthMm} label>
      {children}
    </Cell>
  );
}

/**
 * A table whose rows may run onto further pages: `head` (the column headings) is repeated at the
 * top of every page the rows continue on, as on a continued paper form. Each row stays whole.
 */
export function ContinuedTable({
  head,
  children,
  marginTopMm = 0,
}: {
  head: ReactNode;
  children: ReactNode;
  marginTopMm?: number;
}): ReactElement {
  return (
    <View style={{ marginTop: mm(marginTopMm) }}>
      {/* A fixed child is drawn again on each page its parent spans (react-pdf's page split). */}
      <View fixed>{head}</View>
      {children}
    </View>
  );
}

/** `items` in runs of at most `size` (one run, empty, for no items): rows that continue a long list. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}
