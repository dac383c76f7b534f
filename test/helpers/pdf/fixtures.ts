/** Real attachment files for packet tests, written with the same libraries a user's tools would use. */
import { PDFDocument, StandardFonts, degrees, rgb } from '@cantoo/pdf-lib';
import sharp from 'sharp';

/** A photo-like JPEG: a gradient with a dark block, so its placement can be found by ink. */
export async function makeJpeg(width = 1600, height = 1200): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g"><stop offset="0" stop-color="#336699"/><stop offset="1" stop-color="#99ccff"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <rect x="${width * 0.1}" y="${height * 0.1}" width="${width * 0.3}" height="${height * 0.3}" fill="#000"/>
  </svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer());
}

/** A multi-page PDF such as a scanned certificate: page 2 is landscape via /Rotate 90. */
export async function makeAttachmentPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i += 1) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`CERTIFICATE PAGE ${i + 1}`, { x: 72, y: 700, size: 24, font, color: rgb(0, 0, 0) });
    if (i === 1) page.setRotation(degrees(90));
  }
  return doc.save();
}

export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595.28, 841.89]);
  doc.encrypt({ userPassword: 'secret', ownerPassword: 'owner' });
  return doc.save();
}

export async function makeTruncatedPdf(): Promise<Uint8Array> {
  const whole = await makeAttachmentPdf(1);
  return whole.slice(0, Math.floor(whole.length / 3));
}
