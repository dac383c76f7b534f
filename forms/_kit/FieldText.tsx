/** @jsxRuntime automatic @jsxImportSource react */
/**
 * A user-entered value printed in a box of fixed size, with the overflow policy of the printed forms:
 * 1. print at the preferred size, broken into lines at 禁則-safe points;
 * 2. if that needs more lines than the box holds, shrink in 0.5 pt steps down to 8 pt;
 * 3. if it still does not fit, print 「別紙1のとおり」 and put the full text on continuation sheet 別紙1.
 * Nothing the user typed is ever cut off; a character the fonts cannot print shows as 〓.
 */
import { Text, View } from '@react-pdf/renderer';
import { useContext, type ReactElement } from 'react';
import { faceKey, type FontWeight } from '../fonts/faces.js';
import { MIN_FONT_SIZE_PT, fitText } from '../../src/shared/text/fit.js';
import { replaceUnprintable } from '../../src/shared/text/font-data.js';
import { CellContext } from './table.js';
import { ContinuationContext, continuationLabel } from './continuation.js';
import { BODY_SIZE_PT, LINE_HEIGHT, SANS_FAMILY, SERIF_FAMILY, boxLines } from './theme.js';

/**
 * The estimator uses the fonts' own advance widths, so it agrees with react-pdf; the margin only
 * absorbs float rounding so a line the estimator accepts is never re-wrapped by the renderer.
 */
const WIDTH_SAFETY = 0.985;

export interface FieldTextProps {
  text: string | null | undefined;
  /** Name of the box, used to head the 別紙 if the text overflows, e.g. 「サービス概要」. */
  field: string;
  /** Box width; defaults to the inner width of the enclosing Cell. */
  widthMm?: number;
  /** Lines the box holds (default 1). */
  maxLines?: number;
  fontSizePt?: number;
  minFontSizePt?: number;
  gothic?: boolean;
  weight?: FontWeight;
  align?: 'left' | 'center' | 'right';
}

export function FieldText({
  text,
  field,
  widthMm,
  maxLines = 1,
  fontSizePt = BODY_SIZE_PT,
  minFontSizePt = MIN_FONT_SIZE_PT,
  gothic = false,
  weight = 400,
  align = 'left',
}: FieldTextProps): ReactElement {
  const cell = useContext(CellContext);
  const collector = useContext(ContinuationContext);
  const width = widthMm ?? cell?.innerWidthMm;
  if (width === undefined) {
    throw new Error(`FieldText「${field}」: widthMm を指定するか Cell の中に置いてください。`);
  }
  const family = gothic ? SANS_FAMILY : SERIF_FAMILY;
  const value = replaceUnprintable(text ?? '');
  const fit = fitText({
    text: value,
    widthMm: width * WIDTH_SAFETY,
    fontSizePt,
    // Never more lines than a page holds: the rest goes to a 別紙 (see MAX_BOX_LINES).
    maxLines: boxLines(maxLines),
    minFontSizePt,
    face: faceKey(family, weight),
  });
  const style = {
    fontFamily: family,
    fontWeight: weight,
    lineHeight: LINE_HEIGHT,
    textAlign: align,
  } as const;
  if (!fit.fits && collector) {
    const number = collector.register(field, value);
    return <Text style={{ ...style, fontSize: fontSizePt }}>{`${continuationLabel(number)}のとおり`}</Text>;
  }
  // One Text per line rather than lines joined with '\n': react-pdf sets a newline in its default font
  // (Helvetica, not embedded), which would leave a non-embedded font in the printed PDF.
  // Without a collector (a preview of one box) the text prints whole at the minimum size and the box grows.
  return (
    <View>
      {fit.lines.map((line, i) => (
        <Text key={i} style={{ ...style, fontSize: fit.fontSizePt }}>
          {line === '' ? '\u3000' : line}
        </Text>
      ))}
    </View>
  );
}
