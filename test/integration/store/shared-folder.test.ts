import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';
import { createWorkspace, WorkspaceSchema } from '../../../src/shared/model/workspace.js';
import { parseWorkspaceBytes } from '../../../src/main/services/store/parse-workspace.js';

// Issue #15: two PCs with one workspace open on a shared folder. Two real processes save the same
// workspace over and over; no save may silently replace the other's: every edit of both ends up in
// the file, and each refused save was reported as a conflict.
const ROUNDS = 15;

let work: string;
let childScript: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'lgwan-shared-'));
  childScript = join(work, 'shared-folder-child.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./shared-folder-child.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile: childScript,
    logLevel: 'error',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
});
afterAll(() => rm(work, { recursive: true, force: true }));

interface ChildResult {
  saved: string[];
  conflicts: number;
  conflictCopies: number;
}

const startPc = (dataDir: string, name: string, id: string) => {
  const child = spawn(process.execPath, [childScript, dataDir, name, String(ROUNDS), id], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const ready = new Promise<void>((resolve) => {
    child.stdout.on('data', (d: string) => {
      out += d;
      if (out.startsWith('ready\n')) resolve();
    });
  });
  const done = new Promise<ChildResult>((resolve, reject) => {
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${name} exited ${code}: ${err}`));
      resolve(JSON.parse(out.slice('ready\n'.length).trim()) as ChildResult);
    });
  });
  return { ready, go: () => child.stdin.end('go\n'), done };
};

describe('two processes on one shared data folder', () => {
  it('never lose a save: every edit of both is in the file and each refusal was a reported conflict', async () => {
    const dataDir = join(work, 'shared');
    const first = await WorkspaceStore.open(dataDir);
    const ws = WorkspaceSchema.parse({
      ...createWorkspace('共有フォルダの案件'),
      services: [{ id: 'base', kind: 'AP', name: 'base' }],
    });
    await first.save(ws);
    const a = startPc(dataDir, 'yamada', ws.id);
    const b = startPc(dataDir, 'suzuki', ws.id);
    await Promise.all([a.ready, b.ready]);
    a.go();
    b.go();
    const [ra, rb] = await Promise.all([a.done, b.done]);

    expect(ra.saved).toHaveLength(ROUNDS);
    expect(rb.saved).toHaveLength(ROUNDS);
    const reopened = await WorkspaceStore.open(dataDir);
    expect(reopened.notices, 'another PC saving is not damage').toEqual([]);
    const names = (await reopened.get(ws.id)).workspace.services.map((s) => s.name);
    expect(names.slice(1).sort()).toEqual([...ra.saved, ...rb.saved].sort());
    expect(names).toHaveLength(1 + 2 * ROUNDS);
    // Interleaved saves did collide, and each collision was reported, not swallowed.
    console.log(
      `shared folder: ${ra.conflicts + rb.conflicts} conflicts reported over ${2 * ROUNDS} saved edits`,
    );
    expect(ra.conflicts + rb.conflicts).toBeGreaterThan(0);
    expect(ra.conflictCopies).toBe(ra.conflicts);
    expect(await readdir(join(dataDir, 'damaged')).catch(() => [])).toEqual([]);
    // Nothing is left behind: no save mutex, no conflict copy still waiting for a choice.
    expect((await readdir(join(dataDir, 'locks'))).filter((n) => n.endsWith('.saving'))).toEqual([]);
    expect(await readdir(join(dataDir, 'conflicts', ws.id)).catch(() => [])).toEqual([]);
  }, 120_000);

  it('keeps both versions when one PC saves over a version it did not load', async () => {
    const dataDir = join(work, 'pair');
    const pcA = await WorkspaceStore.open(dataDir);
    const ws = createWorkspace('案件');
    await pcA.save({ ...ws, title: '最初' });
    const pcB = await WorkspaceStore.open(dataDir);
    const onA = await pcA.get(ws.id, { forEditing: true });
    const onB = await pcB.get(ws.id, { forEditing: true });
    await pcB.save({ ...onB.workspace, title: 'Bの変更' });
    const refused = await pcA.save({ ...onA.workspace, title: 'Aの変更' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/別のPC.*保存されています.*どちらの内容を残すか選んでください/),
    });
    const conflictId = (refused as { details: string[] }).details[0] ?? '';
    // Nothing overwritten: the disk still has B's version, A's is kept beside it.
    const disk = parseWorkspaceBytes(await readFile(join(dataDir, 'workspaces', `${ws.id}.json`)));
    expect(disk.ok && disk.workspace.title).toBe('Bの変更');
    const kept = parseWorkspaceBytes(await readFile(join(dataDir, 'conflicts', ws.id, conflictId)));
    expect(kept.ok && kept.workspace.title).toBe('Aの変更');
    // A chooses its own version: it is saved, and B's stays restorable among the backups.
    const chosen = await pcA.resolveConflict(ws.id, conflictId, 'mine');
    expect(chosen.workspace.title).toBe('Aの変更');
    const backups = await pcA.listBackups(ws.id);
    const titles = await Promise.all(
      backups.map(async (b) => {
        const p = parseWorkspaceBytes(await readFile(join(dataDir, 'backups', ws.id, b.backupId)));
        return p.ok ? p.workspace.title : '';
      }),
    );
    expect(titles).toContain('Bの変更');
    // B, still on its old version, is now the one told about the conflict.
    await expect(pcB.save({ ...onB.workspace, title: 'Bの二度目' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});
