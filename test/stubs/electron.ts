// Node tests must never load the real `electron` package: importing it downloads the binary
// (STACK-NOTES "Electron without its binary"). vitest aliases `electron` here; anything that
// reaches this stub in a test is a bug in the layering, so it throws loudly.
const fail = (): never => {
  throw new Error('electron is not available in Node tests: keep Electron calls in src/main adapters');
};
export const app = new Proxy({}, { get: fail });
export const ipcMain = new Proxy({}, { get: fail });
export const BrowserWindow = new Proxy(function () {}, { get: fail, construct: fail });

// electron-store reads `app`, `ipcMain` and `shell` off the default export to find out whether it
// runs inside Electron. In plain Node `require('electron')` is only the binary's path, so those
// are truly absent: answering `undefined` makes electron-store take its explicit-`cwd` branch.
// Anything else read from the default export is still a layering bug and throws.
const ABSENT_OUTSIDE_ELECTRON = new Set<string | symbol>(['app', 'ipcMain', 'ipcRenderer', 'shell']);
export default new Proxy(
  {},
  {
    get: (_target, name) => {
      if (ABSENT_OUTSIDE_ELECTRON.has(name)) return undefined;
      return fail();
    },
  },
);
