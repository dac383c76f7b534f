import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundle } from '../../../src/main/services/bundle/import-bundle.js';
import { DEFAULT_LIMITS } from '../../../src/main/services/bundle/format.js';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';
import { createWorkspace } from '../../../src/shared/model/workspace.js';
import { bundleEntries, sha256, treeFingerprint, utf8 } from './bundle-helpers.js';
import { craftZip, type CraftEntry } from './craft-zip.js';

// Issue #6: an imported file must never write outside its place or exhaust the machine. Every
// hostile bundle below is refused with a reason, and the sentinel tree (the data directory with
// existing work, plus a directory beside it that traversal would reach) is unchanged byte for byte.

let root: string;
let store: WorkspaceStore;
let before: string;
const SYMLINK = (0o120777 << 16) >>> 0;
const png = utf8('not really a png');
const pngSha = sha256(png);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'lgwan-hostile-'));
  await mkdir(join(root, 'outside'));
  await writeFile(join(root, 'outside', 'sentinel.txt'), '触ってはいけないファイル');
  store = await WorkspaceStore.open(join(root, 'data'));
  await store.save(createWorkspace('既存の案件'));
  before = await treeFingerprint(root);
});
afterEach(() => rm(root, { recursive: true, force: true }));

const expectRefusedAndUntouched = async (zip: Uint8Array, reason: RegExp, limits = DEFAULT_LIMITS) => {
  const error: unknown = await importBundle(zip, store, { limits }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code: 'refused' });
  expect((error as Error).message).toMatch(/^このファイルは取り込めません: /);
  expect((error as Error).message).toMatch(reason);
  expect((error as Error).message).toMatch(/何も変更していません/);
  expect(await treeFingerprint(root)).toBe(before);
  expect((await store.list()).map((w) => w.title)).toEqual(['既存の案件']);
};

const hostileNames: [string, string | Uint8Array, RegExp][] = [
  ['parent traversal', '../evil.json', /「\.\.」/],
  ['deep traversal', '../../../../../../tmp/lgwan-evil', /「\.\.」/],
  ['traversal inside an allowed folder', 'workspaces/../../outside/sentinel.txt', /「\.\.」/],
  ['absolute Unix path', '/etc/cron.d/evil', /絶対パス/],
  ['absolute path into the sentinel', '/tmp/lgwan-evil.json', /絶対パス/],
  ['Windows drive letter (slash)', 'C:/Windows/System32/evil.dll', /ドライブ名/],
  ['Windows drive-relative', 'C:evil.json', /ドライブ名/],
  ['Windows backslashes', 'workspaces\\..\\..\\evil.json', /「\\」/],
  ['UNC path (backslashes)', '\\\\server\\share\\evil.exe', /「\\」/],
  ['UNC path (slashes)', '//server/share/evil.exe', /絶対パス/],
  ['NUL byte truncation', 'workspaces/x.json\u0000.png', /制御文字/],
  ['control character', 'attachments/\u001b[31m', /制御文字/],
  ['dot segment', './manifest.json', /「\.」や空/],
  ['empty segment', 'workspaces//x.json', /「\.」や空/],
  ['directory entry', 'workspaces/', /「\.」や空|フォルダ/],
  ['only dots', '..', /「\.\.」/],
  ['full-width lookalike', 'ｗｏｒｋｓｐａｃｅｓ/x.json', /想定外の文字/],
  ['decomposed Unicode', 'workspaces/ガ.json'.normalize('NFD'), /想定外の文字/],
  ['unexpected file type', 'autorun.inf', /想定外の項目/],
  ['executable in an allowed folder', 'attachments/evil.exe', /想定外の項目/],
  ['invalid UTF-8 bytes', new Uint8Array([0x77, 0x6f, 0xff, 0xfe, 0x2f, 0x2e, 0x2e]), /文字コード/],
  ['empty name', '', /名前のない/],
];

describe('hostile entry names', () => {
  it('covers at least 15 malicious names', () => expect(hostileNames.length).toBeGreaterThanOrEqual(15));

  it.each(hostileNames)('%s is refused before anything is written', async (_label, name, reason) => {
    await expectRefusedAndUntouched(craftZip(bundleEntries([{ name, data: utf8('payload') }])), reason);
    expect(existsSync('/tmp/lgwan-evil')).toBe(false);
    expect(existsSync('/tmp/lgwan-evil.json')).toBe(false);
  });
});

