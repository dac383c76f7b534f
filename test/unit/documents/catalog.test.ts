import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG, DOCUMENT_IDS } from '../../../forms/catalog.js';
import { loadTemplate } from '../../../forms/templates.js';
import { LABEL_MM, VALUE_MM } from '../../../forms/_parts/layout.js';
import { CELL_PADDING_MM, CONTENT_WIDTH_MM, RULE_WIDTH_PT } from '../../../forms/_kit/theme.js';
import { PARTY_VALUE_MM, VALUE_CELL_MM } from '../../../src/shared/documents/boxes.js';
import { SEED } from '../../../src/shared/documents/sources.js';
import type { DocumentDefinition, DocumentId } from '../../../src/shared/documents/types.js';
import { WorkspaceSchema, type Service } from '../../../src/shared/model/index.js';

const sample = WorkspaceSchema.parse(JSON.parse(readFileSync('forms/samples/sample-vendor.json', 'utf8')));

/** Which kind of service `services.*` stands for in a per-service document. */
const INSTANCE_KINDS: Partial<Record<DocumentDefinition['id'], Service['kind'][]>> = {
  'hosting-connection': ['HO'],
  'schedule-coordination': ['HO'],
  'hosting-cancellation': ['HO'],
  'fee-reduction': ['HO'],
  'facility-registration': ['FA'],
  'communication-registration': ['CA'],
  'fa-ca-cancellation': ['FA', 'CA'],
};

const resolves = (root: unknown, path: string): boolean => {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
};

describe('the document catalogue', () => {
  it('holds each of the 17 fixed ids once, each with a PDF template', async () => {
    // The id type is the catalogue's ids: a form that is not catalogued has no id (typecheck).
    // @ts-expect-error 'no-such-form' is no catalogued document
    const unknown: DocumentId = 'no-such-form';
    expect(DOCUMENT_IDS).not.toContain(unknown);
    expect(DOCUMENT_IDS).toHaveLength(17);
    expect(new Set(DOCUMENT_IDS).size).toBe(17);
    // Its template is found by its folder (forms/<id>/template.tsx): nothing else lists it.
    for (const d of CATALOG) expect(typeof (await loadTemplate(d.id)), d.id).toBe('function');
    await expect(loadTemplate('../../package')).rejects.toThrow('様式がありません');
  });

  it('has the twelve official J-LIS forms and five aids, with their official names', () => {
    const official = CATALOG.filter((d) => d.kind === 'official');
    expect(official).toHaveLength(12);
    expect(CATALOG.filter((d) => d.kind === 'aid').map((d) => d.id)).toEqual([
      'cover-letter',
      'checklist',
      'fee-estimate',
      'schedule',
      'mailing-label',
    ]);
    for (const d of official)
      expect(d.title, d.id).toMatch(/^(総合行政ネットワーク|LGWAN-ASP接続料金の減額)/);
  });

  it('cites a seed file and section, and carries its edition as data', () => {
    for (const d of CATALOG) {
      expect(d.source.length, d.id).toBeGreaterThan(0);
      for (const s of d.source) {
        expect(Object.values(SEED), s.file).toContain(s.file);
        expect(s.section, d.id).not.toBe('');
      }
      expect(d.version, d.id).toMatch(/^\d{4}-\d{2}$/);
      expect(d.effectiveDate, d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.perService, d.id).toBe(d.id in INSTANCE_KINDS);
    }
  });

  it('binds only data paths that exist in the model', () => {
    for (const d of CATALOG) {
      for (const field of d.fields) {
        if (!field.path.startsWith('services.*.')) {
          expect(resolves(sample, field.path), `${d.id}: ${field.path}`).toBe(true);
          continue;
        }
        const rest = field.path.slice('services.*.'.length);
        const kinds = field.each === 'hostedAp' ? ['AP'] : (INSTANCE_KINDS[d.id] ?? ['AP', 'HO', 'FA', 'CA']);
        const candidates = sample.services.filter((s) => kinds.includes(s.kind));
        expect(
          candidates.some((s) => resolves(s, rest)),
          `${d.id}: ${field.path}`,
        ).toBe(true);
      }
    }
  });

  it('gives boxes the size the templates give FieldText', () => {
    const rule = (RULE_WIDTH_PT * 25.4) / 72;
    expect(LABEL_MM + VALUE_MM).toBe(CONTENT_WIDTH_MM);
    expect(VALUE_CELL_MM).toBeCloseTo(VALUE_MM - 2 * CELL_PADDING_MM.x - rule, 0);
    expect(VALUE_CELL_MM).toBeLessThanOrEqual(VALUE_MM - 2 * CELL_PADDING_MM.x - rule);
    expect(PARTY_VALUE_MM).toBe(76);
    for (const d of CATALOG)
      for (const f of d.fields)
        if (f.box) {
          expect(f.box.maxLines, `${d.id}: ${f.label}`).toBeGreaterThan(0);
          expect(f.box.widthMm, `${d.id}: ${f.label}`).toBeLessThanOrEqual(CONTENT_WIDTH_MM);
        }
  });
});
