import type { StoredFile } from '../../../../shared/ipc/contract.js';
import { messageOf } from '../../state/errors.js';

export interface UploadOutcome {
  added: { name: string; stored: StoredFile }[];
  refused: { name: string; message: string }[];
  /** What main noted about accepted files (a PDF's scripts and links, which the packet leaves out). */
  notices: string[];
}

/** Sends files to main one by one; each refusal keeps main's message, which names the file and why. */
export const uploadFiles = async (
  files: readonly File[],
  taskId: string,
  signal: AbortSignal,
  onStep: (done: number, total: number, label: string) => void,
): Promise<UploadOutcome> => {
  const outcome: UploadOutcome = { added: [], refused: [], notices: [] };
  for (const [i, file] of files.entries()) {
    if (signal.aborted) break;
    onStep(i, files.length, `「${file.name}」を取り込んでいます`);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const stored = await window.api['attachments.add']({ name: file.name, bytes, taskId });
      outcome.added.push({ name: file.name, stored });
      outcome.notices.push(...(stored.notices ?? []));
    } catch (error) {
      outcome.refused.push({ name: file.name, message: messageOf(error) });
    }
  }
  onStep(files.length, files.length, '取り込みました');
  return outcome;
};
