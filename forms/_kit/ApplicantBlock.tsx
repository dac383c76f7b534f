/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The applicant's block under the addressee, set to the right as on Japanese forms:
 *   所在地            〒102-8419 東京都…
 *   名称              株式会社…
 *   代表者役職・氏名  代表取締役 山田 太郎  [印]
 */
import { Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { FieldText } from './FieldText.js';
import { SealBox } from './marks.js';
import { CONTENT_WIDTH_MM, mm } from './theme.js';

export interface ApplicantBlockProps {
  /** 所在地 including 〒 and postal code. */
  address: string;
  name: string;
  /** 代表者役職・氏名, e.g. 代表取締役 山田 太郎 (a full-width space between post and name is customary). */
  representative: string;
  /** Draw the box where the seal is pressed. */
  seal?: boolean;
  /** Heading shown above the block, e.g. （申込者）. */
  heading?: string;
}

const INDENT_MM = 65;
/** Fits 代表者役職・氏名 (8 characters at 10.5 pt ≈ 29.6 mm) on one line. */
const LABEL_MM = 32;
const SEAL_MM = 15;
const SEAL_GAP_MM = 2;

export function ApplicantBlock({
  address,
  name,
  representative,
  seal = false,
  heading,
}: ApplicantBlockProps): ReactElement {
  const valueWidth = CONTENT_WIDTH_MM - INDENT_MM - LABEL_MM;
  const line = (label: string, field: string, value: string, width: number): ReactElement => (
    <View style={{ flexDirection: 'row' }}>
      <Text style={{ width: mm(LABEL_MM) }}>{label}</Text>
      <View style={{ width: mm(width) }}>
        <FieldText field={field} text={value} widthMm={width} maxLines={2} />
      </View>
    </View>
  );
  return (
    <View style={{ marginLeft: mm(INDENT_MM), marginBottom: mm(seal ? 8 : 3) }}>
      {heading ? <Text style={{ marginBottom: mm(1) }}>{heading}</Text> : null}
      {line('所在地', '申込者の所在地', address, valueWidth)}
      {line('名称', '申込者の名称', name, valueWidth)}
      <View>
        {line(
          '代表者役職・氏名',
          '代表者役職・氏名',
          representative,
          valueWidth - (seal ? SEAL_MM + SEAL_GAP_MM : 0),
        )}
        {seal ? (
          // Beside the name but out of the flow, so the three lines keep even spacing.
          <View style={{ position: 'absolute', right: 0, top: mm(-(SEAL_MM - 5.5) / 2) }}>
            <SealBox sizeMm={SEAL_MM} />
          </View>
        ) : null}
      </View>
    </View>
  );
}
