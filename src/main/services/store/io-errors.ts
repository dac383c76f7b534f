import { IpcError } from '../../../shared/ipc/errors.js';

/** Turns a file-system failure into a message that says what to do. */
export const toIoError = (error: unknown, action: string): IpcError => {
  if (error instanceof IpcError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const hint =
    code === 'ENOSPC'
      ? 'ディスクの空き容量が不足しています。不要なファイルを削除してから、もう一度保存してください。'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'データフォルダに書き込む権限がありません。フォルダの権限を確認してください。'
        : code === 'EMFILE' || code === 'EBUSY'
          ? 'ファイルが他のプログラムで使用中です。しばらく待ってから、もう一度お試しください。'
          : 'もう一度お試しください。繰り返す場合はアプリを再起動してください。';
  return new IpcError('io', `${action}できませんでした（${code ?? '不明なエラー'}）。${hint}`);
};
