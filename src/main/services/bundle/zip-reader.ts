import { Inflate } from 'fflate';
import { IpcError } from '../../../shared/ipc/errors.js';
import type { BundleLimits } from './format.js';
import { collisionKey, refuseEntryName } from './entry-names.js';

/** One entry as the central directory declares it (nothing inflated yet). */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const refuse = (message: string, details?: string[]): IpcError =>
  new IpcError('refused', `このファイルは取り込めません: ${message}。何も変更していません。`, details);

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const UNIX_HOST = 3;
const NTFS_REPARSE_POINT = 0x400;

const decodeName = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

/**
 * Reads the central directory and refuses anything unsafe before a single byte is inflated:
 * hostile names, links and special files, encryption, unknown methods, duplicate names (also
 * ignoring case and Unicode form), overlapping entries, and declared sizes beyond the limits.
 */
export const readCentralDirectory = (zip: Uint8Array, limits: BundleLimits): ZipEntry[] => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.byteLength - 22; i >= Math.max(0, zip.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw refuse('ZIP形式ではないか、ファイルが途中で切れています');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 8, true) !== count) {
    throw refuse('分割されたZIPには対応していません');
  }
  if (count === 0xffff || cdOffset === 0xffffffff) throw refuse('ZIP64形式には対応していません');
  if (count > limits.maxEntries)
    throw refuse(`項目の数（${count}）が上限（${limits.maxEntries}）を超えています`);
  if (cdOffset + cdSize > eocd) throw refuse('ZIPの目次が壊れています');

  const entries: ZipEntry[] = [];
  const seen = new Map<string, string>();
  let total = 0;
  let totalCompressed = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw refuse('ZIPの目次が壊れています');
    const madeBy = view.getUint16(at + 4, true) >> 8;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const externalAttrs = view.getUint32(at + 38, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (at > eocd) throw refuse('ZIPの目次が壊れています');

    const name = decodeName(nameBytes);
    if (name === null) throw refuse('文字コードが正しくない名前があります');
    const shown = JSON.stringify(name.slice(0, 120));
    const why = refuseEntryName(name);
    if (why) throw refuse(`${why}: ${shown}`, [name]);
    const unixType = (externalAttrs >>> 16) & S_IFMT;
    if (madeBy === UNIX_HOST && unixType !== 0 && unixType !== S_IFREG) {
      throw refuse(`シンボリックリンクなど通常のファイルでない項目があります: ${shown}`, [name]);
    }
    if (externalAttrs & NTFS_REPARSE_POINT)
      throw refuse(`リンク（リパースポイント）の項目があります: ${shown}`, [name]);
    if (flags & 0x1) throw refuse(`暗号化された項目があります: ${shown}`, [name]);
    if (method !== 0 && method !== 8)
      throw refuse(`対応していない圧縮方式の項目があります: ${shown}`, [name]);
    if (method === 0 && compressedSize !== size)
      throw refuse(`大きさの記録が矛盾する項目があります: ${shown}`, [name]);
    const key = collisionKey(name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw refuse(`同じ名前の項目が重複しています: ${JSON.stringify(earlier)} と ${shown}`, [earlier, name]);
    }
    seen.set(key, name);
    if (size > limits.maxEntryBytes)
      throw refuse(`大きすぎる項目があります（${shown}、${size}バイト）`, [name]);
    total += size;
    totalCompressed += compressedSize;
    if (total > limits.maxTotalBytes)
      throw refuse(`展開後の合計サイズが上限（${limits.maxTotalBytes}バイト）を超えています`);
    if (size > limits.ratioFloorBytes && size > compressedSize * limits.maxRatio) {
      throw refuse(`圧縮率が異常に高い項目があります（ZIP爆弾の疑い）: ${shown}`, [name]);
    }
    entries.push({ name, method, compressedSize, size, localHeaderOffset });
  }
  // Many entries each under the floor add up: the ratio also holds for the archive as a whole.
  if (total > limits.ratioFloorBytes && total > totalCompressed * limits.maxRatio) {
    throw refuse(
      `展開後の合計サイズ（${total}バイト）が圧縮後の${limits.maxRatio}倍を超えています（ZIP爆弾の疑い）`,
    );
  }

  // Entries sharing compressed bytes are how non-recursive zip bombs multiply their output.
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let end = 0;
  for (const entry of byOffset) {
    if (entry.localHeaderOffset < end) throw refuse('項目どうしが重なり合っています（ZIP爆弾の疑い）');
    end = dataStart(zip, view, entry) + entry.compressedSize;
    if (end > cdOffset) throw refuse('ZIPの目次が壊れています');
  }
  return entries;
};

const dataStart = (zip: Uint8Array, view: DataView, entry: ZipEntry): number => {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.byteLength || view.getUint32(at, true) !== LOCAL) throw refuse('ZIPの項目が壊れています');
  const nameLength = view.getUint16(at + 26, true);
  const extraLength = view.getUint16(at + 28, true);
  const localName = decodeName(zip.subarray(at + 30, at + 30 + nameLength));
  if (localName !== entry.name) {
    throw refuse(`目次と本体で名前が異なる項目があります: ${JSON.stringify(entry.name.slice(0, 120))}`, [
      entry.name,
    ]);
  }
  return at + 30 + nameLength + extraLength;
};

const CHUNK = 64 * 1024;

/**
 * Inflates one entry, never producing more than its declared size: a zip that understates a
 * size (to slip past the checks above) is stopped as soon as it overflows.
 */
export const extractEntry = (zip: Uint8Array, entry: ZipEntry): Uint8Array => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const start = dataStart(zip, view, entry);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  const out = new Uint8Array(entry.size);
  let written = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.byteLength > entry.size) {
      throw refuse(`記録より大きく展開される項目があります（ZIP爆弾の疑い）: ${JSON.stringify(entry.name)}`, [
        entry.name,
      ]);
    }
    out.set(chunk, written);
    written += chunk.byteLength;
    if (final) finished = true;
  });
  try {
    for (let i = 0; i < data.byteLength; i += CHUNK) {
      inflater.push(data.subarray(i, Math.min(i + CHUNK, data.byteLength)), i + CHUNK >= data.byteLength);
    }
  } catch (error) {
    if (error instanceof IpcError) throw error;
    throw refuse(`壊れた項目があります: ${JSON.stringify(entry.name)}`, [entry.name]);
  }
  if (!finished || written !== entry.size) {
    throw refuse(`記録と大きさが異なる項目があります: ${JSON.stringify(entry.name)}`, [entry.name]);
  }
  return out;
};
