import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadWorkspace, type LoadResult } from '../../../src/shared/model/load.js';
import { WorkspaceSchema } from '../../../src/shared/model/workspace.js';
import { parseWorkspaceBytes } from '../../../src/main/services/store/parse-workspace.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(`test/fixtures/workspaces/${name}.json`, 'utf8'));

const loaded = (result: LoadResult) => {
  if (!result.ok) throw new Error(result.error);
  return result;
};

describe('tolerant loading of a damaged file', () => {
  const result = loaded(loadWorkspace(fixture('damaged-values'), { now: new Date('2026-11-22T00:00:00Z') }));
  const { workspace, repairs } = result;
  const quarantined = (path: string) => workspace.quarantine.find((q) => q.path === path);

  it('opens for editing with every value that fits the model kept', () => {
    expect(result.readOnly).toBe(false);
    expect(workspace.provider.name).toBe('株式会社テスト修復');
    expect(workspace.provider.representative.name).toBe('修復　太郎');
    expect(workspace.services.map((s) => s.id)).toEqual(['ho-1', 'ap-1']);
    expect(WorkspaceSchema.safeParse(workspace).success).toBe(true);
  });

  it('resets wrong-typed fields to their defaults, reports each and keeps the old value', () => {
    expect(workspace.title).toBe('');
    expect(workspace.provider.category).toBeNull();
    expect(workspace.provider.connectedBody).toBeNull();
    expect(workspace.provider.address).toEqual({ postalCode: '', prefecture: '', rest: '' });
    const ho = workspace.services.find((s) => s.kind === 'HO');
    expect(ho).toMatchObject({ pattern: null, routerCount: 1, hostedApIds: ['ap-1'] });
    for (const [path, value] of [
      ['title', 42],
      ['provider.category', '8'],
      ['provider.connectedBody', 'はい'],
      ['provider.address', '東京都千代田区'],
      ['services.ho-1.pattern', 'satellite'],
      ['services.ho-1.routerCount', 3],
      ['services.ho-1.hostedApIds.1', 7],
      ['services.ap-1.adminFields.1', '99'],
    ] as const) {
      expect(quarantined(path), path).toMatchObject({ value });
      expect(repairs.find((r) => r.path === path)?.message, path).toMatch(/初期値に戻しました.*保管/);
    }
  });

  it('keeps a service of an unknown kind whole in quarantine and says so', () => {
    expect(quarantined('services.qx-1')?.value).toEqual({
      id: 'qx-1',
      kind: 'QX',
      name: '量子通信サービス',
      qubits: 128,
    });
    expect(repairs.find((r) => r.path === 'services.qx-1')?.message).toMatch(
      /種類「QX」のサービス.*扱えない.*保管.*削除はしていません/,
    );
  });

  it('sets aside list entries that cannot be read at all', () => {
    expect(workspace.attachments).toEqual([]);
    expect(quarantined('attachments.0')?.value).toMatchObject({ id: 'att-no-file' });
    expect(workspace.quarantine.some((q) => q.value === '壊れた要素')).toBe(true);
  });

  it('keeps keys it does not know, at the top level and inside objects', () => {
    const raw = workspace as Record<string, unknown>;
    expect(raw.pluginData).toEqual({ note: 'written by an add-on', items: [1, 2, 3] });
    expect((workspace.provider.representative as Record<string, unknown>).seal).toBe('角印');
    expect((workspace.services[0] as Record<string, unknown>).futureSetting).toEqual({ ipv6: true });
  });

  it('a second load of the repaired workspace changes nothing more', () => {
    const again = loaded(loadWorkspace(JSON.parse(JSON.stringify(workspace))));
    expect(again.repairs).toEqual([]);
    expect(again.workspace).toEqual(workspace);
  });
});

describe('required values that are missing', () => {
  it('fills a missing id and timestamps so the workspace can still be opened', () => {
    const result = loaded(loadWorkspace({ title: '古い案件' }, { now: new Date('2026-11-22T03:00:00Z') }));
    expect(result.workspace.title).toBe('古い案件');
    expect(result.workspace.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.workspace.createdAt).toBe('2026-11-22T03:00:00.000Z');
    expect(result.repairs.map((r) => r.path).sort()).toEqual(['createdAt', 'id', 'updatedAt']);
  });

  it('gives a service without an id a new one instead of dropping it', () => {
    const result = loaded(
      loadWorkspace({
        id: 'w',
        createdAt: '2026-11-01T00:00:00Z',
        updatedAt: '2026-11-01T00:00:00Z',
        services: [{ kind: 'CA', name: '名前だけの回線' }],
      }),
    );
    expect(result.workspace.services).toHaveLength(1);
    expect(result.workspace.services[0]?.name).toBe('名前だけの回線');
    expect(result.repairs[0]?.message).toMatch(/新しいIDを付けました/);
  });
});

describe('files this version cannot treat as its own', () => {
  it('opens a newer version read-only with its data exactly as stored', () => {
    const raw = fixture('newer-version');
    const before = JSON.stringify(raw);
    const result = loaded(loadWorkspace(raw));
    expect(result.readOnly).toBe(true);
    expect(result.workspace.formatVersion).toBe(3);
    expect((result.workspace as Record<string, unknown>).signatures).toEqual([
      { by: '新しい版の電子署名', at: '2027-04-01' },
    ]);
    expect((result.workspace.provider as Record<string, unknown>).esgRating).toBe('A');
    expect(result.repairs).toHaveLength(1);
    expect(result.repairs[0]?.message).toMatch(/形式バージョン3.*読み取り専用/);
    expect(JSON.stringify(raw)).toBe(before);
  });

  it('refuses a newer file whose shape it cannot read rather than show it "repaired"', () => {
    const result = loadWorkspace(fixture('newer-unreadable'));
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/形式バージョン9.*この版では開けません/);
  });

  it.each([
    ['an array', [1, 2]],
    ['a string', 'workspace'],
    ['null', null],
    ['another app’s file', { format: 'something-else', id: 'x' }],
  ])('refuses %s with a Japanese explanation', (_label, raw) => {
    const result = loadWorkspace(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/案件データの形式ではありません/);
  });
});

describe('the store reads files through the loader', () => {
  const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

  it('reports repairs as messages and keeps the quarantined value in the workspace', () => {
    const parsed = parseWorkspaceBytes(bytes(fixture('damaged-values')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.repairs.some((m) => /種類「QX」/.test(m))).toBe(true);
    expect(parsed.workspace.quarantine.length).toBeGreaterThan(0);
  });

  it('marks a newer file it cannot read as newer, not as damage', () => {
    expect(parseWorkspaceBytes(bytes(fixture('newer-unreadable')))).toMatchObject({ ok: false, newer: true });
  });

  it('still counts broken JSON and bad UTF-8 as damage', () => {
    expect(parseWorkspaceBytes(new TextEncoder().encode('{"id": "tru'))).toMatchObject({
      ok: false,
      newer: false,
    });
    expect(parseWorkspaceBytes(new Uint8Array([0x7b, 0xff, 0x7d]))).toMatchObject({
      ok: false,
      newer: false,
    });
  });
});
