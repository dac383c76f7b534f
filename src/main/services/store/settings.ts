import { z } from 'zod';
import { PrinterOffsetSchema } from '../../../shared/ipc/print-schemas.js';
import type { ConfigFile } from './config-files.js';

export const SETTINGS_VERSION = 1;

/** App-wide preferences (electron-store). Unknown keys from other versions are kept. */
export const SettingsSchema = z.looseObject({
  version: z.number().int().positive(),
  /** Reopened on start. */
  lastWorkspaceId: z.string().nullable().default(null),
  /** Where the last export bundle was written, offered again next time. */
  lastExportDir: z.string().nullable().default(null),
  /** Measured shift per printer name ('' = the system default printer), applied to printed pages only. */
  printerOffsets: z.record(z.string(), PrinterOffsetSchema).default({}),
  /** The printer chosen last time, offered again. */
  lastPrinter: z.string().default(''),
});
export type Settings = z.infer<typeof SettingsSchema>;
type SettingKey = Exclude<keyof Settings, 'version'>;

export class SettingsStore {
  constructor(
    private readonly file: ConfigFile,
    private value: Settings,
    readonly readOnly: boolean,
  ) {}

  get<K extends SettingKey>(key: K): Settings[K] {
    return this.value[key];
  }

  /** Validated against the schema; ignored (kept in memory) when a newer version owns the file. */
  set<K extends SettingKey>(key: K, value: Settings[K]): void {
    const next = SettingsSchema.parse({ ...this.value, [key]: value });
    this.value = next;
    if (!this.readOnly) this.file.set(key, next[key]);
  }
}
