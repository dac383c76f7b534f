/**
 * How far down a page its flowing content reaches, read from the page's content stream: the lowest
 * point drawn (text positions and ruled lines) above the bottom margin, in mm from the top edge.
 * Fixed furniture is left out: what sits in the bottom margin (footer, page number) and the large
 * 下書き watermark. renderDocument uses it to see a last page that holds only a row or two, 「以上」
 * or a footnote.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFDocument,
  type PDFPage,
} from '@cantoo/pdf-lib';
import { multiply, type Matrix } from './matrix.js';

const PT_TO_MM = 25.4 / 72;
/** Text this large is the watermark, not content. */
const WATERMARK_PT = 50;

function contentOf(doc: PDFDocument, page: PDFPage): string {
  const parts: string[] = [];
  const visit = (object: unknown): void => {
    const o = object instanceof PDFRef ? doc.context.lookup(object) : object;
    if (o instanceof PDFRawStream) parts.push(Buffer.from(decodePDFRawStream(o).decode()).toString('latin1'));
    else if (o instanceof PDFArray) for (const item of o.asArray()) visit(item);
  };
  visit(page.node.get(PDFName.of('Contents')));
  return parts.join('\n');
}

/** The lowest content point of the page, in mm from its top edge (0 when nothing flows on it). */
export function contentBottomMm(doc: PDFDocument, page: PDFPage, bottomMarginMm: number): number {
  const height = page.getHeight();
  const floor = bottomMarginMm / PT_TO_MM;
  // Strings (hex <…> or (…)) are dropped first so their bytes are not read as operators.
  const tokens = contentOf(doc, page)
    .replace(/\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>/g, ' ')
    .split(/[\s[\]]+/);
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let operands: number[] = [];
  let fontSize = 0;
  let lowest = height;
  const see = (py: number) => {
    if (py >= floor - 0.5 && py < lowest) lowest = py;
  };
  const at = (x: number, y: number) => x * ctm[1] + y * ctm[3] + ctm[5];
  // A path counts when it is painted; clipping paths (… W n), which react-pdf draws well outside
  // the box they clip, do not.
  let path: number[] = [];
  for (const token of tokens) {
    if (token === '') continue;
    const n = Number(token);
    if (!Number.isNaN(n)) {
      operands.push(n);
      continue;
    }
    const a = operands;
    operands = [];
    switch (token) {
      case 'q':
        stack.push(ctm);
        break;
      case 'Q':
        ctm = stack.pop() ?? ctm;
        break;
      case 'cm':
        if (a.length >= 6) ctm = multiply(a.slice(-6) as Matrix, ctm);
        break;
      case 'Tf':
        fontSize = a.at(-1) ?? fontSize;
        break;
      case 'Tm':
        if (a.length >= 6 && fontSize < WATERMARK_PT) see(at(a.at(-2) ?? 0, a.at(-1) ?? 0));
        break;
      case 'm':
      case 'l':
        if (a.length >= 2) path.push(at(a.at(-2) ?? 0, a.at(-1) ?? 0));
        break;
      case 'c':
        if (a.length >= 6) path.push(at(a.at(-2) ?? 0, a.at(-1) ?? 0));
        break;
      case 're':
        if (a.length >= 4) {
          const [x, y, , h] = a.slice(-4) as [number, number, number, number];
          path.push(at(x, y), at(x, y + h));
        }
        break;
      case 'n':
        path = [];
        break;
      case 'S':
      case 's':
      case 'f':
      case 'F':
      case 'f*':
      case 'B':
      case 'B*':
      case 'b':
      case 'b*':
        path.forEach(see);
        path = [];
        break;
      default:
        break;
    }
  }
  return lowest >= height ? 0 : (height - lowest) * PT_TO_MM;
}
