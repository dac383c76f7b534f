/**
 * What an attached PDF may do besides showing its pages: run scripts, launch programs, open web
 * pages, submit form data, carry embedded files. None of it belongs in a packet that is printed
 * and mailed, and a reviewer who opens the packet PDF must not run a stranger's script, so the
 * pages copied into the packet lose all of it ({@link stripActiveContent}); what is visible on the
 * page (text, images, form appearances) stays. The same kinds are reported when the file is
 * attached, so the user is told (inspect-pdf's worker runs {@link ACTIVE_CONTENT_SCAN}).
 */
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFRef,
  PDFStream,
  type PDFDocument,
  type PDFObject,
} from '@cantoo/pdf-lib';

/** Action types (PDF 32000-1 §12.6.4) by what the user is told; GoTo inside the file is harmless. */
export const ACTIVE_ACTION_KINDS: Record<string, string> = {
  JavaScript: 'スクリプト（JavaScript）',
  Launch: 'プログラムやファイルを開く操作',
  URI: 'Webページへのリンク',
  SubmitForm: 'フォーム内容の送信',
  ImportData: '外部データの読み込み',
  GoToR: '他のファイルを開くリンク',
  GoToE: '他のファイルを開くリンク',
  Rendition: '動画・音声の再生',
  Movie: '動画・音声の再生',
  Sound: '動画・音声の再生',
  RichMediaExecute: '動画・音声の再生',
};
export const EMBEDDED_FILE_LABEL = '埋め込みファイル';

/** Annotations that only act or carry files and media: nothing of them is printed, so they go whole. */
const DROPPED_ANNOTATIONS = new Set([
  'Link',
  'FileAttachment',
  'Sound',
  'Movie',
  'Screen',
  'RichMedia',
  '3D',
  'Projection',
]);
/** Keys through which pages, annotations and form fields trigger actions or carry associated files. */
const A = PDFName.of('A');
const ACTION_KEYS = [PDFName.of('AA'), A, PDFName.of('AF')];
const SUBTYPE = PDFName.of('Subtype');
const ANNOTS = PDFName.of('Annots');
const S = PDFName.of('S');

const dictOf = (object: PDFObject | undefined): PDFDict | undefined =>
  object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : undefined;

/** `/A` also names structure attributes; only an action (a dictionary with /S) is removed. */
const isActionValue = (doc: PDFDocument, value: PDFObject | undefined): boolean => {
  const resolved = value instanceof PDFRef ? doc.context.lookup(value) : value;
  return resolved instanceof PDFDict ? resolved.has(S) : resolved instanceof PDFArray;
};

/** Every dictionary of the file: each indirect object and the direct ones nested inside it. */
function* allDicts(doc: PDFDocument): Generator<PDFDict> {
  const visit = function* (object: PDFObject): Generator<PDFDict> {
    const dict = dictOf(object);
    if (dict) {
      yield dict;
      for (const [, value] of dict.entries()) yield* visit(value);
    } else if (object instanceof PDFArray) {
      for (const value of object.asArray()) yield* visit(value);
    }
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) yield* visit(object);
}

/**
 * Removes every action and embedded file reachable from the document's pages, in place, before
 * its pages are copied (the copy takes only what the pages still refer to). Every object is
 * visited, not only the pages' own annotations: a form field shared by widgets on several pages,
 * or a widget's parent field, carries its scripts there.
 */
export const stripActiveContent = (doc: PDFDocument): void => {
  for (const dict of [...allDicts(doc)]) {
    for (const key of ACTION_KEYS) {
      if (!dict.has(key)) continue;
      if (key === A && !isActionValue(doc, dict.get(key))) continue;
      dict.delete(key);
    }
  }
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(ANNOTS, PDFArray);
    if (!annots) continue;
    const kept = annots.asArray().filter((entry) => {
      const subtype = dictOf(entry instanceof PDFRef ? doc.context.lookup(entry) : entry)?.lookupMaybe(
        SUBTYPE,
        PDFName,
      );
      return !subtype || !DROPPED_ANNOTATIONS.has(subtype.decodeText());
    });
    if (kept.length === 0) page.node.delete(ANNOTS);
    else page.node.set(ANNOTS, doc.context.obj(kept));
  }
};

/**
 * The same search as a CommonJS snippet for inspect-pdf's worker (which cannot import this
 * module): given `doc`, `lib` (pdf-lib) and `kinds` ({@link ACTIVE_ACTION_KINDS}) and
 * `embeddedLabel`, it leaves the
 * labels of what the file holds in `found`.
 */
export const ACTIVE_CONTENT_SCAN = `
const found = new Set();
const { PDFArray, PDFDict, PDFStream, PDFName } = lib;
const name = (d, k) => { const v = d.get(PDFName.of(k)); return v instanceof PDFName ? v.decodeText() : undefined; };
const visit = (object) => {
  const dict = object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : undefined;
  if (dict) {
    const action = name(dict, 'S');
    if (action && kinds[action]) found.add(kinds[action]);
    if (name(dict, 'Type') === 'EmbeddedFile' || name(dict, 'Subtype') === 'FileAttachment') found.add(embeddedLabel);
    for (const [, value] of dict.entries()) visit(value);
  } else if (object instanceof PDFArray) {
    for (const value of object.asArray()) visit(value);
  }
};
for (const [, object] of doc.context.enumerateIndirectObjects()) visit(object);
`;
