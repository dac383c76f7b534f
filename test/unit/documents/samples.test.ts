import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { requiredDocuments } from '../../../src/shared/documents/required.js';
import { loadWorkspace } from '../../../src/shared/model/load.js';
import type { Workspace } from '../../../src/shared/model/index.js';
import { checkWorkspace } from '../../../src/shared/rules/engine.js';
import { checkCorporateNumber } from '../../../src/shared/validation/corporate-number.js';
import { ids } from './build.js';

const DIR = 'forms/samples';
const TODAY = '2026-11-22';

const sample = (name: string): Workspace => {
  const result = loadWorkspace(JSON.parse(readFileSync(`${DIR}/sample-${name}.json`, 'utf8')));
  if (!result.ok) throw new Error(result.error);
  expect(result.repairs, name).toEqual([]);
  expect(result.readOnly).toBe(false);
  return result.workspace;
};

const errors = (ws: Workspace) =>
  checkWorkspace(ws, { today: TODAY }).findings.filter((f) => f.severity === 'error');

const SAMPLES = {
  vendor: [
    'cover-letter',
    'checklist',
    'participation-review',
    'nonpublic-disclosure',
    'hosting-connection:ho-sample-hosting',
    'facility-registration:fa-sample-dc1',
    'communication-registration:ca-sample-closed-network',
    'fee-estimate',
    'schedule',
    'mailing-label',
  ],
  municipality: ['cover-letter', 'checklist', 'participation-review', 'pre-request', 'mailing-label'],
  category7: [
    'cover-letter',
    'checklist',
    'participation-certification',
    'participation-review',
    'mailing-label',
  ],
  delegated: [
    'cover-letter',
    'checklist',
    'delegation',
    'communication-registration:ca-sample-wide-ether',
    'fa-ca-cancellation:fa-sample-old-dc',
    'mailing-label',
  ],
} as const;

describe('sample workspaces', () => {
  it.each(Object.entries(SAMPLES))(
    '%s needs exactly the documents its situation calls for',
    (name, expected) => {
      expect(ids(requiredDocuments(sample(name)))).toEqual(expected);
    },
  );

  it.each(Object.keys(SAMPLES))('%s loads without repairs and passes the check without errors', (name) => {
    expect(errors(sample(name)).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('the README sample (private vendor) passes cleanly: no error and no warning', () => {
    const findings = checkWorkspace(sample('vendor'), { today: TODAY }).findings;
    expect(findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
  });

  it('the vendor is category ⑥ with HO, two hosted APs, FA and CA of its own', () => {
    const ws = sample('vendor');
    expect(ws.provider.category).toBe('6');
    expect(ws.services.map((s) => s.kind).sort()).toEqual(['AP', 'AP', 'CA', 'FA', 'HO']);
    const ho = ws.services.find((s) => s.kind === 'HO');
    expect(ho).toMatchObject({
      pattern: 'direct',
      area: 'multi',
      bandwidth: '100M',
      routerCount: 2,
      standby: 'hot',
    });
    expect(ho?.kind === 'HO' && ho.hostedApIds).toEqual(
      ws.services.filter((s) => s.kind === 'AP').map((s) => s.id),
    );
  });

  it('each 法人番号 given has a valid check digit', () => {
    for (const name of Object.keys(SAMPLES)) {
      const { corporateNumber } = sample(name).provider;
      if (corporateNumber !== '') expect(checkCorporateNumber(corporateNumber), name).toBeUndefined();
    }
  });

  it('attachment metadata is the truth about the bundled files', async () => {
    const files = readdirSync(`${DIR}/attachments`);
    for (const name of Object.keys(SAMPLES)) {
      for (const a of sample(name).attachments) {
        const file = files.find((f) => f.startsWith(`${a.file.sha256}.`));
        expect(file, a.file.originalName).toBeDefined();
        const bytes = readFileSync(`${DIR}/attachments/${file ?? ''}`);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(a.file.sha256);
        expect(bytes.byteLength).toBe(a.file.size);
        const meta = await sharp(bytes).metadata();
        expect(`image/${meta.format}`).toBe(a.file.mediaType);
        expect([meta.width, meta.height]).toEqual([a.file.width, a.file.height]);
      }
    }
  });

  it('every sample photo has its print derivative stored, as attaching in the app makes one', async () => {
    // Without it the first render of the README sample would convert each photo again (issue #4:
    // photos are normalised once when attached, not at every render).
    const files = readdirSync(`${DIR}/attachments`);
    for (const name of Object.keys(SAMPLES)) {
      for (const a of sample(name).attachments.filter((x) => x.file.mediaType.startsWith('image/'))) {
        expect(a.print, `${name}: ${a.file.originalName}`).toBeDefined();
        const file = files.find((f) => f === `${a.print?.sha256 ?? ''}.jpg`);
        expect(file, `${name}: ${a.file.originalName}`).toBeDefined();
        const bytes = readFileSync(`${DIR}/attachments/${file ?? ''}`);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(a.print?.sha256);
        const meta = await sharp(bytes).metadata();
        expect(meta.format).toBe('jpeg');
        expect([meta.width, meta.height]).toEqual([a.print?.width, a.print?.height]);
      }
    }
  });
});

describe('what a sample turns into when its situation changes', () => {
  it('a private company choosing 都道府県ノード接続 is an error on the hosting service', () => {
    const ws = sample('vendor');
    const ho = ws.services.find((s) => s.kind === 'HO');
    if (ho?.kind !== 'HO') throw new Error('no HO');
    ho.pattern = 'prefecture-node';
    expect(errors(ws).flatMap((f) => f.paths)).toContain(`services.${ho.id}.pattern`);
  });

  it('the delegated applicant without 委任事項 is an error; as the representative no letter is needed', () => {
    const ws = sample('delegated');
    ws.applicant.delegation.matters = '';
    expect(errors(ws).flatMap((f) => f.paths)).toContain('applicant.delegation.matters');
    ws.applicant.isRepresentative = true;
    expect(ids(requiredDocuments(ws))).not.toContain('delegation');
  });

  it('the municipality stops needing the pre-request once it is not a connected body', () => {
    const ws = sample('municipality');
    ws.provider.connectedBody = false;
    expect(ids(requiredDocuments(ws))).not.toContain('pre-request');
  });
});
