/**
 * The rendered envelope is one stage (002_0f100134b4811c0f.txt §5.1.1): what is in the packet, what a
 * portal sheet looks like, what blocks a clean packet, and what the cover letter and checklist list.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderWorkspaceDocuments } from '../../../src/main/services/render/render-workspace.js';
import { loadWorkspace } from '../../../src/shared/model/load.js';
import type { Workspace } from '../../../src/shared/model/index.js';
import { readOutline, readPdfText } from '../../helpers/pdf/read-pdf.js';
import { DATE, SAMPLE_ATTACHMENTS, loadFixture, squash } from './setup.js';

const render = (workspace: Workspace, extra: { combined?: boolean; force?: boolean } = {}) =>
  renderWorkspaceDocuments({
    workspace,
    appRoot: resolve('.'),
    force: extra.force ?? false,
    combined: extra.combined ?? false,
    attachmentDirs: [SAMPLE_ATTACHMENTS],
    now: DATE,
  });
const text = async (pdf: Uint8Array) => squash((await readPdfText(pdf)).map((p) => p.text).join(''));
const sample = (name: string): Workspace => {
  const r = loadWorkspace(JSON.parse(readFileSync(`forms/samples/sample-${name}.json`, 'utf8')));
  if (!r.ok) throw new Error(r.error);
  return r.workspace;
};

describe('one envelope per stage', () => {
  it('the vendor: the review alone is mailed; the HO/FA/CA applications are listed as open, not printed', async () => {
    const result = await render(await loadFixture());
    expect(result.stage.stage?.id).toBe('review');
    const titles = (await readOutline(result.packet)).map((o) => o.title);
    expect(titles).toContain(
      '総合行政ネットワークASP登録及び接続に関する参加資格審査申込兼変更並びに解除届出書',
    );
    expect(titles.some((t) => t.includes('ホスティングサービス接続申込書'))).toBe(false);
    expect(result.documents.map((d) => d.id)).not.toContain('facility-registration');
    expect(result.stage.pending.map((p) => p.id)).toEqual(['disclosure', 'applications']);
    const packet = await text(result.packet);
    expect(packet).not.toContain('ファシリティサービス登録申込書');
  });

  it('what a later stage still lacks does not hold back the review (a missing FA photo)', async () => {
    const workspace = await loadFixture();
    workspace.attachments = workspace.attachments.filter((a) => a.kind !== 'facility-photo');
    const result = await render(workspace);
    expect(result.draft).toBe(false);
    // Combined, the missing photos are errors of a document in the packet: blocked.
    await expect(render(workspace, { combined: true })).rejects.toThrow(/エラーが\d+件/);
  });

  it('a forced combined packet: the checklist shows each missing photo as missing', async () => {
    const workspace = await loadFixture();
    workspace.attachments = workspace.attachments.filter(
      (a) => !(a.kind === 'facility-photo' && a.area === 'earthquake'),
    );
    const result = await render(workspace, { combined: true, force: true });
    const checklist = result.documents.find((d) => d.id === 'checklist');
    expect(await text(checklist!.pdf)).toContain(squash('× 未添付: ファシリティ写真（地震対策）'));
  });

  it('a connected body mails the pre-request; its review is a 「ポータル入力用」 sheet outside the packet (002 §5.1.1(1))', async () => {
    const result = await render(sample('municipality'));
    const review = result.documents.find((d) => d.id === 'participation-review');
    expect(review?.delivery).toBe('portal');
    expect(await text(review!.pdf)).toContain('ポータル入力用（郵送しません）');
    const titles = (await readOutline(result.packet)).map((o) => o.title);
    expect(titles).toContain('総合行政ネットワークASP登録及び接続に関する参加資格申込みの事前依頼');
    expect(titles.some((t) => t.includes('参加資格審査申込'))).toBe(false);
    // The cover letter lists the pre-request only: no label, checklist or portal sheet.
    const cover = await text(result.documents.find((d) => d.id === 'cover-letter')!.pdf);
    expect(cover).toContain('参加資格申込みの事前依頼');
    expect(cover).not.toContain('宛名ラベル');
    expect(cover).not.toContain('チェックリスト');
    expect(cover).not.toContain('参加資格審査申込兼変更');
    expect(cover).toContain('計1件');
  });
});
