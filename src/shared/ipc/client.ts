import { channels, type Api, type Channel, type EventName } from './contract.js';
import { IpcError, IpcResultSchema } from './errors.js';

export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/**
 * Builds the renderer's API from the contract over any transport: Electron's ipcRenderer in the
 * preload, a Playwright bridge in the end-to-end tests. Failures arrive as an envelope and are
 * re-thrown as IpcError so the UI can show the Japanese message.
 */
export const createApi = (invoke: Invoke, subscribe: Subscribe): Api => {
  const api: Record<string, unknown> = {};
  for (const channel of channels) {
    api[channel] = async (input: unknown) => {
      const result = IpcResultSchema.parse(await invoke(channel, input ?? {}));
      if (!result.ok) throw new IpcError(result.error.code, result.error.message, result.error.details);
      return result.value;
    };
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => subscribe(event, listener);
  return Object.freeze(api) as Api;
};
