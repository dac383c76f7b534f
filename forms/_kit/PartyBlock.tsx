/** @jsxRuntime automatic @jsxImportSource react */
/**
 * A party set to the right under the addressee (申込者, 委任者, 差出人), as on Japanese forms:
 *   所在地            〒102-8419 東京都…
 *   名称              株式会社…
 *   代表者役職・氏名  代表取締役 山田 太郎  [印]
 * Each value is a FieldText of two lines that shrinks and, past its smallest size, grows: the
 * party is never 「別紙のとおり」 (the block beside the 印 box names who applies, on the form itself).
 * The seal box sits beside the last line. src/shared/documents/boxes.ts mirrors these widths for the overflow check.
 */
import { Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { FieldText } from './FieldText.js';
import { useCompact } from './compact.js';
import { SealBox } from './marks.js';
import { CONTENT_WIDTH_MM, mm } from './theme.js';

export interface PartyLine {
  label: string;
  value: string;
  /** Name of the box for a 別紙 heading; defaults to the label. */
  field?: string;
}

export interface PartyBlockProps {
  /** Heading shown above the block, e.g. （申込者）. */
  heading?: string;
  lines: readonly PartyLine[];
  /** Draw the box where the seal is pressed, beside the last line. */
  seal?: boolean;
}

export const PARTY_INDENT_MM = 62;
/** Fits 代表者役職・氏名 (8 characters at 10.5 pt ≈ 29.6 mm) on one line. */
export const PARTY_LABEL_MM = 32;
const SEAL_MM = 15;
const SEAL_GAP_MM = 2;

export function PartyBlock({ heading, lines, seal = false }: PartyBlockProps): ReactElement {
  const valueMm = CONTENT_WIDTH_MM - PARTY_INDENT_MM - PARTY_LABEL_MM;
  const { space } = useCompact();
  return (
    <View style={{ marginLeft: mm(PARTY_INDENT_MM), marginBottom: mm(space(3)) }}>
      {heading ? <Text style={{ marginBottom: mm(1) }}>{heading}</Text> : null}
      {lines.map((line, i) => {
        const withSeal = seal && i === lines.length - 1;
        const width = withSeal ? valueMm - SEAL_MM - SEAL_GAP_MM : valueMm;
        return (
          <View
            key={line.label}
            style={{ flexDirection: 'row', alignItems: withSeal ? 'center' : 'flex-start' }}
          >
            <Text style={{ width: mm(PARTY_LABEL_MM) }}>{line.label}</Text>
            <View style={{ width: mm(width) }}>
              <FieldText
                field={line.field ?? line.label}
                text={line.value}
                widthMm={width}
                maxLines={2}
                overflow="shrink"
              />
            </View>
            {withSeal ? (
              <View style={{ marginLeft: mm(SEAL_GAP_MM) }}>
                <SealBox sizeMm={SEAL_MM} />
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
