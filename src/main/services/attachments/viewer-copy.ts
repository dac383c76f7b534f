import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IpcError } from '../../../shared/ipc/errors.js';
import { isWritableMediaType, safeFileName, withoutExtension } from '../files/safe-name.js';
import { sniffType } from './sniff.js';

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.byteLength === b.byteLength && Buffer.from(a).equals(Buffer.from(b));

/**
 * Copies stored bytes out for the system viewer. The store names files by hash, and the viewer
 * picks its program by extension, so the copy gets one — from the sniffed type, never from the
 * original name (a JPEG that is also valid script, named `photo.js`, must open as a picture).
 * The original name only gives a readable base. A copy already there with the same bytes is
 * reused (on Windows the viewer may still hold it open).
 */
export const copyForViewer = async (
  tempDir: string,
  sha256: string,
  bytes: Uint8Array,
  originalName: string | undefined,
): Promise<string> => {
  const type = sniffType(bytes);
  const mediaType = 'mediaType' in type ? type.mediaType : '';
  if (!isWritableMediaType(mediaType)) {
    throw new IpcError(
      'refused',
      'この添付ファイルはJPEG・PNG・PDFのいずれでもないため、開けません。元のファイルを添付し直してください。',
    );
  }
  const name = safeFileName(
    withoutExtension(originalName ?? ''),
    mediaType,
    `添付資料_${sha256.slice(0, 8)}`,
  );
  const dir = join(tempDir, sha256.slice(0, 16));
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  const existing = await readFile(path).catch(() => null);
  if (!existing || !sameBytes(existing, bytes)) await writeFile(path, bytes);
  return path;
};
