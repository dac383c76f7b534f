import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, type Handlers, type Sender } from '../../../src/main/ipc/dispatch.js';
import { handlersOn } from '../../helpers/ipc/handlers-on.js';
import { APP_ORIGIN } from '../../../src/main/security/origin.js';
import { renderWorkspaceDocuments } from '../../../src/main/services/render/render-workspace.js';
import { renderWorkspacePreview } from '../../../src/main/services/render/render-workspace.js';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';
import { channels, ipcContract, type Channel } from '../../../src/shared/ipc/contract.js';
import { IpcResultSchema } from '../../../src/shared/ipc/errors.js';
import { createWorkspace } from '../../../src/shared/model/workspace.js';
import { treeFingerprint } from '../../unit/bundle/bundle-helpers.js';

// Issue #6 "IPC": every channel is fuzzed with generated payloads against the real handlers on a
// temp data directory. Nothing may throw out of dispatch (that would reach Electron's handler
// and the main process), every answer is a typed envelope, and a payload the contract rejects
// never reaches a handler.

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const app: Sender = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true };
let root: string;
let dataDir: string;
let handlers: Handlers;
let reached: { channel: string; input: unknown }[];
let outsideBefore: string;
const existing = createWorkspace('既存の案件');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lgwan-fuzz-'));
  dataDir = join(root, 'data');
  await mkdir(join(root, 'outside'));
  await writeFile(join(root, 'outside', 'sentinel.txt'), 'このフォルダは変わってはいけない');
  const store = await WorkspaceStore.open(dataDir);
  await store.save(existing);
  // The folder dialog is cancelled and nothing is opened (the quiet desktop): fuzzing must not
  // write PDFs into arbitrary folders or launch viewers.
  const real = handlersOn(store, {
    version: 'fuzz',
    renderPreview: (id, options) => renderWorkspacePreview(store, id, resolve('.'), options?.combined),
    renderDocuments: (workspace, options) =>
      renderWorkspaceDocuments({
        workspace,
        appRoot: resolve('.'),
        force: true,
        combined: options?.combined === true,
        attachmentDirs: [store.layout.attachments],
      }),
  });
  reached = [];
  // Records what got through validation, then runs the real handler.
  handlers = Object.fromEntries(
    Object.entries(real).map(([channel, handler]) => [
      channel,
      (input: unknown) => {
        reached.push({ channel, input });
        return (handler as (i: unknown) => Promise<unknown>)(input);
      },
    ]),
  ) as Handlers;
  outsideBefore = await treeFingerprint(join(root, 'outside'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** A valid payload per channel; mutations of it probe the edges of each schema. */
const seeds: Record<Channel, Record<string, unknown>> = {
  'app.info': {},
  'workspaces.list': {},
  'workspaces.create': { title: '新しい案件', from: 'blank' },
  'workspaces.get': { id: existing.id },
  'workspaces.save': { workspace: existing },
  'workspaces.delete': { id: 'no-such-workspace' },
  'documents.renderPreview': { workspaceId: 'no-such-workspace' },
  'documents.livePreview': { workspace: existing, documentId: 'no-such-document' },
  'workspaces.duplicate': { id: existing.id, title: '複製' },
  'workspaces.rename': { id: existing.id, title: '改名' },
  'attachments.add': { name: '写真.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]) },
  'attachments.thumbnail': { sha256: 'a'.repeat(64) },
  'attachments.open': { sha256: 'b'.repeat(64) },
  'documents.saveToFolder': { workspaceId: existing.id, taskId: 't1' },
  'submissions.record': { workspaceId: 'no-such-workspace', note: '' },
  'backups.list': { workspaceId: existing.id },
  'backups.restore': { workspaceId: existing.id, backupId: 'no-such-backup.json' },
  'bundle.export': { workspaceIds: [existing.id], taskId: 't2' },
  'bundle.import': { taskId: 't3' },
  'workspaces.release': { id: existing.id },
  'workspaces.takeOver': { id: existing.id, heartbeatAt: '2026-11-22T01:00:00.000Z' },
  'workspaces.resolveConflict': {
    id: existing.id,
    conflictId: '20261122T010000000Z-0123abcd.json',
    keep: 'theirs',
  },
  'tasks.cancel': { taskId: 't1' },
  'print.plan': { workspaceId: 'no-such-workspace' },
  'print.run': {
    workspaceId: 'no-such-workspace',
    documentIds: ['cover-letter'],
    copies: 1,
    printer: '',
    taskId: 't4',
  },
  'print.raster': { copies: 1, printer: '' },
  'print.calibrationSheet': { printer: '', corrected: false, taskId: 't5' },
  'print.setOffset': { printer: 'Office Printer', offset: { xMm: 1, yMm: -0.5 } },
  'documents.openInViewer': { workspaceId: 'no-such-workspace', taskId: 't6' },
};

const nasty = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
  }),
  fc.constantFrom(
    '../../../etc/passwd',
    '..\\..\\windows\\system32',
    '/dev/zero',
    'C:\\Windows',
    '\u0000',
    '__proto__',
    'constructor',
    'x'.repeat(100_000),
    -1,
    Number.NaN,
    Infinity,
    null,
    undefined,
    [],
    { __proto__: { polluted: true } },
    new Uint8Array(0),
  ),
);

