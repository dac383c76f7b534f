/**
 * Re-rendering after an edit: only the documents that print the edited field are laid out again,
 * and every PDF shows the current data (read back from the PDF, not from the cache's bookkeeping).
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/shared/model/index.js';
import { ReadTracker, readsStillHold } from '../../../src/main/services/render/read-tracker.js';
import { readPdfText } from '../../helpers/pdf/read-pdf.js';
import { DATE, SAMPLE_ATTACHMENTS, loadFixture, squash } from './setup.js';
import {
  renderWorkspaceDocuments,
  type RenderResult,
} from '../../../src/main/services/render/render-workspace.js';

describe('read tracking', () => {
  const data = () => ({
    provider: { name: '株式会社テスト', address: { prefecture: '東京都' } },
    services: [
      { id: 'a', kind: 'AP', name: 'X' },
      { id: 'b', kind: 'FA', name: 'Y' },
    ],
  });

  it('holds while what was read is unchanged and breaks on any change to it', () => {
    const tracker = new ReadTracker();
    const seen = tracker.track(data());
    // What a template does: filter/map over a list, read a nested field, list keys, test presence.
    const names = seen.services.filter((s) => s.kind === 'FA').map((s) => s.name);
    expect(names).toEqual(['Y']);
    expect(Object.keys(seen.provider.address)).toEqual(['prefecture']);
    expect('fax' in seen.provider).toBe(false);
    const reads = tracker.reads;

    expect(readsStillHold(reads, data())).toBe(true);
    const unrelated = data();
    unrelated.provider.name = '別の名前'; // never read
    expect(readsStillHold(reads, unrelated)).toBe(true);

    const renamed = data();
    renamed.services[1]!.name = 'Z';
    expect(readsStillHold(reads, renamed)).toBe(false);
    const added = data();
    added.services.push({ id: 'c', kind: 'FA', name: 'W' });
    expect(readsStillHold(reads, added)).toBe(false);
    const withFax = { ...data(), provider: { ...data().provider, fax: '03' } };
    expect(readsStillHold(reads, withFax)).toBe(false);
    const moreKeys = data();
    Object.assign(moreKeys.provider.address, { rest: '千代田区' });
    expect(readsStillHold(reads, moreKeys)).toBe(false);
    const retyped = data();
    (retyped.services[1] as { kind: string }).kind = 'AP';
    expect(readsStillHold(reads, retyped)).toBe(false);
  });

  it('keeps object identity, so includes() and === behave as on the real data', () => {
    const tracker = new ReadTracker();
    const seen = tracker.track(data());
    const fa = seen.services.find((s) => s.kind === 'FA');
    expect(fa).toBe(seen.services[1]);
    expect(seen.services.includes(fa!)).toBe(true);
  });
});

describe('documents re-rendered after an edit', () => {
  const render = (workspace: Workspace, cache = true): Promise<RenderResult> =>
    renderWorkspaceDocuments({
      workspace,
      appRoot: '.',
      force: false,
      combined: true,
      attachmentDirs: [SAMPLE_ATTACHMENTS],
      now: DATE,
      cache,
    });
  const text = async (result: RenderResult, id: string): Promise<string> =>
    squash(
      (await readPdfText(result.documents.find((d) => d.id === id)?.pdf ?? new Uint8Array()))
        .map((p) => p.text)
        .join(''),
    );

  it('lays out only the form that prints the edited field, and that form shows the new value', async () => {
    const workspace = await loadFixture();
    const first = await render(workspace);
    expect(first.laidOut).toBe(first.documents.length);

    const again = await render(workspace);
    expect(again.laidOut).toBe(0);
    expect(again.reused).toBe(first.documents.length);

    const fa = workspace.services.find((s) => s.kind === 'FA');
    if (fa?.kind !== 'FA') throw new Error('fixture has no FA service');
    fa.entryControl = '静脈認証と監視員の常駐による入退室管理';
    const edited = await render(workspace);
    expect(edited.laidOut).toBe(1);
    expect(await text(edited, 'facility-registration')).toContain('静脈認証と監視員の常駐による入退室管理');
    for (const doc of edited.documents.filter((d) => d.id !== 'facility-registration')) {
      expect(doc.pdf, doc.id).toEqual(first.documents.find((d) => d.id === doc.id)?.pdf);
    }

    // The same edit with the cache off gives the same facility registration.
    const uncached = await render(workspace, false);
    expect(uncached.reused).toBe(0);
    expect(await text(uncached, 'facility-registration')).toBe(await text(edited, 'facility-registration'));
  });

  it('lays out every form again when a value they all print changes, and a new service adds its form', async () => {
    const workspace = await loadFixture();
    await render(workspace);
    workspace.provider.name = '株式会社髙橋情報システムズ';
    const renamed = await render(workspace);
    // The mailing label and the fee estimate print the name too; every document shows the new one.
    for (const doc of renamed.documents) {
      if (doc.id === 'cover-letter' || doc.id === 'checklist') continue;
      expect(await text(renamed, doc.id), doc.id).toContain('株式会社髙橋情報システムズ');
    }
    expect(renamed.reused).toBeLessThan(renamed.documents.length);

    const fa = workspace.services.find((s) => s.kind === 'FA');
    if (fa?.kind !== 'FA') throw new Error('fixture has no FA service');
    workspace.services.push({
      ...structuredClone(fa),
      id: 'fa2',
      name: '第二DC',
      facilityName: '大阪第二データセンター',
    });
    // The second facility shows its own photos and certificate, as the check requires.
    for (const a of workspace.attachments.filter((x) => x.serviceId === fa.id)) {
      workspace.attachments.push({ ...structuredClone(a), id: `${a.id}-fa2`, serviceId: 'fa2' });
    }
    const withSecond = await render(workspace);
    expect(await text(withSecond, 'facility-registration')).toContain('大阪第二データセンター');
    // The cover letter lists the new form: its enclosures changed, so it was laid out again.
    expect(await text(withSecond, 'cover-letter')).toContain('第二DC');
  });
});
