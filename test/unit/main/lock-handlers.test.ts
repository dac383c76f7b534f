import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../src/main/ipc/dispatch.js';
import { createHandlers } from '../../../src/main/ipc/handlers.js';
import { createAttachmentFiles } from '../../../src/main/services/attachments/attachment-files.js';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';

// Issue #15 through the IPC handlers: two PCs (two stores with their own holder and clock) on one
// shared data folder.
let dir: string;
const clock = { now: Date.parse('2026-12-03T00:15:00Z') };
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lgwan-lock-ipc-'));
  clock.now = Date.parse('2026-12-03T00:15:00Z');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const pc = async (user: string, host: string): Promise<Handlers> => {
  const store = await WorkspaceStore.open(dir, {
    holder: { user, host, pid: process.pid, instance: `${host}/${user}` },
    clock: () => new Date(clock.now),
  });
  return createHandlers({
    store,
    dataDir: dir,
    version: 'test',
    samplePath: resolve('forms/samples/sample-vendor.json'),
    renderPreview: () => Promise.reject(new Error('not used')),
    renderDocuments: () => Promise.reject(new Error('not used')),
    attachments: createAttachmentFiles(dir),
    desktop: {
      chooseFolder: async () => null,
      chooseSaveFile: async () => null,
      chooseOpenFile: async () => null,
      openPath: async () => undefined,
      listPrinters: async () => [],
      printPdfFile: async () => ({ status: 'cancelled' as const }),
      printWindow: async () => ({ status: 'cancelled' as const }),
    },
    emit: () => undefined,
    tempDir: join(dir, 'opened'),
  });
};

describe('workspace locks over IPC', () => {
  it('the second PC opens read-only, is told who has it, cannot save, rename or delete; editable once released', async () => {
    const a = await pc('yamada', 'SOUMU-PC01');
    const ws = await a['workspaces.create']({ title: '共有の案件', from: 'blank' });
    expect((await a['workspaces.get']({ id: ws.id })).readOnly).toBe(false);

    const b = await pc('suzuki', 'SOUMU-PC02');
    const onB = await b['workspaces.get']({ id: ws.id });
    expect(onB).toMatchObject({
      readOnly: true,
      lock: { user: 'yamada', host: 'SOUMU-PC01', since: '2026-12-03T00:15:00.000Z', stale: false },
    });
    const refusal = {
      code: 'read-only',
      message: expect.stringMatching(/yamada さん（PC名 SOUMU-PC01）が2026年12月3日 09:15から開いているため/),
    };
    await expect(b['workspaces.save']({ workspace: { ...onB.workspace, title: 'B' } })).rejects.toMatchObject(
      refusal,
    );
    await expect(b['workspaces.rename']({ id: ws.id, title: 'B' })).rejects.toMatchObject(refusal);
    await expect(b['workspaces.delete']({ id: ws.id })).rejects.toMatchObject(refusal);
    expect((await a['workspaces.get']({ id: ws.id })).workspace.title).toBe('共有の案件');

    await a['workspaces.release']({ id: ws.id });
    // A rename from the list takes the lock only for the change.
    await a['workspaces.rename']({ id: ws.id, title: '改名した案件' });
    const again = await b['workspaces.get']({ id: ws.id });
    expect(again.readOnly).toBe(false);
    expect(again.lock).toBeUndefined();
    await b['workspaces.save']({ workspace: { ...again.workspace, title: 'Bが編集' } });
    expect((await a['workspaces.get']({ id: ws.id })).lock).toMatchObject({ user: 'suzuki' });
  });

  it('a stale lock is taken over only after confirmation; the old holder then cannot save', async () => {
    const a = await pc('yamada', 'SOUMU-PC01');
    const ws = await a['workspaces.create']({ title: '共有の案件', from: 'blank' });
    const onA = await a['workspaces.get']({ id: ws.id });
    const b = await pc('suzuki', 'SOUMU-PC02');
    clock.now += 11 * 60_000; // PC01 went to sleep: no heartbeat
    const seen = await b['workspaces.get']({ id: ws.id });
    expect(seen.lock).toMatchObject({ user: 'yamada', stale: true });
    // Opening did not take it: that needs the user's confirmation.
    expect((await b['workspaces.get']({ id: ws.id })).readOnly).toBe(true);
    const taken = await b['workspaces.takeOver']({ id: ws.id, heartbeatAt: seen.lock?.heartbeatAt ?? '' });
    expect(taken.readOnly).toBe(false);
    await b['workspaces.save']({ workspace: { ...taken.workspace, title: '引き継いだ編集' } });
    // PC01 wakes up and autosaves its old copy: refused, and nothing it had is overwritten on disk.
    await expect(
      a['workspaces.save']({ workspace: { ...onA.workspace, title: '古い編集' } }),
    ).rejects.toMatchObject({
      code: 'read-only',
      message: expect.stringMatching(/suzuki さん（PC名 SOUMU-PC02）/),
    });
    expect((await b['workspaces.get']({ id: ws.id })).workspace.title).toBe('引き継いだ編集');
  });
});
