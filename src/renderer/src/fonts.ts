import bold from '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf?url';
import regular from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url';

/**
 * A Japanese font shipped with the app, last in the font stack: Windows uses Yu Gothic UI / Meiryo
 * and never loads it; a PC without Japanese fonts (or the test machines) still shows Japanese
 * instead of empty boxes. Faces load only when some text needs them.
 */
export const BUNDLED_FONT = 'LGWAN Noto Sans JP';

export const registerBundledFont = (): void => {
  for (const [url, weight] of [
    [regular, '400'],
    [bold, '700'],
  ] as const) {
    document.fonts.add(
      new FontFace(BUNDLED_FONT, `url(${url}) format('truetype')`, { weight, display: 'swap' }),
    );
  }
};