describe('hostile archive structure', () => {
  it('a symbolic link entry', async () => {
    const zip = craftZip(
      bundleEntries([{ name: `attachments/${pngSha}`, data: png, externalAttrs: SYMLINK }]),
    );
    await expectRefusedAndUntouched(zip, /シンボリックリンク/);
  });

  it('a Windows reparse point (junction) entry', async () => {
    const zip = craftZip(
      bundleEntries([{ name: `attachments/${pngSha}`, data: png, madeBy: 0, externalAttrs: 0x400 }]),
    );
    await expectRefusedAndUntouched(zip, /リパースポイント/);
  });

  it('two entries with the same name', async () => {
    const entries = bundleEntries();
    await expectRefusedAndUntouched(craftZip([...entries, entries[0] as CraftEntry]), /重複/);
  });

  it('names that differ only in case', async () => {
    const ws = { ...createWorkspace('案件'), id: 'ABC-1' };
    const lower = { ...ws, id: 'abc-1' };
    const zip = craftZip(
      bundleEntries([{ name: 'workspaces/abc-1.json', data: utf8(JSON.stringify(lower)) }], ws),
    );
    await expectRefusedAndUntouched(zip, /重複/);
  });

  it('a local header naming a different file than the directory', async () => {
    const zip = craftZip(
      bundleEntries([{ name: `attachments/${pngSha}`, localName: '../../evil.json', data: png }]),
    );
    await expectRefusedAndUntouched(zip, /名前が異なる/);
  });

  it('an encrypted entry', async () => {
    await expectRefusedAndUntouched(
      craftZip(bundleEntries([{ name: `attachments/${pngSha}`, data: png, flags: 1 }])),
      /暗号化/,
    );
  });

  it('an entry not listed in the manifest', async () => {
    const entries = bundleEntries();
    const zip = craftZip([...entries, { name: `attachments/${pngSha}`, data: png }]);
    await expectRefusedAndUntouched(zip, /目録にない項目/);
  });

  it('a manifest listing an entry that is not there', async () => {
    const entries = bundleEntries([{ name: `attachments/${pngSha}`, data: png }]);
    await expectRefusedAndUntouched(craftZip(entries.slice(0, 2)), /ファイルに入っていません/);
  });

  it('no manifest', async () => {
    await expectRefusedAndUntouched(craftZip(bundleEntries().slice(1)), /目録（manifest\.json）がありません/);
  });

  it('a bundle from a newer app version', async () => {
    const [manifest, ...rest] = bundleEntries();
    const newer = { ...JSON.parse(new TextDecoder().decode(manifest?.data)), formatVersion: 3 };
    await expectRefusedAndUntouched(
      craftZip([{ name: 'manifest.json', data: utf8(JSON.stringify(newer)) }, ...rest]),
      /新しい版のアプリ.*最新版に更新/,
    );
  });

  it('a truncated file', async () => {
    const zip = craftZip(bundleEntries());
    await expectRefusedAndUntouched(zip.subarray(0, zip.byteLength - 30), /ZIP/);
  });

  it('random bytes with a .lgwanasp name', async () => {
    await expectRefusedAndUntouched(utf8('PK\u0003\u0004 this is not a zip at all'), /ZIP形式ではない/);
  });

  it('an ordinary zip made by another program', async () => {
    await expectRefusedAndUntouched(zipSync({ 'readme.txt': utf8('hello') }), /想定外の項目/);
  });
});

