/** The render fixture: a vendor workspace (HO + AP + FA + CA) with photos, a topology PNG and a PDF attachment. */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WorkspaceSchema, type Workspace } from '../../../src/shared/model/index.js';
import {
  renderWorkspaceDocuments,
  type RenderResult,
} from '../../../src/main/services/render/render-workspace.js';
import { makeAttachmentPdf } from '../../helpers/pdf/fixtures.js';

export const FIXTURE = resolve('test/integration/render/fixtures/vendor.json');
export const SAMPLE_ATTACHMENTS = resolve('forms/samples/attachments');
export const DATE = '2026-11-22';

export async function loadFixture(): Promise<Workspace> {
  return WorkspaceSchema.parse(JSON.parse(await readFile(FIXTURE, 'utf8')));
}

/** The fixture plus a two-page PDF certificate on the CA service, stored content-addressed in a temp dir. */
export async function fixtureWithPdf(): Promise<{ workspace: Workspace; dirs: string[] }> {
  const workspace = await loadFixture();
  const dir = await mkdtemp(join(tmpdir(), 'render-att-'));
  const pdf = await makeAttachmentPdf(2);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  await writeFile(join(dir, sha256), pdf);
  workspace.attachments.push({
    id: 'ca-cert',
    kind: 'certification-copy',
    area: null,
    serviceId: 'ca1',
    caption: '電気通信事業登録通知書の写し',
    file: {
      sha256,
      originalName: '登録通知書.pdf',
      mediaType: 'application/pdf',
      size: pdf.byteLength,
      pageCount: 2,
    },
    addedAt: '2026-11-01T10:00:00+09:00',
  });
  return { workspace, dirs: [dir, SAMPLE_ATTACHMENTS] };
}

export async function renderFixture(
  workspace: Workspace,
  dirs: string[],
  force = false,
): Promise<RenderResult> {
  return renderWorkspaceDocuments({
    workspace,
    appRoot: resolve('.'),
    force,
    // The fixture exercises every form at once: all stages in one packet.
    combined: true,
    attachmentDirs: dirs,
    now: DATE,
  });
}

/** Text with all whitespace removed, for "contains" checks across line breaks. */
export const squash = (s: string): string => s.replace(/\s+/g, '');
