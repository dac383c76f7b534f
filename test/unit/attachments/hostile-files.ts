import { crc32 } from 'node:zlib';
import { PDFDocument } from '@cantoo/pdf-lib';
import sharp from 'sharp';

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([u32(data.length), body, u32(crc32(body))]);
};

/** A tiny PNG whose header claims width × height pixels (a decompression "pixel bomb"). */
export const pixelBombPng = (width: number, height: number): Uint8Array => {
  const ihdr = Buffer.concat([u32(width), u32(height), Buffer.from([8, 2, 0, 0, 0])]);
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

/** The first bytes of an iPhone HEIC photo (ISO-BMFF `ftyp` box with the `heic` brand). */
export const heicHeader = (): Uint8Array =>
  Buffer.concat([
    u32(24),
    Buffer.from('ftypheic', 'latin1'),
    u32(0),
    Buffer.from('mif1heic', 'latin1'),
    Buffer.alloc(200),
  ]);

export const photoJpeg = async (): Promise<Uint8Array> =>
  sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#6a8caf' } })
    .composite([
      {
        input: Buffer.from(
          '<svg width="1600" height="1200"><circle cx="800" cy="600" r="400" fill="#f2c200"/></svg>',
        ),
      },
    ])
    .jpeg({ quality: 90 })
    .toBuffer();

export const diagramPng = async (): Promise<Uint8Array> =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer();

export const pdf = async (pages: number, encrypt = false): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]);
  if (encrypt) doc.encrypt({ userPassword: 'secret', ownerPassword: 'owner' });
  return doc.save();
};
