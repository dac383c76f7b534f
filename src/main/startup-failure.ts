import { IpcError } from '../shared/ipc/errors.js';
import { toIoError } from './services/store/io-errors.js';

/**
 * What the error box says when the app cannot start (the data folder cannot be opened, a
 * component failed to load): the app must not just vanish, and the user needs the folder and a
 * next step. Kept apart from index.ts so it is testable without Electron.
 */
export const startupFailureMessage = (
  error: unknown,
  dataDir: string,
): { title: string; content: string } => {
  const reason =
    error instanceof IpcError || (error as NodeJS.ErrnoException | undefined)?.code
      ? toIoError(error, 'データの準備').message
      : `予期しないエラーが発生しました（${error instanceof Error ? error.message : String(error)}）。`;
  return {
    title: 'LGWAN-ASP申込ワークベンチを起動できません',
    content: `${reason}\n\nデータフォルダ: ${dataDir}\n\n入力済みのデータは変更していません。上の内容を確認してから、もう一度起動してください。解決しない場合は、この画面の内容を管理者に伝えてください。`,
  };
};
