/** @jsxRuntime automatic @jsxImportSource react */
/** The fixed parts at the head of a Japanese application form, in their conventional order. */
import { Text, View } from '@react-pdf/renderer';
import type { ReactElement, ReactNode } from 'react';
import { IDEOGRAPHIC_SPACE } from '../../src/shared/text/kinsoku.js';
import { formDate } from '../../src/shared/text/wareki.js';
import { balancedWordLines } from '../../src/shared/text/word-lines.js';
import { BODY_SIZE_PT, CONTENT_WIDTH_MM, SERIF_FAMILY, TITLE_SIZE_PT, mm } from './theme.js';

const TITLE_PADDING_MM = 8;

/**
 * The official title, centred. A long title breaks between words only (never 「事/前依頼」), into
 * lines of even length; one Text per line.
 */
export function Title({ children }: { children: string }): ReactElement {
  const widthMm = CONTENT_WIDTH_MM - 2 * TITLE_PADDING_MM;
  const lines = balancedWordLines(children, widthMm, TITLE_SIZE_PT, 'serif-700') ?? [children];
  return (
    <View style={{ marginTop: mm(4), marginBottom: mm(6), paddingHorizontal: mm(TITLE_PADDING_MM) }}>
      {lines.map((line, i) => (
        <Text
          key={i}
          style={{ fontFamily: SERIF_FAMILY, fontWeight: 700, fontSize: TITLE_SIZE_PT, textAlign: 'center' }}
        >
          {line}
        </Text>
      ))}
    </View>
  );
}

/** 和暦 date at the right: 令和8年11月22日, or the blank slot (令和 年 月 日 with wide gaps) to fill in by hand. */
export function DateLine({ date }: { date?: string | null }): ReactElement {
  return <Text style={{ textAlign: 'right', marginBottom: mm(5) }}>{formDate(date)}</Text>;
}

export const JLIS_ORGANISATION = '地方公共団体情報システム機構';
export const JLIS_CENTRE_HEAD = '総合行政ネットワーク全国センター長';

export interface AddresseeProps {
  organisation?: string;
  /** Post of the addressee; the form is addressed to the person holding it. */
  post?: string;
  honorific?: string;
}

/** 地方公共団体情報システム機構 / 総合行政ネットワーク全国センター長 様, on two lines. */
export function Addressee({
  organisation = JLIS_ORGANISATION,
  post = JLIS_CENTRE_HEAD,
  honorific = '様',
}: AddresseeProps): ReactElement {
  return (
    <View style={{ marginBottom: mm(5), fontSize: BODY_SIZE_PT + 0.5 }}>
      <Text>{organisation}</Text>
      <Text style={{ paddingLeft: mm(4) }}>{`${post}${IDEOGRAPHIC_SPACE}${honorific}`}</Text>
    </View>
  );
}

/** The sentence that introduces the table: 次のとおり申し込みます。 */
export function LeadSentence({
  children = '次のとおり申し込みます。',
}: {
  children?: ReactNode;
}): ReactElement {
  return <Text style={{ marginTop: mm(6), marginBottom: mm(3), textIndent: BODY_SIZE_PT }}>{children}</Text>;
}

/** 「記」 centred above the items, as in a formal letter. */
export function KiMark(): ReactElement {
  return <Text style={{ textAlign: 'center', marginVertical: mm(2) }}>記</Text>;
}