/** Sets, deletes or adds a key at a random depth of a copy of the seed. */
const mutate = (seed: Record<string, unknown>) =>
  fc
    .tuple(fc.nat(), fc.nat(), fc.constantFrom('set', 'delete', 'add'), nasty, fc.string({ maxLength: 20 }))
    .map(([pick, depth, op, value, key]) => {
      const copy = structuredClone(seed);
      let node: Record<string, unknown> = copy;
      for (let d = 0; d < depth % 4; d++) {
        const keys = Object.keys(node).filter(
          (k) => typeof node[k] === 'object' && node[k] !== null && !ArrayBuffer.isView(node[k]),
        );
        const next = keys[pick % Math.max(1, keys.length)];
        if (next === undefined) break;
        node = node[next] as Record<string, unknown>;
      }
      const keys = Object.keys(node);
      const target = keys[pick % Math.max(1, keys.length)] ?? key;
      // An array's length set to a random value is the mutator failing (RangeError), not the app.
      if (Array.isArray(node) && (target === 'length' || key === 'length')) return copy;
      if (op === 'delete') delete node[target];
      else if (op === 'add') node[key || 'extra'] = value;
      else node[target] = value;
      return copy;
    });

describe('IPC dispatch under fuzzing', () => {
  it.each(channels.map((c) => [c]))(
    '%s: every payload gets a typed answer; invalid ones never reach the handler',
    async (channel) => {
      const seed = seeds[channel] ?? {};
      await fc.assert(
        fc.asyncProperty(fc.oneof(nasty, mutate(seed), fc.constant(seed)), async (payload) => {
          reached.length = 0;
          const result = await dispatch(handlers, channel, payload, app);
          expect(IpcResultSchema.safeParse(result).success).toBe(true);
          const valid = ipcContract[channel].input.safeParse(payload).success;
          if (!valid) {
            expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
            expect(reached).toEqual([]);
          }
          if (!result.ok) expect(result.error.message).toMatch(/[ぁ-んァ-ヶ一-龯]/);
        }),
        { numRuns: RUNS },
      );
    },
    120_000,
  );

  it('unknown channels and foreign senders are refused before any handler runs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.anything()),
        fc.record({ url: fc.oneof(fc.webUrl(), fc.string()), isMainFrame: fc.boolean() }),
        nasty,
        async (channel, sender, payload) => {
          reached.length = 0;
          const result = await dispatch(handlers, channel, payload, sender);
          expect(IpcResultSchema.safeParse(result).success).toBe(true);
          const ours = sender.isMainFrame && sender.url.startsWith(`${APP_ORIGIN}/`);
          if (!ours) expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
          if (!channels.includes(channel as Channel)) expect(result.ok).toBe(false);
          if (!result.ok) expect(reached).toEqual([]);
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });

  it('after all of it the data is intact and nothing outside the data directory changed', async () => {
    expect(await treeFingerprint(join(root, 'outside'))).toBe(outsideBefore);
    const store = await WorkspaceStore.open(dataDir);
    expect(store.notices.filter((n) => n.level !== 'info')).toEqual([]);
    expect((await store.get(existing.id)).workspace.id).toBe(existing.id);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
