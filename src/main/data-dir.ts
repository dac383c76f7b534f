import { resolve } from 'node:path';

/**
 * Where the workspaces live. By default the user's own app-data folder; an office sharing one
 * folder between PCs starts the app with `--data-dir=\\server\share\LGWAN` (a shortcut) or sets
 * `LGWAN_ASP_DATA_DIR`. Chromium's own caches stay in the local app-data folder either way.
 */
export const dataDirFrom = (argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string => {
  for (const [i, arg] of argv.entries()) {
    if (arg.startsWith('--data-dir=')) return resolve(arg.slice('--data-dir='.length));
    if (arg === '--data-dir' && argv[i + 1]) return resolve(argv[i + 1] ?? '');
  }
  const fromEnv = env.LGWAN_ASP_DATA_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : fallback;
};
