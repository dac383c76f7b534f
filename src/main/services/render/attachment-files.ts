/**
 * Loads the bytes of a workspace's attachments for the packet: the print derivative of a photo when
 * one was made at attach time, else the original. Files are content-addressed (`<sha256>` in the
 * store, `<sha256>.<ext>` in the bundled samples), and every file is checked against its hash so a
 * damaged or swapped file never reaches the printed packet.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Attachment } from '../../../shared/model/index.js';

export class AttachmentFileError extends Error {
  constructor(
    message: string,
    readonly fileName: string,
  ) {
    super(message);
    this.name = 'AttachmentFileError';
  }
}

async function findFile(dirs: readonly string[], sha256: string): Promise<string | undefined> {
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    const name = names.find((n) => n === sha256 || n.startsWith(`${sha256}.`));
    if (name) return join(dir, name);
  }
  return undefined;
}

/** Reads a content-addressed file and checks its hash; the message names the user's file. */
export async function readContentAddressed(
  dirs: readonly string[],
  sha256: string,
  originalName: string,
): Promise<Uint8Array> {
  const path = await findFile(dirs, sha256);
  if (!path) {
    throw new AttachmentFileError(
      `添付ファイル「${originalName}」が見つかりません。添付し直してください。`,
      originalName,
    );
  }
  const bytes = new Uint8Array(await readFile(path));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) {
    throw new AttachmentFileError(
      `添付ファイル「${originalName}」の内容が添付したときと一致しません（ファイルが壊れているか置き換えられています）。添付し直してください。`,
      originalName,
    );
  }
  return bytes;
}

export interface LoadedAttachment {
  attachment: Attachment;
  kind: 'image' | 'pdf';
  bytes: Uint8Array;
  /** True when bytes are the print derivative (already a rotated, downscaled JPEG). */
  printReady: boolean;
}

export async function loadAttachment(
  dirs: readonly string[],
  attachment: Attachment,
): Promise<LoadedAttachment> {
  const { file } = attachment;
  if (file.mediaType === 'application/pdf') {
    return {
      attachment,
      kind: 'pdf',
      bytes: await readContentAddressed(dirs, file.sha256, file.originalName),
      printReady: true,
    };
  }
  if (!file.mediaType.startsWith('image/')) {
    throw new AttachmentFileError(
      `添付ファイル「${file.originalName}」（${file.mediaType || '種類不明'}）は申込書類に綴じ込めません。JPEG・PNGの画像かPDFに変換して添付し直してください。`,
      file.originalName,
    );
  }
  if (attachment.print) {
    return {
      attachment,
      kind: 'image',
      bytes: await readContentAddressed(dirs, attachment.print.sha256, file.originalName),
      printReady: true,
    };
  }
  return {
    attachment,
    kind: 'image',
    bytes: await readContentAddressed(dirs, file.sha256, file.originalName),
    printReady: false,
  };
}

/** Derivatives made at render time, by source hash: the same photo is not re-encoded per render. */
const fallbackDerivatives = new Map<string, Uint8Array>();
const FALLBACK_CACHE_BYTES = 32 * 1024 * 1024;
let fallbackBytes = 0;

/**
 * Print version of a photo that has no stored derivative, made exactly as attaching makes one
 * (normalise-image.ts: EXIF rotation, fitted to the packet's photo box, JPEG). Photos attached
 * through the app have their derivative already (Attachment.print) and never come here; this covers
 * older or hand-made workspaces. With `sha256` (the source's content hash) the result is remembered
 * for later renders in this process.
 */
export async function printJpeg(bytes: Uint8Array, fileName: string, sha256?: string): Promise<Uint8Array> {
  const known = sha256 ? fallbackDerivatives.get(sha256) : undefined;
  if (known) return known;
  const { normaliseImage } = await import('../attachments/normalise-image.js');
  const { bytes: result } = await normaliseImage(bytes, fileName);
  if (sha256 && result.byteLength < FALLBACK_CACHE_BYTES) {
    for (const [oldKey, old] of fallbackDerivatives) {
      if (fallbackBytes + result.byteLength <= FALLBACK_CACHE_BYTES) break;
      fallbackDerivatives.delete(oldKey);
      fallbackBytes -= old.byteLength;
    }
    fallbackDerivatives.set(sha256, result);
    fallbackBytes += result.byteLength;
  }
  return result;
}
