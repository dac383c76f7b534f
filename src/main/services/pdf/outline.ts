/**
 * PDF bookmarks (outline). pdf-lib has no outline API, so the /Outlines tree is written as PDF
 * objects (PDF 32000-1 §12.3.3). Titles are UTF-16BE hex strings so Japanese shows in every viewer.
 */
import {
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFNull,
  type PDFRef,
} from '@cantoo/pdf-lib';

export interface OutlineItem {
  title: string;
  /** 0-based index of the page the bookmark opens. */
  pageIndex: number;
  children?: OutlineItem[];
}

export function writeOutline(doc: PDFDocument, items: readonly OutlineItem[]): void {
  if (items.length === 0) return;
  const { context } = doc;
  const pageRefs = doc.getPages().map((p) => p.ref);
  const rootRef = context.nextRef();

  /** Writes siblings under parentRef; returns first/last refs and the count of visible descendants. */
  const writeLevel = (
    level: readonly OutlineItem[],
    parentRef: PDFRef,
  ): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = level.map(() => context.nextRef());
    let count = level.length;
    level.forEach((item, i) => {
      const pageRef = pageRefs[item.pageIndex];
      if (!pageRef) throw new RangeError(`Outline "${item.title}" points at missing page ${item.pageIndex}`);
      const dict = PDFDict.withContext(context);
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parentRef);
      // [page /XYZ null null null]: open at the top of the page, keeping the reader's zoom.
      dict.set(PDFName.of('Dest'), context.obj([pageRef, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]));
      const prev = refs[i - 1];
      const next = refs[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev);
      if (next) dict.set(PDFName.of('Next'), next);
      const ref = refs[i] as PDFRef;
      if (item.children && item.children.length > 0) {
        const sub = writeLevel(item.children, ref);
        dict.set(PDFName.of('First'), sub.first);
        dict.set(PDFName.of('Last'), sub.last);
        // Positive count: the entry opens expanded, showing its attachments.
        dict.set(PDFName.of('Count'), PDFNumber.of(sub.count));
        count += sub.count;
      }
      context.assign(ref, dict);
    });
    return { first: refs[0] as PDFRef, last: refs.at(-1) as PDFRef, count };
  };

  const top = writeLevel(items, rootRef);
  const root = PDFDict.withContext(context);
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), top.first);
  root.set(PDFName.of('Last'), top.last);
  root.set(PDFName.of('Count'), PDFNumber.of(top.count));
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  // Open with the bookmark pane showing, so the reviewer sees the packet's contents at once.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
