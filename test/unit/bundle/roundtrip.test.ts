import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAttachment, writeAttachment } from '../../../src/main/services/attachments/content-store.js';
import { exportBundle } from '../../../src/main/services/bundle/export-bundle.js';
import { importBundle } from '../../../src/main/services/bundle/import-bundle.js';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';
import { createWorkspace, type Workspace } from '../../../src/shared/model/workspace.js';
import { sha256, treeFingerprint } from './bundle-helpers.js';

const run = promisify(execFile);
const SAMPLE_ATTACHMENTS = resolve('forms/samples/attachments');
let root: string;
let source: WorkspaceStore;
let withPhoto: Workspace;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'lgwan-bundle-'));
  source = await WorkspaceStore.open(join(root, 'pc-a'));
  const photoName = (await readdir(SAMPLE_ATTACHMENTS)).find((n) => n.endsWith('.jpg')) ?? '';
  const photo = await readFile(join(SAMPLE_ATTACHMENTS, photoName));
  const sha = await writeAttachment(source.layout.dataDir, photo);
  withPhoto = createWorkspace('ファシリティ写真つき');
  withPhoto.provider.name = '株式会社𠮷野データセンター';
  withPhoto.attachments.push({
    id: 'att-1',
    kind: 'facility-photo',
    area: 'power',
    serviceId: '',
    caption: '電源設備',
    file: { sha256: sha, originalName: '電源.jpg', mediaType: 'image/jpeg', size: photo.byteLength },
    addedAt: '2026-11-22T00:00:00.000Z',
  });
  await source.save(withPhoto);
  await source.save(createWorkspace('二件目'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('export and import of workspaces', () => {
  it('carries a workspace and its attachments to another PC as new workspaces', async () => {
    const { bytes, workspaceCount, attachmentCount } = await exportBundle(source, {
      workspaces: [withPhoto.id],
      appVersion: '9.9.9',
    });
    expect([workspaceCount, attachmentCount]).toEqual([1, 1]);
    const files = unzipSync(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest).toMatchObject({ format: 'lgwan-asp-bundle', formatVersion: 1, appVersion: '9.9.9' });
    for (const entry of manifest.entries)
      expect(sha256(files[entry.path] ?? new Uint8Array())).toBe(entry.sha256);

    const target = await WorkspaceStore.open(join(root, 'pc-b'));
    const existing = createWorkspace('既存');
    await target.save(existing);
    const result = await importBundle(bytes, target);
    expect(result.workspaces).toHaveLength(1);
    const [imported] = result.workspaces;
    expect(imported?.id).not.toBe(withPhoto.id);
    const loaded = await target.get(imported?.id ?? '');
    expect(loaded.workspace.provider.name).toBe('株式会社𠮷野データセンター');
    const photoSha = loaded.workspace.attachments[0]?.file.sha256 ?? '';
    expect(sha256(await readAttachment(target.layout.dataDir, photoSha))).toBe(photoSha);
    expect((await target.list()).map((w) => w.title).sort()).toEqual(['ファシリティ写真つき', '既存']);
  });

  it('importing the same bundle twice makes two workspaces and overwrites nothing', async () => {
    const { bytes } = await exportBundle(source, { workspaces: 'all', appVersion: 't' });
    const target = await WorkspaceStore.open(join(root, 'pc-b'));
    const first = await importBundle(bytes, target);
    const second = await importBundle(bytes, target);
    expect(first.workspaces.map((w) => w.id)).not.toEqual(second.workspaces.map((w) => w.id));
    expect(await target.list()).toHaveLength(4);
  });

  it('refuses to export an attachment whose stored bytes were damaged', async () => {
    const sha = withPhoto.attachments[0]?.file.sha256 ?? '';
    const path = join(source.layout.attachments, sha);
    const bytes = await readFile(path);
    bytes[100] = (bytes[100] ?? 0) ^ 0xff;
    await writeFile(path, bytes);
    await expect(exportBundle(source, { workspaces: 'all', appVersion: 't' })).rejects.toThrow(
      /内容が保存時から変わっています/,
    );
  });
});

describe('CLI export/import (scripted backups)', () => {
  const cli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { cwd: resolve('.') }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        stdout: e.stdout,
        stderr: e.stderr,
      }),
    );

  it('exports all, imports into an empty data dir, and refuses a tampered copy with exit 1', async () => {
    const out = join(root, 'backup.lgwanasp');
    const exported = await cli(['export', '--all', '--data-dir', join(root, 'pc-a'), '--out', out]);
    expect(exported).toMatchObject({ code: 0 });
    expect(exported.stdout).toMatch(/2件の案件と1件の添付ファイルを書き出しました/);

    const imported = await cli(['import', out, '--data-dir', join(root, 'pc-c')]);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toMatch(/2件の案件を新しい案件として取り込みました/);
    expect((await (await WorkspaceStore.open(join(root, 'pc-c'))).list()).map((w) => w.title).sort()).toEqual(
      ['ファシリティ写真つき', '二件目'],
    );

    const bytes = await readFile(out);
    // The photo is stored uncompressed and is most of the file: one flipped bit in its middle.
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x10;
    const tampered = join(root, 'tampered.lgwanasp');
    await writeFile(tampered, bytes);
    const before = await treeFingerprint(join(root, 'pc-c'));
    const refused = await cli(['import', tampered, '--data-dir', join(root, 'pc-c')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/取り込めません: .*(ハッシュ値|壊れた項目)/);
    expect(await treeFingerprint(join(root, 'pc-c'))).toBe(before);
  }, 60_000);

  it('exports one workspace by id; usage mistakes exit 2 with help', async () => {
    const { run: exportRun } = await import('../../../src/cli/commands/export.js');
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: root };
    expect(await exportRun([withPhoto.id, '--data-dir', 'pc-a', '--out', 'one.lgwanasp'], io)).toBe(0);
    expect(out.join('')).toMatch(/1件の案件/);
    expect(await exportRun(['--data-dir', 'pc-a', '--out', 'x.lgwanasp'], io)).toBe(2);
    expect(await exportRun(['no-such-id', '--data-dir', 'pc-a', '--out', 'x.lgwanasp'], io)).toBe(1);
    expect(err.join('')).toMatch(/案件が見つかりません/);
    expect(await exportRun(['--all', '--data-dir', 'nowhere', '--out', 'x.lgwanasp'], io)).toBe(1);
    expect(err.join('')).toMatch(/データフォルダが見つかりません/);
  });
});
