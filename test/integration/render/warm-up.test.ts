/**
 * The app's warm-up at start (render-client.ts): the bundled sample's documents are really laid out,
 * so the user's first render finds the fonts parsed; a missing or broken sample costs nothing.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WARM_UP_DOCUMENTS, warmUpRenderer } from '../../../src/main/services/render/render-client.js';
import {
  renderWorkspaceDocuments,
  type RenderRequest,
  type RenderResult,
} from '../../../src/main/services/render/render-workspace.js';
import { readPdfText } from '../../helpers/pdf/read-pdf.js';

const SAMPLE = resolve('forms/samples/sample-vendor.json');

describe('render warm-up at app start', () => {
  it('lays out the warm-up documents of the bundled sample, with its attachments, and keeps nothing', async () => {
    const seen: { request: RenderRequest; result: RenderResult }[] = [];
    const render = async (request: RenderRequest) => {
      const result = await renderWorkspaceDocuments(request);
      seen.push({ request, result });
      return result;
    };
    expect(await warmUpRenderer(render, SAMPLE, resolve('.'))).toBe(true);
    const [first] = seen;
    expect(first?.request.cache).toBe(false);
    expect(first?.result.documents.map((d) => d.id)).toEqual(WARM_UP_DOCUMENTS);
    const label = first?.result.documents.find((d) => d.id === 'mailing-label');
    const text = (await readPdfText(label?.pdf ?? new Uint8Array())).map((p) => p.text).join('');
    expect(text).toContain('株式会社サンプル情報システム');
  });

  it('returns false, without throwing, when the sample is missing or not a workspace', async () => {
    const render = (request: RenderRequest) => renderWorkspaceDocuments(request);
    expect(await warmUpRenderer(render, resolve('no-such-sample.json'), resolve('.'))).toBe(false);
    const broken = join(await mkdtemp(join(tmpdir(), 'warm-up-')), 'sample.json');
    await writeFile(broken, '{"not": "a workspace"');
    expect(await warmUpRenderer(render, broken, resolve('.'))).toBe(false);
  });
});
