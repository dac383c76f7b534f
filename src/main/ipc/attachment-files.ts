import { PDFDocument } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import type { StoredFile } from '../../shared/ipc/contract.js';
import { IpcError } from '../../shared/ipc/errors.js';
import { readAttachment, writeAttachment } from '../services/attachments/content-store.js';
import type { AttachmentFiles } from './handlers.js';

const MAX_BYTES = 50 * 1024 * 1024;
/** 150 dpi over an A4 half page is ~1000 px; below 600 px on the long side a photo prints blurred. */
const MIN_LONG_SIDE = 600;

type Media = 'image/jpeg' | 'image/png' | 'application/pdf';

// Types are decided by content, not by the file name the user happened to give it.
const sniff = (b: Uint8Array): Media | null => {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'application/pdf';
  return null;
};

const refuse = (name: string, why: string): IpcError =>
  new IpcError('refused', `「${name}」は添付できません。${why}`, [name]);

const describeOther = (b: Uint8Array): string => {
  const head = Buffer.from(b.subarray(0, 12)).toString('latin1');
  if (head.includes('ftypheic') || head.includes('ftypheix') || head.includes('ftypmif1')) {
    return 'HEIC形式の写真は読み込めません。スマートフォンの設定で「互換性優先」にするか、JPEGに変換してから添付してください。';
  }
  return '対応している形式は JPEG・PNG・PDF です。この形式で保存し直してから添付してください。';
};

const inspectImage = async (name: string, bytes: Uint8Array) => {
  try {
    // A full decode, so a truncated or damaged photo is caught now rather than at printing.
    const { info } = await sharp(bytes, { failOn: 'truncated' })
      .rotate()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height };
  } catch {
    throw refuse(
      name,
      'ファイルが壊れているか、途中までしかありません。元の画像を開けるか確認し、保存し直してから添付してください。',
    );
  }
};

const inspectPdf = async (name: string, bytes: Uint8Array) => {
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    if (pdf.isEncrypted) throw new Error('encrypted');
    return { pageCount: pdf.getPageCount() };
  } catch (error) {
    if (error instanceof Error && error.message === 'encrypted') {
      throw refuse(
        name,
        'パスワードで保護されたPDFは書類一式に綴じられません。保護を解除したPDFを添付してください。',
      );
    }
    throw refuse(
      name,
      'PDFとして読み込めません（壊れている可能性があります）。元のファイルを開けるか確認してください。',
    );
  }
};

/** The attachment store behind the IPC channels: checks a file, stores it by content, makes thumbnails. */
export const createAttachmentFiles = (dataDir: string): AttachmentFiles => ({
  add: async ({ name, bytes }): Promise<StoredFile> => {
    if (bytes.byteLength === 0) throw refuse(name, 'ファイルが空です（0バイト）。');
    if (bytes.byteLength > MAX_BYTES)
      throw refuse(name, '50MBを超えるファイルは添付できません。解像度を下げるか、ページを分けてください。');
    const mediaType = sniff(bytes);
    if (!mediaType) throw refuse(name, describeOther(bytes));
    const details =
      mediaType === 'application/pdf' ? await inspectPdf(name, bytes) : await inspectImage(name, bytes);
    if ('width' in details && Math.max(details.width, details.height) < MIN_LONG_SIDE) {
      throw refuse(
        name,
        `解像度が低すぎます（${details.width}×${details.height}ピクセル）。印刷に耐えるよう、長い辺が${MIN_LONG_SIDE}ピクセル以上の画像を添付してください。`,
      );
    }
    const sha256 = await writeAttachment(dataDir, bytes);
    return { file: { sha256, originalName: name, mediaType, size: bytes.byteLength, ...details } };
  },

  read: (sha256) => readAttachment(dataDir, sha256),

  thumbnail: async (sha256) => {
    const bytes = await readAttachment(dataDir, sha256);
    // PDFs are drawn by the renderer's pdf.js, which the app already ships for previews.
    if (sniff(bytes) === 'application/pdf') return { bytes, mediaType: 'application/pdf' };
    const jpeg = await sharp(bytes)
      .rotate()
      .resize(192, 144, { fit: 'inside' })
      .jpeg({ quality: 75 })
      .toBuffer();
    return { bytes: new Uint8Array(jpeg), mediaType: 'image/jpeg' };
  },
});
