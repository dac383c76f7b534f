/**
 * Turns a user's photo (facility photos, topology scans) into a JPEG fit for the printed packet:
 * EXIF rotation applied (pdf-lib copies JPEGs as-is and would print a phone photo sideways),
 * downscaled to print resolution for its placed size (a 48 MP photo embedded as-is makes a packet
 * of hundreds of MB), re-encoded once. The packet embeds these bytes as they are (no second
 * re-encode at print time).
 *
 * Accepts JPEG and PNG only; everything else is refused with a Japanese message that names the file
 * and says what to do. Runs in plain Node: the caller passes bytes or a path.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import sharp from 'sharp';

export type ImageErrorCode =
  'empty' | 'heic' | 'unsupported-format' | 'truncated' | 'too-large' | 'timeout' | 'unreadable';

export class ImageAttachmentError extends Error {
  constructor(
    readonly code: ImageErrorCode,
    message: string,
    readonly fileName: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ImageAttachmentError';
  }
}

export interface NormaliseOptions {
  /**
   * Box the image is fitted inside on the printed page, as placed (width × height). Default
   * 170 × 240 mm: the photo area of an A4 attachment page in the packet (packet.ts), where a 4:3
   * landscape photo prints 170 × 128 mm and a portrait one 170 × 227 mm.
   */
  placedWidthMm?: number;
  placedHeightMm?: number;
  /** Print resolution to keep. Default 250 dpi. */
  dpi?: number;
  /** JPEG quality. Default 82. */
  quality?: number;
  /** Decoding gives up after this long (a hostile or broken file must not hang the app). Default 30 s. */
  timeoutSeconds?: number;
  /** Refuse images with more pixels than this before decoding them (pixel bombs). Default 100 MP. */
  maxInputPixels?: number;
}

export interface NormalisedImage {
  /** JPEG bytes, upright, no EXIF orientation left to apply. */
  bytes: Uint8Array;
  width: number;
  height: number;
  sourceFormat: 'jpeg' | 'png';
  /** Pixel size of the original as the viewer shows it (after EXIF rotation). */
  sourceWidth: number;
  sourceHeight: number;
  /** Resolution the image prints at when fitted into the placed size: below ~150 dpi looks coarse. */
  effectiveDpi: number;
}

/**
 * 250 dpi at q 82: packets are printed on office laser printers (600 dpi, halftone screens of
 * ~150 lpi), which reproduce about 1.5–2 × the screen ruling, 225–300 ppi, of image detail; 250 ppi
 * sits in that band, and q 82 keeps JPEG artefacts below what toner shows. Against 300 dpi / q 85
 * it halves the bytes (a 12 MP phone photo: ~0.3 instead of ~0.5–0.8 MB), so ten facility photos
 * and the forms stay well under the 8 MB a packet may take.
 */
const DEFAULTS = {
  placedWidthMm: 170,
  placedHeightMm: 240,
  dpi: 250,
  quality: 82,
  timeoutSeconds: 30,
  maxInputPixels: 100_000_000,
} as const;

let configured = false;

/**
 * Office PCs often have two cores: one libvips worker thread per image keeps the UI responsive
 * while an image is processed, and a small cache stops decoded photos piling up in memory.
 */
function configureSharp(): void {
  if (configured) return;
  sharp.concurrency(Math.max(1, Math.min(2, availableParallelism() - 1)));
  sharp.cache({ memory: 64, files: 0, items: 20 });
  configured = true;
}

type Detected = 'jpeg' | 'png' | 'heic' | 'other';

function detect(bytes: Uint8Array): Detected {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  const brand = new TextDecoder('latin1').decode(bytes.subarray(4, 12));
  if (/^ftyp(heic|heix|hevc|hevx|heim|heis|mif1|msf1)/.test(brand)) return 'heic';
  return 'other';
}

function describeOther(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  if (head.startsWith('%PDF-')) return 'PDFファイル';
  if (head.startsWith('GIF8')) return 'GIF画像';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'WebP画像';
  if (head.startsWith('BM')) return 'BMP画像';
  if (head.startsWith('II*') || head.startsWith('MM\0*')) return 'TIFF画像';
  if (/^ftypavi[fs]/.test(new TextDecoder('latin1').decode(bytes.subarray(4, 12)))) return 'AVIF画像';
  const sample = bytes.subarray(0, 512);
  if (sample.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || b >= 0x20)) return 'テキストファイル';
  return '画像ではないファイル';
}

