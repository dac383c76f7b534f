import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';

/** One entry of a hand-made zip; every field a hostile archive may lie about can be set. */
export interface CraftEntry {
  name: string | Uint8Array;
  data: Uint8Array;
  method?: 0 | 8;
  /** Uncompressed size to declare (defaults to the truth). */
  declaredSize?: number;
  externalAttrs?: number;
  /** Host in the high byte of "version made by": 3 = Unix, 0 = DOS. */
  madeBy?: number;
  flags?: number;
  /** Name in the local header, when it should differ from the central directory. */
  localName?: string;
  /** Points this entry's central record at another entry's local header (overlap bombs). */
  shareLocalWith?: number;
}

const enc = (s: string | Uint8Array) => (typeof s === 'string' ? new TextEncoder().encode(s) : s);

/**
 * Writes a zip byte for byte, so tests can build archives no well-behaved library would
 * (duplicate names, links, lying sizes, mismatched headers).
 */
export const craftZip = (entries: CraftEntry[]): Uint8Array => {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  entries.forEach((e, index) => {
    const method = e.method ?? 8;
    const body = method === 8 ? deflateSync(e.data) : e.data;
    const name = enc(e.name);
    const localName = enc(e.localName ?? e.name);
    const size = e.declaredSize ?? e.data.byteLength;
    const crc = crc32(e.data);
    const flags = (e.flags ?? 0) | (typeof e.name === 'string' ? 0x800 : 0);
    let localOffset = offset;
    if (e.shareLocalWith !== undefined) {
      localOffset = offsets[e.shareLocalWith] ?? 0;
    } else {
      const local = new Uint8Array(30 + localName.byteLength + body.byteLength);
      const lv = new DataView(local.buffer);
      lv.setUint32(0, 0x04034b50, true);
      lv.setUint16(4, 20, true);
      lv.setUint16(6, flags, true);
      lv.setUint16(8, method, true);
      lv.setUint32(14, crc, true);
      lv.setUint32(18, body.byteLength, true);
      lv.setUint32(22, size, true);
      lv.setUint16(26, localName.byteLength, true);
      local.set(localName, 30);
      local.set(body, 30 + localName.byteLength);
      locals.push(local);
      offset += local.byteLength;
    }
    offsets[index] = localOffset;
    const central = new Uint8Array(46 + name.byteLength);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, ((e.madeBy ?? 3) << 8) | 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.byteLength, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.byteLength, true);
    cv.setUint32(38, e.externalAttrs ?? (0o100644 << 16) >>> 0, true);
    cv.setUint32(42, localOffset, true);
    central.set(name, 46);
    centrals.push(central);
  });
  const cdSize = centrals.reduce((n, c) => n + c.byteLength, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, eocd]) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
};
