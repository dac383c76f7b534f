import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../src/shared/model/load.js';
import { MIGRATIONS, migrateWorkspace, type Migration } from '../../../src/shared/model/migrations.js';
import { WORKSPACE_FORMAT_VERSION } from '../../../src/shared/model/workspace.js';

/**
 * An example step of the kind the chain exists for: a version-0 file kept the provider's address as
 * one line; version 1 splits it into 〒, 都道府県 and the rest. Unknown keys ride along untouched.
 */
const splitAddress: Migration = {
  from: 0,
  description: '所在地を郵便番号・都道府県・市区町村以下に分けました。',
  migrate: (raw) => {
    const provider = (raw.provider ?? {}) as Record<string, unknown>;
    const line = typeof provider.address === 'string' ? provider.address : '';
    const match = /^〒?(\d{3}-\d{4})\s*(東京都|北海道|(?:京都|大阪)府|.{2,3}県)?(.*)$/.exec(line);
    return {
      ...raw,
      provider: {
        ...provider,
        address: {
          postalCode: match?.[1] ?? '',
          prefecture: match?.[2] ?? '',
          rest: (match?.[3] ?? line).trim(),
        },
      },
    };
  },
};

const v0 = {
  format: 'lgwan-asp-workspace',
  formatVersion: 0,
  id: 'old',
  title: '版0の案件',
  createdAt: '2025-04-01T09:00:00+09:00',
  updatedAt: '2025-04-01T09:00:00+09:00',
  provider: {
    name: '株式会社むかし',
    address: '〒105-0011 東京都港区芝公園二丁目4番1号',
    legacyCode: 'K-01',
  },
  legacyNotes: ['版0のメモ'],
};

describe('migrations chained by formatVersion', () => {
  it('the shipped chain reaches the current version from every older one', () => {
    for (let v = 1; v < WORKSPACE_FORMAT_VERSION; v++) {
      expect(
        MIGRATIONS.some((m) => m.from === v),
        `step from ${v}`,
      ).toBe(true);
    }
  });

  it('loads a version-0 file through its step, reports it and keeps unknown keys', () => {
    const before = JSON.stringify(v0);
    const result = loadWorkspace(v0, { migrations: [splitAddress, ...MIGRATIONS] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.readOnly).toBe(false);
    expect(result.workspace.formatVersion).toBe(WORKSPACE_FORMAT_VERSION);
    expect(result.workspace.provider.address).toEqual({
      postalCode: '105-0011',
      prefecture: '東京都',
      rest: '港区芝公園二丁目4番1号',
    });
    expect((result.workspace.provider as Record<string, unknown>).legacyCode).toBe('K-01');
    expect((result.workspace as Record<string, unknown>).legacyNotes).toEqual(['版0のメモ']);
    expect(result.repairs[0]).toEqual({
      path: 'formatVersion',
      message: '形式バージョン0から1に更新しました: 所在地を郵便番号・都道府県・市区町村以下に分けました。',
    });
    expect(result.repairs[1]?.message).toMatch(/^形式バージョン1から2に更新しました/);
    expect(JSON.stringify(v0)).toBe(before);
  });

  it('runs the steps in version order whatever order they are listed in', () => {
    const seen: number[] = [];
    const step = (from: number): Migration => ({
      from,
      description: `step ${from}`,
      migrate: (raw) => {
        seen.push(from);
        return { ...raw, [`v${from + 1}`]: true };
      },
    });
    const result = migrateWorkspace({ id: 'x', keep: 'me' }, 1, [step(3), step(1), step(2)], 4);
    expect(seen).toEqual([1, 2, 3]);
    expect(result).toMatchObject({
      ok: true,
      raw: { id: 'x', keep: 'me', v2: true, v3: true, v4: true, formatVersion: 4 },
    });
  });

  it('refuses, in Japanese, when a step of the chain is missing', () => {
    const result = migrateWorkspace({ id: 'x' }, 0, [], 1);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok)
      expect(result.error).toMatch(/形式バージョン0の案件を新しい形式に変換する手順がありません/);
    expect(loadWorkspace(v0, { migrations: [] })).toMatchObject({ ok: false });
  });
});
