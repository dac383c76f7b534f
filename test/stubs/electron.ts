// Node tests must never load the real `electron` package: importing it downloads the binary
// (STACK-NOTES "Electron without its binary"). vitest aliases `electron` here; anything that
// reaches this stub in a test is a bug in the layering, so it throws loudly.
const fail = (): never => {
  throw new Error('electron is not available in Node tests: keep Electron calls in src/main adapters');
};
export const app = new Proxy({}, { get: fail });
export const ipcMain = new Proxy({}, { get: fail });
export const BrowserWindow = new Proxy(function () {}, { get: fail, construct: fail });
export default { app, ipcMain, BrowserWindow };
