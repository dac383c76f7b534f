import { PDFDocument } from '@cantoo/pdf-lib';
import { FACILITY_AREAS, type Workspace } from '../../../shared/model/index.js';
import type { Attachment as PacketAttachment } from '../pdf/packet.js';
import { loadAttachment, printJpeg } from './attachment-files.js';
import { attachmentsForDocument, type PlannedDocument } from './document-plan.js';
import type { RenderRequest } from './render-workspace.js';

export interface LoadedAttachments {
  parts: PacketAttachment[];
  /** Page count of each part, for the cover letter and the checklist before assembly. */
  pages: number[];
}

type PlannedAttachment = Workspace['attachments'][number];

/** A facility photo says which of the five areas it shows (002 §3.3.4) before its own caption. */
const areaCaption = (attachment: PlannedAttachment, caption: string): string =>
  attachment.area ? `${FACILITY_AREAS[attachment.area] ?? attachment.area}: ${caption}` : caption;

/** The files that follow one document in the packet, read and hash-checked, with their pages. */
export async function packetAttachments(
  request: RenderRequest,
  plan: PlannedDocument,
): Promise<LoadedAttachments> {
  const parts: PacketAttachment[] = [];
  const pages: number[] = [];
  for (const attachment of attachmentsForDocument(request.workspace, plan)) {
    const loaded = await loadAttachment(request.attachmentDirs ?? [], attachment);
    const caption = attachment.caption || attachment.file.originalName;
    const fileName = attachment.file.originalName;
    if (loaded.kind === 'pdf') {
      const doc = await PDFDocument.load(loaded.bytes, {
        ignoreEncryption: true,
        updateMetadata: false,
      }).catch(() => null);
      parts.push({ kind: 'pdf', bytes: loaded.bytes, caption, fileName });
      pages.push(doc?.getPageCount() ?? 1);
      continue;
    }
    // The stored print derivative is embedded as it is; only a photo attached before derivatives
    // existed is normalised here (printJpeg remembers the result for the next render).
    const bytes = loaded.printReady
      ? loaded.bytes
      : await printJpeg(loaded.bytes, fileName, attachment.file.sha256);
    parts.push({ kind: 'image', bytes, caption: areaCaption(attachment, caption), fileName });
    pages.push(1);
  }
  return { parts, pages };
}
