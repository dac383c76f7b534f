/**
 * The one-page test sheet for printer offset calibration: mm rulers along the top and left edges
 * and cross marks at known distances from the paper's edges. Printed without correction, the user
 * measures where the centre cross landed and enters the shift; printed with it, the marks sit
 * where the sheet says.
 */
import { readFile } from 'node:fs/promises';
import fontkit from '@cantoo/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { FONT_FACES } from '../../../../forms/fonts/faces.js';
import { fontPath } from '../pdf/fonts.js';
import { applyOffset, type PrinterOffset } from './print-pdf.js';

const PT = 72 / 25.4;
const A4 = { width: 210, height: 297 };
/** Cross marks, mm from the left and top edges: the centre and 20 mm in from each corner. */
export const CALIBRATION_MARKS = [
  { xMm: 105, yMm: 148.5 },
  { xMm: 20, yMm: 20 },
  { xMm: 190, yMm: 20 },
  { xMm: 20, yMm: 277 },
  { xMm: 190, yMm: 277 },
] as const;

const black = rgb(0, 0, 0);
const line = (page: PDFPage, x1: number, y1: number, x2: number, y2: number, thickness = 0.3): void =>
  page.drawLine({
    start: { x: x1 * PT, y: (A4.height - y1) * PT },
    end: { x: x2 * PT, y: (A4.height - y2) * PT },
    thickness,
    color: black,
  });
const text = (page: PDFPage, font: PDFFont, s: string, xMm: number, yMm: number, size = 9): void =>
  page.drawText(s, { x: xMm * PT, y: (A4.height - yMm) * PT, size, font, color: black });

function rulers(page: PDFPage, font: PDFFont): void {
  // Top ruler from the left edge, left ruler from the top edge: read the mark's distance directly.
  for (let mm = 5; mm <= 200; mm += 1) {
    const long = mm % 10 === 0 ? 6 : mm % 5 === 0 ? 4 : 2.5;
    line(page, mm, 8, mm, 8 + long, 0.25);
    if (mm % 10 === 0 && mm < 200) text(page, font, String(mm), mm - 2, 19, 6);
  }
  for (let mm = 10; mm <= 290; mm += 1) {
    const long = mm % 10 === 0 ? 6 : mm % 5 === 0 ? 4 : 2.5;
    line(page, 8, mm, 8 + long, mm, 0.25);
    if (mm % 10 === 0 && mm > 20 && mm < 290) text(page, font, String(mm), 15.5, mm + 1, 6);
  }
}

function cross(page: PDFPage, font: PDFFont, xMm: number, yMm: number): void {
  line(page, xMm - 8, yMm, xMm + 8, yMm, 0.4);
  line(page, xMm, yMm - 8, xMm, yMm + 8, 0.4);
  page.drawCircle({
    x: xMm * PT,
    y: (A4.height - yMm) * PT,
    size: 3 * PT,
    borderColor: black,
    borderWidth: 0.3,
  });
  text(page, font, `左端から${xMm}mm・上端から${yMm}mm`, xMm + 2, yMm - 2, 6);
}

const INSTRUCTIONS = [
  '印刷位置の確認用紙（A4・等倍で印刷してください）',
  '1. 中央の十字の中心が、用紙の左端から何mm、上端から何mmの位置に印刷されたかを定規で測ります。',
  '2. 測った値から 105mm・148.5mm を引いた差を「右へのずれ」「下へのずれ」として入力します。',
  '   （左や上にずれていたら、マイナスの値になります）',
  '3. 保存後に「調整して確認用紙を印刷」で、十字が正しい位置に来ることを確かめます。',
];

export async function calibrationSheet(options: {
  printerName: string;
  offset: PrinterOffset | null;
}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const face = FONT_FACES.find((f) => f.key === 'sans-400');
  if (!face) throw new Error('sans-400 face missing from FONT_FACES');
  const font = await doc.embedFont(await readFile(fontPath(face)), {
    subset: true,
    customName: 'LGWANC+NotoSansJP-Regular',
  });
  const page = doc.addPage([A4.width * PT, A4.height * PT]);
  rulers(page, font);
  for (const mark of CALIBRATION_MARKS) cross(page, font, mark.xMm, mark.yMm);
  INSTRUCTIONS.forEach((s, i) => text(page, font, s, 30, 60 + i * 7, i === 0 ? 12 : 9));
  const applied = options.offset
    ? `補正あり（右へ ${options.offset.xMm}mm・下へ ${options.offset.yMm}mm のずれを打ち消して印刷）`
    : '補正なし（プリンタのずれをそのまま測るための印刷）';
  text(page, font, `プリンタ: ${options.printerName || '既定のプリンタ'}`, 30, 105, 9);
  text(page, font, applied, 30, 112, 9);
  doc.setTitle('印刷位置の確認用紙');
  doc.setLanguage('ja-JP');
  applyOffset(doc, options.offset);
  return doc.save();
}
