/** The Japanese message of an IPC failure (main writes it for the user) or of anything else thrown. */
export const messageOf = (error: unknown): string => {
  if (error instanceof Error) return error.message;
  return `予期しないエラーが発生しました: ${String(error)}`;
};

export const isCancelled = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'cancelled';
