import { describe, expect, it } from 'vitest';
import {
  MAX_BASE_NAME,
  safeBaseName,
  safeFileName,
  withoutExtension,
} from '../../../src/main/services/files/safe-name.js';

// Issue #15: names come from workspaces and imported bundles; what Windows would run, open as a
// device, or show differently from what it is must never reach the disk.
const FORBIDDEN_ON_WINDOWS = /[<>:"/\\|?*\p{Cc}\u200b-\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]/u;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

describe('the safe-name rule for an attachment copied out for the viewer', () => {
  const table: [original: string, type: 'image/jpeg' | 'image/png' | 'application/pdf', expected: string][] =
    [
      ['photo.js', 'image/jpeg', 'photo.jpg'],
      ['invoice.hta', 'application/pdf', 'invoice.pdf'],
      ['setup.exe', 'image/png', 'setup.png'],
      ['report.pdf.exe', 'application/pdf', 'report.pdf.pdf'],
      ['.hta', 'image/jpeg', 'hta.jpg'],
      ['..', 'image/jpeg', '添付資料.jpg'],
      ['../../outside/sentinel.txt', 'image/jpeg', '_.._outside_sentinel.jpg'],
      ['..\\..\\Windows\\win.ini', 'image/png', '_.._Windows_win.png'],
      ['C:\\Users\\Public\\x.bat', 'image/jpeg', 'C__Users_Public_x.jpg'],
      ['CON', 'image/jpeg', '_CON.jpg'],
      ['con.txt', 'image/jpeg', '_con.jpg'],
      ['nul.tar.gz', 'application/pdf', '_nul.tar.pdf'],
      ['Aux ', 'image/png', '_Aux.png'],
      ['COM1.jpg', 'image/jpeg', '_COM1.jpg'],
      ['lpt9.png', 'image/png', '_lpt9.png'],
      ['COM¹.pdf', 'application/pdf', '_COM¹.pdf'],
      ['CONIN$', 'image/jpeg', '_CONIN$.jpg'],
      ['console.jpg', 'image/jpeg', 'console.jpg'],
      ['COM10.jpg', 'image/jpeg', 'COM10.jpg'],
      ['写真. . .', 'image/jpeg', '写真.jpg'],
      ['写真  ...  .jpeg', 'image/jpeg', '写真.jpg'],
      ['  先頭の空白.png', 'image/png', '先頭の空白.png'],
      ['a<b>c:d"e|f?g*h.pdf', 'application/pdf', 'a_b_c_d_e_f_g_h.pdf'],
      ['tab\there\nnewline.jpg', 'image/jpeg', 'tab_here_newline.jpg'],
      ['nul\u0000byte.jpg', 'image/jpeg', 'nul_byte.jpg'],
      ['photo\u202egpj.exe', 'image/jpeg', 'photo_gpj.jpg'],
      ['zero\u200bwidth.png', 'image/png', 'zero_width.png'],
      ['line\u2028sep.pdf', 'application/pdf', 'line_sep.pdf'],
      ['施設写真（電源設備）.jpeg', 'image/jpeg', '施設写真（電源設備）.jpg'],
      ['𠮷野家の写真.png', 'image/png', '𠮷野家の写真.png'],
      ['', 'image/jpeg', '添付資料.jpg'],
    ];
  it.each(table)('%j as %s → %j', (original, type, expected) => {
    expect(safeFileName(withoutExtension(original), type, '添付資料')).toBe(expected);
  });

  it('every result is a plain name Windows accepts, whatever the input', () => {
    for (const [original, type] of table) {
      const name = safeFileName(withoutExtension(original), type, '添付資料');
      expect(name).not.toMatch(FORBIDDEN_ON_WINDOWS);
      expect(name).not.toMatch(RESERVED);
      expect(name).not.toMatch(/[. ]$/);
      expect(name).not.toMatch(/^[. ]/);
      expect(name).toMatch(/\.(jpg|png|pdf)$/);
    }
  });

  it('bounds the length in characters, never splitting a surrogate pair', () => {
    const long = '𠮷'.repeat(300);
    const base = safeBaseName(long, 'x');
    expect(Array.from(base)).toHaveLength(MAX_BASE_NAME);
    expect(base).toBe('𠮷'.repeat(MAX_BASE_NAME));
    expect(safeFileName('あ'.repeat(500), 'application/pdf')).toHaveLength(MAX_BASE_NAME + 4);
    // Cut at the limit, a trailing dot or space would be left: it is trimmed too.
    expect(safeBaseName(`${'a'.repeat(MAX_BASE_NAME - 1)}. b`, 'x')).toBe('a'.repeat(MAX_BASE_NAME - 1));
  });

  it('keeps a title whole (no extension dropped) for saved PDFs', () => {
    expect(safeFileName('01_参加資格審査申込書 v1.2', 'application/pdf')).toBe(
      '01_参加資格審査申込書 v1.2.pdf',
    );
    expect(safeFileName('02_ホスティング/ファシリティ', 'application/pdf')).toBe(
      '02_ホスティング_ファシリティ.pdf',
    );
  });
});
