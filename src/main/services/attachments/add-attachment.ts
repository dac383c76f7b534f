import { readFile, stat } from 'node:fs/promises';
import { IpcError } from '../../../shared/ipc/errors.js';
import { ATTACHMENT_KINDS, type AttachmentKind, type FacilityArea } from '../../../shared/model/enums.js';
import { AttachmentSchema, type Attachment } from '../../../shared/model/attachments.js';
import { newId } from '../../../shared/model/primitives.js';
import { ACTIVE_ACTION_KINDS, EMBEDDED_FILE_LABEL } from '../pdf/active-content.js';
import { writeAttachment } from './content-store.js';
import { DEFAULT_PDF_LIMITS, inspectPdf, type PdfLimits } from './inspect-pdf.js';
import { ImageAttachmentError, normaliseImage, type NormaliseOptions } from './normalise-image.js';
import { sniffType } from './sniff.js';

/** Largest file accepted at all (a scan of a certificate is a few MB; this leaves room). */
export const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;

export interface StoredFile {
  file: Attachment['file'];
  print?: Attachment['print'];
  /** Japanese: what the user should know about an accepted file (e.g. scripts that were found). */
  notices?: string[];
}

export interface StoreFileOptions {
  /** Photos must be images; other kinds may also be PDFs. */
  kind?: AttachmentKind;
  image?: NormaliseOptions;
  pdf?: PdfLimits;
}

const refuse = (message: string, name: string): IpcError => new IpcError('refused', message, [name]);

const allowedFor = (kind: AttachmentKind | undefined): string =>
  kind === 'facility-photo'
    ? 'JPEG（.jpg）またはPNG（.png）の画像'
    : 'JPEG（.jpg）・PNG（.png）の画像またはPDF';

export type CheckedFile =
  | { kind: 'pdf'; pageCount: number; notices: string[] }
  | { kind: 'image'; normalised: Awaited<ReturnType<typeof normaliseImage>> };

/**
 * Checks one file the way every attachment is checked, when attached and when imported from a
 * bundle. The type comes from the bytes, never the extension. Refused, with a Japanese message
 * naming the file: zero bytes, oversize, HEIC (with how to convert), other formats, truncated or
 * corrupt images, pixel bombs (decoding is limited in pixels and time by normaliseImage),
 * encrypted or corrupt PDFs (parsed in a worker with heap and time limits). Writes nothing.
 */
export const checkAttachmentBytes = async (
  bytes: Uint8Array,
  name: string,
  options: StoreFileOptions = {},
): Promise<CheckedFile> => {
  if (bytes.byteLength === 0) {
    throw refuse(
      `「${name}」は空のファイル（0バイト）です。元のファイルをもう一度保存してから添付し直してください。`,
      name,
    );
  }
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw refuse(
      `「${name}」は大きすぎます（上限 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB）。縮小するか、ページを分けて添付してください。`,
      name,
    );
  }
  const type = sniffType(bytes);
  if (type.kind === 'other') {
    throw refuse(
      `「${name}」は${type.description}で、添付できません。${allowedFor(options.kind)}を添付してください。`,
      name,
    );
  }
  if (type.kind === 'pdf') {
    if (options.kind === 'facility-photo') {
      throw refuse(
        `「${name}」はPDFです。ファシリティ写真はJPEG（.jpg）またはPNG（.png）の画像で添付してください。`,
        name,
      );
    }
    const inspected = await inspectPdf(bytes, options.pdf ?? DEFAULT_PDF_LIMITS);
    if (!inspected.ok) throw refuse(pdfMessage(name, inspected.problem), name);
    const notices =
      inspected.activeContent.length > 0 ? [activeContentNotice(name, inspected.activeContent)] : [];
    return { kind: 'pdf', pageCount: inspected.pageCount, notices };
  }
  // JPEG, PNG and HEIC all go through normaliseImage: it decodes fully (so truncation shows),
  // refuses HEIC with the conversion steps, and enforces the pixel and time limits.
  try {
    return { kind: 'image', normalised: await normaliseImage(bytes, name, options.image) };
  } catch (error) {
    if (error instanceof ImageAttachmentError) throw new IpcError('refused', error.message, [name]);
    throw error;
  }
};

/**
 * Checks one file ({@link checkAttachmentBytes}) and stores it content-addressed. Images also get
 * a print derivative (upright, downscaled JPEG). Nothing is written unless every check passed.
 */
