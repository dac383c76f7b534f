/**
 * The font faces every printed form uses. They ship inside the app (npm packages under
 * node_modules/@expo-google-fonts), so output never depends on fonts installed on the PC.
 * TTF, not WOFF: react-pdf parses WOFF about 30× slower (react-pdf#3231).
 */

export const SERIF_FAMILY = 'NotoSerifJP';
export const SANS_FAMILY = 'NotoSansJP';

export type FontFamily = typeof SERIF_FAMILY | typeof SANS_FAMILY;
export type FontWeight = 400 | 700;
/** Key of a face in metrics.json, e.g. serif-400. */
export type FaceKey = `${'serif' | 'sans'}-${FontWeight}`;

export interface FontFace {
  key: FaceKey;
  family: FontFamily;
  weight: FontWeight;
  /** Module specifier of the TTF, resolved with createRequire in Node. */
  module: string;
}

export const FONT_FACES: readonly FontFace[] = [
  {
    key: 'serif-400',
    family: SERIF_FAMILY,
    weight: 400,
    module: '@expo-google-fonts/noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf',
  },
  {
    key: 'serif-700',
    family: SERIF_FAMILY,
    weight: 700,
    module: '@expo-google-fonts/noto-serif-jp/700Bold/NotoSerifJP_700Bold.ttf',
  },
  {
    key: 'sans-400',
    family: SANS_FAMILY,
    weight: 400,
    module: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  },
  {
    key: 'sans-700',
    family: SANS_FAMILY,
    weight: 700,
    module: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
  },
];

export function faceKey(family: FontFamily, weight: FontWeight): FaceKey {
  return `${family === SANS_FAMILY ? 'sans' : 'serif'}-${weight}`;
}
