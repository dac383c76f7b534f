import { IpcError } from '../../../shared/ipc/errors.js';

/** The errno code of a file-system failure (Node's `code`), if it is one. */
export const errnoCode = (error: unknown): string | undefined => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
};

/**
 * Turns a file-system failure into a message that says what to do. `place` names where the
 * write went (the data folder, or the file the user chose).
 */
export const toIoError = (error: unknown, action: string, place = 'データフォルダ'): IpcError => {
  if (error instanceof IpcError) return error;
  const code = errnoCode(error);
  const hint =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'ディスクの空き容量が不足しています。不要なファイルを削除してから、もう一度お試しください。'
      : code === 'EROFS'
        ? `${place}が書き込みできない場所（読み取り専用のドライブや共有フォルダ、書き込み禁止のUSBメモリなど）にあります。書き込みできる場所を使ってください。`
        : code === 'EACCES' || code === 'EPERM'
          ? `${place}に書き込む権限がありません。フォルダの権限を確認してください。`
          : code === 'EMFILE' || code === 'EBUSY'
            ? 'ファイルが他のプログラムで使用中です。しばらく待ってから、もう一度お試しください。'
            : code === 'ENOENT' || code === 'ENOTDIR'
              ? `${place}が見つかりません。ネットワークドライブやUSBメモリがつながっているか確認して、もう一度お試しください。`
              : 'もう一度お試しください。繰り返す場合はアプリを再起動してください。';
  return new IpcError('io', `${action}できませんでした（${code ?? '不明なエラー'}）。${hint}`);
};
