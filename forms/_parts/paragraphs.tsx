/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Fixed wording set as prose: paragraphs of the official form and the small print under the table.
 */
import { Text, View } from '@react-pdf/renderer';
import { useContext, type ReactElement } from 'react';
import { BODY_SIZE_PT, CONTENT_WIDTH_MM, LINE_HEIGHT, SMALL_SIZE_PT, mm } from '../_kit/index.js';
import { NamesContext } from '../_kit/names.js';
import { layoutLines } from '../../src/shared/text/fit.js';
import { describeSource } from '../../src/shared/sources/seeds.js';

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
  const names = useContext(NamesContext);
  const full = `${indent ? '\u3000' : ''}${text}`;
  let lines = layoutLines(full, widthMm * 0.985, sizePt);
  if (lines.length > 1) {
    const kept = names().filter((n) => full.includes(n));
    if (kept.length > 0) lines = layoutLines(full, widthMm * 0.985, sizePt, 'serif-400', kept);
  }
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
