import { z } from 'zod';
import {
  ipcContract,
  isChannel,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
} from '../../shared/ipc/contract.js';
import { errnoCode, toIoError } from '../services/store/io-errors.js';
import { IpcError, type IpcResult } from '../../shared/ipc/errors.js';
import { isAppUrl } from '../security/origin.js';

export type Handlers = {
  [C in Channel]: (input: z.output<(typeof ipcContract)[C]['input']>) => Promise<ChannelOutput<C>>;
};
export type { ChannelInput };

/** Who sent an IPC message: the frame's URL and whether it is the top frame. */
export interface Sender {
  url: string;
  isMainFrame: boolean;
}

const describe = (issues: z.core.$ZodIssue[]): string[] =>
  issues.slice(0, 10).map((i) => `${i.path.join('.') || '(全体)'}: ${i.message}`);

/**
 * The whole IPC boundary, free of Electron so it is unit-tested and fuzzed in Node: checks the
 * sender, validates the payload, runs the handler and validates what goes back. Never throws —
 * every failure becomes a typed error envelope.
 */
export const dispatch = async (
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  sender: Sender,
): Promise<IpcResult> => {
  try {
    if (!sender.isMainFrame || !isAppUrl(sender.url)) {
      throw new IpcError('forbidden-sender', 'アプリ以外の画面からの要求は受け付けません。');
    }
    if (!isChannel(channel)) {
      throw new IpcError('unknown-channel', `不明な要求です: ${String(channel).slice(0, 80)}`);
    }
    const spec = ipcContract[channel];
    const parsed = spec.input.safeParse(payload);
    if (!parsed.success) {
      throw new IpcError('invalid-input', '要求の内容が正しくありません。', describe(parsed.error.issues));
    }
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const value: unknown = await handler(parsed.data);
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      throw new IpcError(
        'internal',
        '内部エラー: 応答の形式が正しくありません。',
        describe(checked.error.issues),
      );
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof IpcError) return { ok: false, error: error.toShape() };
    // A disk failure no service translated still gets words and a next step, not "ENOSPC: …".
    if (errnoCode(error)) return { ok: false, error: toIoError(error, '処理を完了することが').toShape() };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `処理中にエラーが発生しました: ${reason}` } };
  }
};
