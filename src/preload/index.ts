import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi } from '../shared/ipc/client.js';
import { eventNames } from '../shared/ipc/contract.js';

// Only the contract's functions cross the bridge: no raw ipcRenderer, and a subscription
// hands back its own unsubscribe so the renderer cannot remove other listeners.
const api = createApi(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (event, listener) => {
    if (!eventNames.includes(event)) throw new Error(`unknown event: ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(`event:${event}`, wrapped);
    return () => {
      ipcRenderer.removeListener(`event:${event}`, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('api', api);
