/** What a file really is, from its first bytes (extensions lie: renamed files, wrong downloads). */
export type SniffedType =
  | { kind: 'jpeg'; mediaType: 'image/jpeg' }
  | { kind: 'png'; mediaType: 'image/png' }
  | { kind: 'pdf'; mediaType: 'application/pdf' }
  | { kind: 'heic' }
  | { kind: 'other'; description: string };

// WHATWG 'latin1' is really windows-1252 (0x89 becomes '‰'), so binary signatures compare bytes.
const latin1 = new TextDecoder('latin1');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWithBytes = (bytes: Uint8Array, signature: number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

export const sniffType = (bytes: Uint8Array): SniffedType => {
  const head = latin1.decode(bytes.subarray(0, 1024));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { kind: 'jpeg', mediaType: 'image/jpeg' };
  if (startsWithBytes(bytes, PNG_SIGNATURE)) return { kind: 'png', mediaType: 'image/png' };
  // At offset 0, as the readers that print it require: a "PDF" with a header further in is
  // something else (an HTML page, a polyglot) that one program shows as a PDF and another runs.
  if (head.startsWith('%PDF-')) return { kind: 'pdf', mediaType: 'application/pdf' };
  const brand = head.slice(4, 12);
  if (/^ftyp(heic|heix|hevc|hevx|heim|heis|mif1|msf1)/.test(brand)) return { kind: 'heic' };
  return { kind: 'other', description: describe(bytes, head) };
};

const describe = (bytes: Uint8Array, head: string): string => {
  if (head.startsWith('GIF8')) return 'GIF画像';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'WebP画像';
  if (head.startsWith('BM')) return 'BMP画像';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'TIFF画像';
  if (/^ftypavi[fs]/.test(head.slice(4, 12))) return 'AVIF画像';
  if (head.startsWith('PK\x03\x04')) return 'ZIP形式のファイル（Word・Excelの文書を含む）';
  if (startsWithBytes(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return '旧形式のOffice文書';
  if (head.startsWith('MZ')) return '実行ファイル';
  const sample = bytes.subarray(0, 512);
  if (sample.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || b >= 0x20)) return 'テキストファイル';
  return '種類の分からないファイル';
};