function heicError(fileName: string): ImageAttachmentError {
  return new ImageAttachmentError(
    'heic',
    `画像「${fileName}」はHEIC形式（iPhoneの標準形式）のため使えません。JPEGに変換して添付し直してください。` +
      'iPhoneでは「設定」→「カメラ」→「フォーマット」で「互換性優先」を選んで撮り直すか、' +
      '「写真」アプリで写真を共有し「JPEGで保存」（またはパソコンへ取り込む際に「互換性優先」）で書き出せます。',
    fileName,
  );
}

function mapSharpError(error: unknown, fileName: string, maxInputPixels: number): ImageAttachmentError {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) {
    return new ImageAttachmentError(
      'too-large',
      `画像「${fileName}」は画素数が大きすぎます（上限 ${Math.round(maxInputPixels / 1_000_000)} メガピクセル）。` +
        '縮小した画像を添付し直してください。',
      fileName,
      { cause: error },
    );
  }
  if (/timeout/i.test(message)) {
    return new ImageAttachmentError(
      'timeout',
      `画像「${fileName}」の処理が時間内に終わりませんでした。画像を縮小するか、別の形式で保存し直して添付してください。`,
      fileName,
      { cause: error },
    );
  }
  if (
    /premature end|truncated|corrupt|unexpected end|incomplete|not enough data|read error|IDAT/i.test(message)
  ) {
    return new ImageAttachmentError(
      'truncated',
      `画像「${fileName}」は途中で切れているか壊れています。コピーやダウンロードが最後まで終わっているか確認し、元の画像を添付し直してください。`,
      fileName,
      { cause: error },
    );
  }
  return new ImageAttachmentError(
    'unreadable',
    `画像「${fileName}」を読み取れませんでした。画像ソフトで開けるか確認し、JPEGまたはPNGで保存し直して添付してください。`,
    fileName,
    { cause: error },
  );
}

export async function normaliseImage(
  input: Uint8Array,
  fileName: string,
  options: NormaliseOptions = {},
): Promise<NormalisedImage> {
  const o = { ...DEFAULTS, ...options };
  configureSharp();
  if (input.byteLength === 0) {
    throw new ImageAttachmentError(
      'empty',
      `画像「${fileName}」は空のファイル（0バイト）です。元の写真をもう一度保存してから添付し直してください。`,
      fileName,
    );
  }
  const kind = detect(input);
  if (kind === 'heic' || (kind === 'other' && /\.(heic|heif)$/i.test(fileName))) throw heicError(fileName);
  if (kind === 'other') {
    throw new ImageAttachmentError(
      'unsupported-format',
      `「${fileName}」は${describeOther(input)}で、添付できる画像ではありません。JPEG（.jpg）またはPNG（.png）の画像を添付してください。`,
      fileName,
    );
  }

  const open = (): ReturnType<typeof sharp> =>
    sharp(input, { limitInputPixels: o.maxInputPixels, failOn: 'truncated', sequentialRead: true }).timeout({
      seconds: o.timeoutSeconds,
    });
  try {
    const meta = await open().metadata();
    const format = meta.format === 'jpeg' || meta.format === 'png' ? meta.format : kind;
    const w = meta.width;
    const h = meta.height;
    // EXIF orientations 5–8 are quarter turns: the picture as viewed has its sides swapped.
    const swapped = (meta.orientation ?? 1) >= 5;
    const sourceWidth = swapped ? h : w;
    const sourceHeight = swapped ? w : h;
    const boxWidthPx = Math.round((o.placedWidthMm / 25.4) * o.dpi);
    const boxHeightPx = Math.round((o.placedHeightMm / 25.4) * o.dpi);
    const { data, info } = await open()
      .rotate()
      .resize({ width: boxWidthPx, height: boxHeightPx, fit: 'inside', withoutEnlargement: true })
      // PNG transparency would print black in a JPEG; paper is white.
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: o.quality, chromaSubsampling: '4:2:0' })
      .toBuffer({ resolveWithObject: true });
    // Fitted inside the placed box, the tighter dimension decides the printed size.
    const effectiveDpi = Math.round(
      Math.max(info.width / (o.placedWidthMm / 25.4), info.height / (o.placedHeightMm / 25.4)),
    );
    return {
      bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
      sourceFormat: format,
      sourceWidth,
      sourceHeight,
      effectiveDpi,
    };
  } catch (error) {
    if (error instanceof ImageAttachmentError) throw error;
    throw mapSharpError(error, fileName, o.maxInputPixels);
  }
}

/** Same as normaliseImage, reading the file at path; messages name the file by its base name. */
export async function normaliseImageFile(
  path: string,
  options: NormaliseOptions = {},
): Promise<NormalisedImage> {
  const bytes = await readFile(path);
  return normaliseImage(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    basename(path),
    options,
  );
}
