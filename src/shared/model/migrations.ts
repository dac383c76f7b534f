/**
 * Migrations of the stored workspace file, chained by formatVersion. Each step turns the raw JSON of
 * version `from` into version `from + 1` and must carry every key it does not understand across
 * unchanged: a file is only ever reshaped, never thinned out.
 */
import { recordMigration } from './migrate-record.js';
import { WORKSPACE_FORMAT_VERSION } from './workspace.js';

export type RawWorkspace = Record<string, unknown>;

export interface Migration {
  from: number;
  /** Japanese, shown to the user among the load repairs. */
  description: string;
  /** Receives its own deep copy; returns the next version's shape (formatVersion is set by the chain). */
  migrate: (raw: RawWorkspace) => RawWorkspace;
}

/**
 * Add a step here, with a fixture of the old shape under test/fixtures/workspaces, whenever
 * WORKSPACE_FORMAT_VERSION is bumped.
 */
export const MIGRATIONS: readonly Migration[] = [recordMigration];

export type MigrationResult =
  { ok: true; raw: RawWorkspace; applied: Migration[] } | { ok: false; error: string };

/** Brings raw data of `fromVersion` up to `target` through the chain, one version at a time. */
export function migrateWorkspace(
  raw: RawWorkspace,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = WORKSPACE_FORMAT_VERSION,
): MigrationResult {
  let current = structuredClone(raw);
  const applied: Migration[] = [];
  for (let version = fromVersion; version < target; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) {
      return {
        ok: false,
        error: `形式バージョン${version}の案件を新しい形式に変換する手順がありません。この案件を作成した版のアプリで書き出し、サポート窓口にお問い合わせください。`,
      };
    }
    current = { ...step.migrate(structuredClone(current)), formatVersion: version + 1 };
    applied.push(step);
  }
  return { ok: true, raw: current, applied };
}
