import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IpcError } from '../../../shared/ipc/errors.js';
import { writeFileDurably } from '../store/durable-write.js';
import { storeLayout } from '../store/layout.js';

const SHA256 = /^[0-9a-f]{64}$/;

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** `<dataDir>/attachments/<sha256>`; the name is checked so it can never leave that folder. */
export const attachmentPath = (dataDir: string, sha256: string): string => {
  if (!SHA256.test(sha256))
    throw new IpcError('invalid-input', `添付ファイルの指定が正しくありません: ${sha256.slice(0, 70)}`);
  return join(storeLayout(dataDir).attachments, sha256);
};

/**
 * Reads stored attachment bytes and checks them against their name. Throws a clear error when
 * the file is missing or its bytes changed since it was stored (disk damage, outside edits).
 */
export const readAttachment = async (dataDir: string, sha256: string): Promise<Uint8Array> => {
  const path = attachmentPath(dataDir, sha256);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new IpcError(
        'not-found',
        `添付ファイルが見つかりません（${sha256.slice(0, 12)}…）。添付し直してください。`,
        [path],
      );
    }
    throw error;
  }
  if (sha256Hex(bytes) !== sha256) {
    throw new IpcError(
      'io',
      `添付ファイル（${sha256.slice(0, 12)}…）の内容が保存時から変わっています（ディスクの故障などで壊れた可能性があります）。元のファイルを添付し直してください。`,
      [path],
    );
  }
  return bytes;
};

/**
 * Stores bytes under their own sha256 and returns it. Content-addressed, so an identical file is
 * stored once; an existing file with wrong bytes is replaced by the right ones.
 */
export const writeAttachment = async (dataDir: string, bytes: Uint8Array): Promise<string> => {
  const sha256 = sha256Hex(bytes);
  const path = attachmentPath(dataDir, sha256);
  const existing = await stat(path).catch(() => null);
  if (existing?.size === bytes.byteLength) {
    const current = await readFile(path);
    if (sha256Hex(current) === sha256) return sha256;
  }
  await mkdir(storeLayout(dataDir).attachments, { recursive: true });
  await writeFileDurably(path, bytes);
  return sha256;
};

/** Whether the attachment is stored intact. */
export const hasAttachment = async (dataDir: string, sha256: string): Promise<boolean> =>
  readAttachment(dataDir, sha256).then(
    () => true,
    () => false,
  );
