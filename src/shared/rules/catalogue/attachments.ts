import { ATTACHMENT_KINDS, FACILITY_AREAS } from '../../model/index.js';
import { S002 } from '../sources.js';
import type { Attachment } from '../../model/index.js';
import { documentsEnclosing } from '../../documents/encloses.js';
import type { DocumentId, Rule, RuleContext } from '../types.js';

const PRINTABLE = new Set(['image/jpeg', 'image/png', 'application/pdf']);

/** Photos are placed on an A4 page inside 170 × 240 mm (render-workspace.ts PHOTO_BOX_MM). */
const PHOTO_BOX_MM = { width: 170, height: 240 } as const;
/** Below this a photo looks soft on paper; 300 dpi is what the print derivative aims for. */
export const MIN_PRINT_DPI = 150;

/** Resolution a picture of this pixel size prints at when fitted into the photo box. */
export function printDpi(width: number, height: number): number {
  const scale = Math.min(PHOTO_BOX_MM.width / width, PHOTO_BOX_MM.height / height);
  const placedWidthIn = (width * scale) / 25.4;
  return width / placedWidthIn;
}

const describe = (a: { caption: string; file: { originalName: string } }) =>
  `「${a.caption || a.file.originalName}」`;

/** The slot path of an attachment (the UI lists attachments by their service's checklist). */
const slotPath = (a: { serviceId: string; kind: string; area: string | null }) =>
  a.serviceId === '' ? '' : `attachments.slot.${a.serviceId}.${a.kind}${a.area ? `.${a.area}` : ''}`;

const pathsOf = (a: Attachment) => [`attachments.${a.id}`, ...(slotPath(a) ? [slotPath(a)] : [])];

/** The forms an attachment is bound in behind: those whose definition encloses its kind. */
const documentsOf = (ctx: RuleContext, a: Pick<Attachment, 'serviceId' | 'kind'>): DocumentId[] =>
  a.serviceId === '' ? [] : ctx.docs(documentsEnclosing(a.kind), a.serviceId);

export const attachmentReadable: Rule = {
  id: 'attachment.type',
  severity: 'error',
  source: `${S002} §5.1.1(2)（写真・ネットワークトポロジ等の添付資料）`,
  title: '添付ファイルが印刷できる形式（JPEG・PNG・PDF）で中身があるか',
  check(ctx, report) {
    for (const a of ctx.ws.attachments) {
      if (PRINTABLE.has(a.file.mediaType) && a.file.size > 0) continue;
      report({
        message: !PRINTABLE.has(a.file.mediaType)
          ? `添付ファイル${describe(a)}（${a.file.mediaType || '形式不明'}）は書類に綴じ込めません。JPEG・PNGの画像かPDFに変換して添付し直してください。`
          : `添付ファイル${describe(a)}は空です（0バイト）。元のファイルを確かめて添付し直してください。`,
        paths: pathsOf(a),
        documents: documentsOf(ctx, a),
      });
    }
  },
};

export const attachmentResolution: Rule = {
  id: 'attachment.resolution',
  severity: 'warning',
  source: 'DESIGN §5（添付: 印刷に足りる解像度）',
  title: '写真・図の解像度（印刷時150dpi以上）',
  check(ctx, report) {
    for (const a of ctx.ws.attachments) {
      const { width, height, mediaType } = a.file;
      if (!mediaType.startsWith('image/') || width === undefined || height === undefined) continue;
      const dpi = printDpi(width, height);
      if (dpi >= MIN_PRINT_DPI) continue;
      report({
        message: `画像${describe(a)}（${width}×${height}ピクセル）はA4に配置すると約${Math.round(dpi)}dpiで、印刷すると粗くなります。${MIN_PRINT_DPI}dpi以上（長辺がおよそ${Math.ceil((MIN_PRINT_DPI * PHOTO_BOX_MM.height) / 25.4)}ピクセル以上）の画像に差し替えてください。`,
        paths: pathsOf(a),
        documents: documentsOf(ctx, a),
      });
    }
  },
};

export const attachmentLinks: Rule = {
  id: 'attachment.link',
  severity: 'warning',
  source: `${S002} §5.1.1(2)`,
  title: '添付資料の紐づくサービスと写真の区分',
  check(ctx, report) {
    for (const a of ctx.ws.attachments) {
      if (a.serviceId !== '' && !ctx.service(a.serviceId))
        report({
          message: `添付ファイル${describe(a)}のサービスは削除されています。別のサービスに付け替えるか、不要なら削除してください（どの書類にも綴じ込まれません）。`,
          paths: [`attachments.${a.id}`],
          documents: [],
        });
      else if (a.kind === 'facility-photo' && a.area === null)
        report({
          message: `写真${describe(a)}がどの要件（${Object.values(FACILITY_AREAS).join('・')}）を示すか選んでください。`,
          paths: [`attachments.${a.id}`],
          documents: documentsOf(ctx, a),
        });
      else if (a.serviceId === '' && a.kind !== 'other')
        report({
          message: `添付ファイル${describe(a)}（${ATTACHMENT_KINDS[a.kind]}）をどのサービスの資料か選んでください。`,
          paths: [`attachments.${a.id}`],
          documents: [],
        });
    }
  },
};

export const ATTACHMENT_RULES: Rule[] = [attachmentReadable, attachmentResolution, attachmentLinks];
