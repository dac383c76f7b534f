import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { errnoCode } from './io-errors.js';
import { moveAside } from './quarantine.js';
import type { StoreNotice } from './notices.js';

/** The part of electron-store (and of `conf`, its base class) this app uses. */
export interface ConfigFile {
  readonly store: Record<string, unknown>;
  readonly path: string;
  set(key: string, value: unknown): void;
  clear(): void;
}
export interface ConfigFileOptions {
  cwd: string;
  name: string;
}
/** Builds one JSON config file in `cwd`; see {@link loadConfigBackend}. */
export type ConfigBackend = (options: ConfigFileOptions) => ConfigFile;

type ConfLike = new (options: Record<string, unknown>) => ConfigFile;

/** electron-store, for the app's main process (and Node tests, where `electron` is stubbed). */
export const electronStoreBackend = async (): Promise<ConfigBackend> => {
  const ElectronStore = (await import('electron-store')).default as unknown as ConfLike;
  return ({ cwd, name }) =>
    new ElectronStore({
      cwd,
      name,
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: false,
      watch: false,
    });
};

/**
 * The same file format through `conf`, electron-store's base class. Outside Electron (the CLI,
 * scripted backups) importing electron-store would load the `electron` package, which tries to
 * download the Electron binary.
 */
export const confBackend = async (): Promise<ConfigBackend> => {
  const Conf = (await import('conf')).default as unknown as ConfLike;
  return ({ cwd, name }) =>
    new Conf({
      cwd,
      configName: name,
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: false,
      watch: false,
    });
};

/** electron-store inside Electron, `conf` elsewhere. */
export const loadConfigBackend = (): Promise<ConfigBackend> =>
  process.versions.electron !== undefined ? electronStoreBackend() : confBackend();

export interface OpenedConfig<T> {
  file: ConfigFile;
  value: T;
  /** A newer app version wrote it: read, never written. */
  readOnly: boolean;
}

/**
 * Opens one config file and checks it against `schema`. A file that does not parse (the
 * constructor throws) or does not fit the schema is moved to `damagedDir`, a fresh one is
 * started, and a notice says where the old one is — start-up never fails on it, and
 * `clearInvalidConfig` is not used because it silently discards the file.
 */
export const openConfigFile = async <T extends { version: number }>(
  backend: ConfigBackend,
  options: ConfigFileOptions & { damagedDir: string; label: string; currentVersion: number },
  schema: z.ZodType<T>,
  notices: StoreNotice[],
): Promise<OpenedConfig<T>> => {
  const path = join(options.cwd, `${options.name}.json`);
  const setAside = async (why: string): Promise<void> => {
    if (!existsSync(path)) return;
    const keptAt = await moveAside(path, options.damagedDir);
    notices.push({
      level: 'warning',
      message: `${options.label}（${options.name}.json）が${why}ため、初期状態から作り直しました。元のファイルは ${keptAt} に保管しています。`,
      keptAt,
    });
  };

  let file: ConfigFile;
  try {
    file = backend({ cwd: options.cwd, name: options.name });
  } catch (error) {
    // A file that cannot be read (no permission, drive gone) is not damaged: never moved aside.
    if (errnoCode(error)) throw error;
    await setAside('壊れていて読めなかった');
    file = backend({ cwd: options.cwd, name: options.name });
  }
  const raw = file.store;
  const version = raw.version;
  if (typeof version === 'number' && version > options.currentVersion) {
    const parsed = schema.safeParse({ ...raw, version: options.currentVersion });
    notices.push({
      level: 'info',
      message: `${options.label}は新しい版のアプリで保存されています。上書きしないよう、この版では変更を保存しません。`,
    });
    return {
      file,
      value: parsed.success ? parsed.data : schema.parse({ version: options.currentVersion }),
      readOnly: true,
    };
  }
  if (Object.keys(raw).length === 0) {
    const fresh = schema.parse({ version: options.currentVersion });
    setQuietly(file, fresh.version);
    return { file, value: fresh, readOnly: false };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { file, value: parsed.data, readOnly: false };
  await setAside('想定と異なる内容だった');
  const fresh = backend({ cwd: options.cwd, name: options.name });
  const value = schema.parse({ version: options.currentVersion });
  setQuietly(fresh, value.version);
  return { file: fresh, value, readOnly: false };
};

/** A new file in a folder that takes no writes stays in memory; the store's open reports the folder. */
const setQuietly = (file: ConfigFile, version: number): void => {
  try {
    file.set('version', version);
  } catch (error) {
    if (!errnoCode(error)) throw error;
  }
};
