import { createTheme } from '@mantine/core';
import { BUNDLED_FONT } from './fonts.js';

// Windows office PCs: system Japanese UI fonts first, the bundled one only where they are missing.
const stack = `"Yu Gothic UI", "Meiryo UI", "Meiryo", "Noto Sans CJK JP", "Noto Sans JP", "${BUNDLED_FONT}", sans-serif`;

export const theme = createTheme({
  fontFamily: stack,
  headings: { fontFamily: stack },
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  // Keyboard users always see the focus ring; mouse clicks do not leave one behind.
  focusRing: 'auto',
});
