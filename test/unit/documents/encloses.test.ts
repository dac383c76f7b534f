/**
 * One source for which attachments go with which document (the definitions' `encloses`): the
 * packet binds in exactly the kinds the UI offers a slot for, and the attachment rules file a
 * finding under the form that binds the file in (002 §5.1.1(2) 添付資料).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  attachmentsForDocument,
  missingAttachments,
  planPacket,
} from '../../../src/main/services/render/document-plan.js';
import { inSlot, slotsFor } from '../../../src/renderer/src/features/attachments/slots.js';
import { WorkspaceSchema, type Attachment, type Workspace } from '../../../src/shared/model/index.js';
import { checkWorkspace } from '../../../src/shared/rules/engine.js';

const load = (path: string): Workspace => WorkspaceSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
const vendor = () => load('test/integration/render/fixtures/vendor.json');

const attachment = (id: string, serviceId: string, kind: Attachment['kind']): Attachment => ({
  id,
  kind,
  // A photo shows one of the five areas; its slot is that area's.
  area: kind === 'facility-photo' ? 'installation' : null,
  serviceId,
  caption: id,
  file: { sha256: 'a'.repeat(64), originalName: `${id}.pdf`, mediaType: 'application/pdf', size: 10 },
  addedAt: '2026-11-01T10:00:00+09:00',
});

/** Every attachment kind × every service of the workspace, one file each. */
function everyKindOnEveryService(ws: Workspace): Workspace {
  const kinds: Attachment['kind'][] = [
    'facility-photo',
    'network-topology',
    'certification-copy',
    'pricing-material',
    'other',
  ];
  return {
    ...ws,
    attachments: ws.services.flatMap((s) => kinds.map((k) => attachment(`${s.id}-${k}`, s.id, k))),
  };
}

describe('what the packet binds in is what the UI offers a slot for', () => {
  it('offers a communication service a slot for the certification copy its registration binds in', () => {
    const ws = vendor();
    const ca = ws.services.find((s) => s.kind === 'CA')!;
    const copy = attachment('ca-cert', ca.id, 'certification-copy');
    ws.attachments.push(copy);
    const plan = planPacket(ws, { combined: true }).documents.find(
      (d) => d.id === 'communication-registration' && d.serviceId === ca.id,
    )!;
    expect(attachmentsForDocument(ws, plan).map((a) => a.id)).toContain('ca-cert');
    expect(slotsFor(ca, ws).filter((s) => inSlot(copy, s))).toHaveLength(1);
  });

  it.each([
    'test/integration/render/fixtures/vendor.json',
    'forms/samples/sample-vendor.json',
    'forms/samples/sample-municipality.json',
    'forms/samples/sample-delegated.json',
    'forms/samples/sample-category7.json',
  ])('%s: every file bound in has a slot, and every slot is bound in', (path) => {
    const ws = everyKindOnEveryService(load(path));
    const documents = planPacket(ws, { combined: true }).documents;
    const bound = new Set(documents.flatMap((d) => attachmentsForDocument(ws, d).map((a) => a.id)));
    const offered = new Set(
      ws.attachments
        .filter((a) => {
          const service = ws.services.find((s) => s.id === a.serviceId)!;
          return slotsFor(service, ws).some((s) => inSlot(a, s));
        })
        .map((a) => a.id),
    );
    expect([...offered].sort()).toEqual([...bound].sort());
  });

  it('files a finding about an attachment under the form that binds it in, and no other', () => {
    const ws = vendor();
    const ca = ws.services.find((s) => s.kind === 'CA')!;
    const fa = ws.services.find((s) => s.kind === 'FA')!;
    const word = { mediaType: 'application/msword' };
    const copy = attachment('ca-cert', ca.id, 'certification-copy');
    // The facility registration encloses no topology diagram: it goes behind no form.
    const stray = attachment('fa-topology', fa.id, 'network-topology');
    ws.attachments.push(
      { ...copy, file: { ...copy.file, ...word } },
      { ...stray, file: { ...stray.file, ...word } },
    );
    const documentsOf = (id: string) =>
      checkWorkspace(ws, { today: '2026-11-22' }).findings.find(
        (f) => f.ruleId === 'attachment.type' && f.paths.includes(`attachments.${id}`),
      )?.documents;
    expect(documentsOf('ca-cert')).toEqual(['communication-registration']);
    expect(documentsOf('fa-topology')).toEqual([]);
  });

  it('lists as missing on the checklist what the attachment rules ask for: a named certification’s copy', () => {
    const ws = vendor();
    const fa = ws.services.find((s) => s.kind === 'FA')!;
    ws.attachments = ws.attachments.filter(
      (a) => !(a.serviceId === fa.id && a.kind === 'certification-copy'),
    );
    const plan = planPacket(ws, { combined: true }).documents.find(
      (d) => d.id === 'facility-registration' && d.serviceId === fa.id,
    )!;
    const rule = checkWorkspace(ws, { today: '2026-11-22' }).findings.find(
      (f) => f.ruleId === 'fa.certification' && f.severity === 'error',
    );
    expect(rule?.documents).toEqual(['facility-registration']);
    expect(missingAttachments(ws, plan)).toEqual(['認証取得証明書の写し']);
    const copySlot = slotsFor(fa, ws).find((s) => s.kind === 'certification-copy');
    expect(copySlot?.required).toBe(true);
  });
});
