import { IpcError } from '../../../shared/ipc/errors.js';
import type { Workspace } from '../../../shared/model/workspace.js';
import { checkAttachmentBytes, type StoreFileOptions } from '../attachments/add-attachment.js';

const refuse = (message: string, details?: string[]): IpcError =>
  new IpcError('refused', `このファイルは取り込めません: ${message}。何も変更していません。`, details);

/**
 * A bundle is as untrusted as a dropped file: every attachment a workspace refers to gets the
 * checks of attaching ({@link checkAttachmentBytes}: the type from the bytes, PDFs parsed in a
 * limited worker, images decoded within pixel limits), and must be what its workspace says it
 * is. A print copy must be an image. `read` gives the bundled bytes (undefined: already stored
 * here, checked when it was stored).
 */
export const checkBundledAttachments = async (
  workspaces: readonly Workspace[],
  read: (sha256: string) => Uint8Array | undefined,
  options: Omit<StoreFileOptions, 'kind'> = {},
): Promise<void> => {
  const checked = new Set<string>();
  const check = async (
    workspace: Workspace,
    sha: string,
    name: string,
    kind: StoreFileOptions['kind'],
    mediaType?: string,
  ) => {
    const key = `${sha} ${kind ?? ''} ${mediaType ?? ''}`;
    if (checked.has(key)) return;
    const bytes = read(sha);
    if (!bytes) return;
    let result;
    try {
      result = await checkAttachmentBytes(bytes, name, { ...options, kind });
    } catch (error) {
      if (!(error instanceof IpcError)) throw error;
      throw refuse(`案件「${workspace.title}」の添付ファイル${error.message.replace(/。$/, '')}`, [sha]);
    }
    const isPdf = result.kind === 'pdf';
    if (mediaType !== undefined && isPdf !== (mediaType === 'application/pdf')) {
      throw refuse(
        `案件「${workspace.title}」の添付ファイル「${name}」は${isPdf ? 'PDF' : '画像'}ですが、案件には${mediaType}と記録されています`,
        [sha],
      );
    }
    checked.add(key);
  };
  for (const workspace of workspaces) {
    for (const a of workspace.attachments) {
      await check(workspace, a.file.sha256, a.file.originalName, a.kind, a.file.mediaType);
      if (a.print)
        await check(workspace, a.print.sha256, `${a.file.originalName}（印刷用）`, 'facility-photo');
    }
  }
};
