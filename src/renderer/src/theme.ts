import { createTheme } from '@mantine/core';

// Windows office PCs: system Japanese UI fonts, nothing downloaded.
export const theme = createTheme({
  fontFamily: '"Yu Gothic UI", "Meiryo UI", "Meiryo", "Noto Sans CJK JP", "Noto Sans JP", sans-serif',
  primaryColor: 'indigo',
  defaultRadius: 'sm',
});