describe('zip bombs and resource limits', () => {
  const zeros = new Uint8Array(50 * 1024 * 1024);
  const zerosSha = sha256(zeros);

  it('a highly compressed entry (50 MiB of zeros) is refused from its declared ratio, before inflating', async () => {
    const zip = craftZip(bundleEntries([{ name: `attachments/${zerosSha}`, data: zeros }]));
    expect(zip.byteLength).toBeLessThan(200 * 1024);
    await expectRefusedAndUntouched(zip, /ZIP爆弾/);
  });

  it('an entry that understates its size is stopped while inflating', async () => {
    const zip = craftZip(
      bundleEntries([{ name: `attachments/${zerosSha}`, data: zeros, declaredSize: 1000 }]),
    );
    await expectRefusedAndUntouched(zip, /記録より大きく展開/);
  });

  it('entries sharing compressed data (overlap bomb)', async () => {
    const entries = bundleEntries([{ name: `attachments/${pngSha}`, data: png }]);
    const shared: CraftEntry = { name: `attachments/${pngSha}`, data: png, shareLocalWith: 2 };
    await expectRefusedAndUntouched(
      craftZip([...entries, { ...shared, name: `attachments/${'0'.repeat(64)}` }]),
      /重なり合って|名前が異なる/,
    );
  });

  it('total uncompressed size over the limit', async () => {
    const a = new Uint8Array(600 * 1024).fill(1);
    const b = new Uint8Array(600 * 1024).fill(2);
    const zip = craftZip(
      bundleEntries([
        { name: `attachments/${sha256(a)}`, data: a, method: 0 },
        { name: `attachments/${sha256(b)}`, data: b, method: 0 },
      ]),
    );
    await expectRefusedAndUntouched(zip, /合計サイズが上限/, {
      ...DEFAULT_LIMITS,
      maxTotalBytes: 1024 * 1024,
    });
  });

  it('one entry over the per-entry limit', async () => {
    const big = new Uint8Array(300 * 1024).fill(7);
    const zip = craftZip(bundleEntries([{ name: `attachments/${sha256(big)}`, data: big, method: 0 }]));
    await expectRefusedAndUntouched(zip, /大きすぎる項目/, { ...DEFAULT_LIMITS, maxEntryBytes: 256 * 1024 });
  });

  it('too many entries', async () => {
    const many = Array.from({ length: 30 }, (_, i) => {
      const data = utf8(`file ${i}`);
      return { name: `attachments/${sha256(data)}`, data };
    });
    await expectRefusedAndUntouched(craftZip(bundleEntries(many)), /項目の数/, {
      ...DEFAULT_LIMITS,
      maxEntries: 20,
    });
  });

  it('a file larger than the bundle limit', async () => {
    const zip = craftZip(bundleEntries());
    await expectRefusedAndUntouched(zip, /ファイルが大きすぎます/, { ...DEFAULT_LIMITS, maxFileBytes: 100 });
  });
});

describe('wrong hashes and wrong content', () => {
  it('a workspace changed after the manifest was written', async () => {
    const entries = bundleEntries();
    const ws = entries[1] as CraftEntry;
    const tampered = utf8(new TextDecoder().decode(ws.data).replace('取り込み用の案件', '改ざんされた案件'));
    await expectRefusedAndUntouched(
      craftZip([entries[0] as CraftEntry, { ...ws, data: tampered }]),
      /ハッシュ値と一致しない|大きさが目録と一致しない/,
    );
  });

  it('an attachment whose bytes do not hash to its name', async () => {
    const zip = craftZip(bundleEntries([{ name: `attachments/${'a'.repeat(64)}`, data: png }]));
    await expectRefusedAndUntouched(zip, /名前と内容が一致しません/);
  });

  // A value of the wrong type is repaired on load (kept in quarantine); another app's file is not a workspace.
  it('a workspace entry in another application’s format', async () => {
    const bad = { ...createWorkspace('x'), format: 'another-app' };
    const zip = craftZip(bundleEntries([], bad as never));
    await expectRefusedAndUntouched(zip, /読めません/);
  });

  it('a workspace referring to an attachment the bundle does not carry', async () => {
    const ws = createWorkspace('添付つき');
    ws.attachments.push({
      id: 'a1',
      kind: 'network-topology',
      area: null,
      serviceId: '',
      caption: '',
      file: { sha256: pngSha, originalName: 'topology.png', mediaType: 'image/png', size: png.byteLength },
      addedAt: '2026-11-22T00:00:00.000Z',
    });
    await expectRefusedAndUntouched(craftZip(bundleEntries([], ws)), /添付ファイル.*入っていません/);
  });
});

// Issue #17 items 3 and 4: the content of imported attachments and the archive as a whole.
describe('many small entries (each under the ratio floor)', () => {
  it('200 entries of 1 MiB zeros are refused from their declared total, before inflating', async () => {
    const entries = Array.from({ length: 200 }, (_, i) => {
      const data = new Uint8Array(1024 * 1024);
      new DataView(data.buffer).setUint32(0, i);
      return { name: `attachments/${sha256(data)}`, data };
    });
    const zip = craftZip(bundleEntries(entries));
    expect(zip.byteLength).toBeLessThan(1024 * 1024);
    const started = process.memoryUsage().rss;
    await expectRefusedAndUntouched(zip, /合計サイズ.*倍を超えています（ZIP爆弾の疑い）/);
    expect(process.memoryUsage().rss - started).toBeLessThan(100 * 1024 * 1024);
  });
});
