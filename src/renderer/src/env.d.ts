import type { Api } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** The typed IPC API exposed by the preload (or the E2E harness). */
    readonly api: Api;
  }
}
export {};
