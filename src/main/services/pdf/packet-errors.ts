/** Errors of packet assembly, each with a Japanese message that names the file and says what to do. */

export type PacketErrorCode =
  | 'attachment-encrypted'
  | 'attachment-corrupt'
  | 'image-unreadable'
  | 'document-corrupt'
  | 'empty-packet'
  | 'output-invalid';

export class PacketError extends Error {
  constructor(
    readonly code: PacketErrorCode,
    message: string,
    /** The file (attachment name or document title) the problem is in. */
    readonly fileName?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PacketError';
  }
}

export function encryptedAttachment(fileName: string, cause?: unknown): PacketError {
  return new PacketError(
    'attachment-encrypted',
    `添付ファイル「${fileName}」はパスワードまたは権限設定で保護されているため、申込書類に綴じ込めません。` +
      '保護を解除したPDF（作成元のソフトで保護なしで保存し直したもの）を添付し直してください。',
    fileName,
    { cause },
  );
}

export function corruptAttachment(fileName: string, cause?: unknown): PacketError {
  return new PacketError(
    'attachment-corrupt',
    `添付ファイル「${fileName}」はPDFとして読み取れません（壊れているか、PDF以外のファイルです）。` +
      '元のファイルがPDF閲覧ソフトで開けるか確認し、保存し直したPDFを添付し直してください。',
    fileName,
    { cause },
  );
}

export function unreadableImage(fileName: string, cause?: unknown): PacketError {
  return new PacketError(
    'image-unreadable',
    `添付画像「${fileName}」を読み取れません。JPEG または PNG の画像を添付し直してください。`,
    fileName,
    { cause },
  );
}

export function corruptDocument(title: string, cause?: unknown): PacketError {
  return new PacketError(
    'document-corrupt',
    `書類「${title}」のPDFを読み取れませんでした。書類を作成し直してください。解決しない場合は不具合として報告してください。`,
    title,
    { cause },
  );
}