export const storeAttachmentFile = async (
  dataDir: string,
  bytes: Uint8Array,
  originalName: string,
  options: StoreFileOptions = {},
): Promise<StoredFile> => {
  const name = originalName.slice(0, 255);
  const checked = await checkAttachmentBytes(bytes, name, options);
  if (checked.kind === 'pdf') {
    const sha256 = await writeAttachment(dataDir, bytes);
    return {
      file: {
        sha256,
        originalName: name,
        mediaType: 'application/pdf',
        size: bytes.byteLength,
        pageCount: checked.pageCount,
      },
      ...(checked.notices.length > 0 ? { notices: checked.notices } : {}),
    };
  }
  const { normalised } = checked;
  const sha256 = await writeAttachment(dataDir, bytes);
  const printSha = await writeAttachment(dataDir, normalised.bytes);
  return {
    file: {
      sha256,
      originalName: name,
      mediaType: normalised.sourceFormat === 'png' ? 'image/png' : 'image/jpeg',
      size: bytes.byteLength,
      width: normalised.sourceWidth,
      height: normalised.sourceHeight,
    },
    print: { sha256: printSha, width: normalised.width, height: normalised.height },
  };
};

const NOTICE_ORDER = [...new Set([...Object.values(ACTIVE_ACTION_KINDS), EMBEDDED_FILE_LABEL])];

/** Attached anyway (the pages are what J-LIS needs), but the user learns what will not be carried. */
export const activeContentNotice = (name: string, found: readonly string[]): string =>
  `PDF「${name}」には${[...found].sort((a, b) => NOTICE_ORDER.indexOf(a) - NOTICE_ORDER.indexOf(b)).join('・')}が含まれています。安全のため、印刷用の書類一式には取り込みません（ページの見た目はそのまま印刷されます）。心当たりがないファイルなら、送り主に確認してください。`;

const pdfMessage = (
  name: string,
  problem: Exclude<Awaited<ReturnType<typeof inspectPdf>>, { ok: true }>['problem'],
) => {
  switch (problem) {
    case 'encrypted':
      return `PDF「${name}」はパスワードまたは暗号化で保護されているため、印刷用にページを取り込めません。保護を解除したPDFを作成して（元のソフトで「パスワードなし」で保存するか、印刷機能で「PDFとして保存」して）添付し直してください。`;
    case 'no-pages':
      return `PDF「${name}」にはページがありません。内容を確認して添付し直してください。`;
    case 'timeout':
    case 'too-complex':
      return `PDF「${name}」は複雑すぎて時間内に読み取れませんでした。印刷機能で「PDFとして保存」し直したファイルを添付してください。`;
    case 'corrupt':
      return `PDF「${name}」は途中で切れているか壊れています。コピーやダウンロードが最後まで終わっているか確認し、元のファイルを添付し直してください。`;
  }
};

export interface AddAttachmentInput {
  dataDir: string;
  /** The file's bytes, or a path to read them from. */
  source: Uint8Array | { path: string };
  originalName: string;
  kind: AttachmentKind;
  area?: FacilityArea | null;
  serviceId?: string;
  caption?: string;
  now?: Date;
  options?: Omit<StoreFileOptions, 'kind'>;
}

/**
 * Stores a file (see {@link storeAttachmentFile}) and returns the Attachment metadata to put in
 * the workspace (the caller saves the workspace).
 */
export const addAttachment = async (input: AddAttachmentInput): Promise<Attachment> => {
  const bytes =
    input.source instanceof Uint8Array
      ? input.source
      : await readSource(input.source.path, input.originalName);
  const stored = await storeAttachmentFile(input.dataDir, bytes, input.originalName, {
    ...input.options,
    kind: input.kind,
  });
  return AttachmentSchema.parse({
    id: newId(),
    kind: input.kind,
    area: input.area ?? null,
    serviceId: input.serviceId ?? '',
    caption: input.caption ?? ATTACHMENT_KINDS[input.kind],
    file: stored.file,
    ...(stored.print ? { print: stored.print } : {}),
    addedAt: (input.now ?? new Date()).toISOString(),
  });
};

const readSource = async (path: string, name: string): Promise<Uint8Array> => {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile())
    throw new IpcError('not-found', `「${name}」が見つかりません。ファイルの場所を確認してください。`, [
      path,
    ]);
  if (info.size > MAX_ATTACHMENT_BYTES) {
    throw refuse(
      `「${name}」は大きすぎます（上限 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB）。縮小するか、ページを分けて添付してください。`,
      name,
    );
  }
  return readFile(path);
};
