import sharp from 'sharp';
import { IpcError } from '../../../shared/ipc/errors.js';
import { storeAttachmentFile, type StoredFile } from './add-attachment.js';
import { readAttachment } from './content-store.js';
import { sniffType } from './sniff.js';

const THUMBNAIL_PX = 320;

/**
 * The attachment service the IPC handlers use (`attachments.add`, `.read`, `.thumbnail`), bound
 * to one data directory.
 */
export const createAttachmentFiles = (dataDir: string) => ({
  /** Checks and stores a file; see storeAttachmentFile for what is refused. */
  add: ({ name, bytes }: { name: string; bytes: Uint8Array }): Promise<StoredFile> =>
    storeAttachmentFile(dataDir, bytes, name),
  /** The stored bytes, verified against their sha256. */
  read: (sha256: string): Promise<Uint8Array> => readAttachment(dataDir, sha256),
  /** A small JPEG preview of a stored image (from verified bytes, with the same decoding limits). */
  thumbnail: async (sha256: string): Promise<{ bytes: Uint8Array; mediaType: string }> => {
    const bytes = await readAttachment(dataDir, sha256);
    const type = sniffType(bytes);
    if (type.kind !== 'jpeg' && type.kind !== 'png') {
      throw new IpcError('not-found', 'この添付ファイルは画像ではないため、縮小表示はありません。');
    }
    const out = await sharp(bytes, { limitInputPixels: 100_000_000, failOn: 'truncated' })
      .timeout({ seconds: 20 })
      .rotate()
      .resize({ width: THUMBNAIL_PX, height: THUMBNAIL_PX, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 70 })
      .toBuffer();
    return { bytes: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), mediaType: 'image/jpeg' };
  },
});
export type AttachmentFilesService = ReturnType<typeof createAttachmentFiles>;
