import { ipcMain, type WebContents } from 'electron';
import { channels, type EventName, type EventPayload } from '../../shared/ipc/contract.js';
import { dispatch, type Handlers } from './dispatch.js';

/** Electron transport for the contract: one `handle` per channel, all through `dispatch`. */
export const registerIpc = (handlers: Handlers): void => {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatch(handlers, channel, payload, {
        url: event.senderFrame?.url ?? '',
        isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
      }),
    );
  }
};

export const emit = <E extends EventName>(
  contents: WebContents,
  event: E,
  payload: EventPayload<E>,
): void => {
  if (!contents.isDestroyed()) contents.send(`event:${event}`, payload);
};
