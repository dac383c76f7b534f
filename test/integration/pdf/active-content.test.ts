/**
 * Issue #17 item 2: an attached PDF's scripts, launch and web links, form submits and embedded
 * files never reach the packet, and the user is told when attaching. Checked with poppler's
 * `pdfinfo -js` and by reading every object of the packet back.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFStream,
  decodePDFRawStream,
} from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeAttachmentFile } from '../../../src/main/services/attachments/add-attachment.js';
import { inspectPdf } from '../../../src/main/services/attachments/inspect-pdf.js';
import { assemblePacket } from '../../../src/main/services/pdf/packet.js';
import { makeAttachmentPdf } from '../../helpers/pdf/fixtures.js';
import { HOSTILE_MARKERS, HOSTILE_PAGE_TEXT, makeHostilePdf } from '../../helpers/pdf/hostile-pdf.js';
import { readPdfText } from '../../helpers/pdf/read-pdf.js';

const run = promisify(execFile);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lgwan-active-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const pdfinfoJs = async (bytes: Uint8Array, name: string): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return (await run('pdfinfo', ['-js', path])).stdout;
};

/** Every object of the file as text (streams decoded), and the action types and keys found in it. */
const readObjects = async (bytes: Uint8Array) => {
  const doc = await PDFDocument.load(bytes);
  const texts: string[] = [];
  const actions = new Set<string>();
  const keys = new Set<string>();
  const subtypes = new Set<string>();
  const visit = (object: unknown) => {
    const dict = object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : undefined;
    if (dict) {
      for (const [key, value] of dict.entries()) {
        keys.add(key.decodeText());
        if (key.decodeText() === 'S' && value instanceof PDFName) actions.add(value.decodeText());
        if ((key.decodeText() === 'Subtype' || key.decodeText() === 'Type') && value instanceof PDFName)
          subtypes.add(value.decodeText());
        visit(value);
      }
    } else if (object instanceof PDFArray) object.asArray().forEach(visit);
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    visit(object);
    texts.push(
      object instanceof PDFRawStream
        ? new TextDecoder('latin1').decode(decodePDFRawStream(object).decode())
        : object.toString(),
    );
  }
  return { text: texts.join('\n'), actions, keys, subtypes };
};

const packetWith = async (attachment: Uint8Array) => {
  const form = await makeAttachmentPdf(1);
  return assemblePacket(
    [
      {
        id: 'facility-registration',
        title: 'ファシリティサービス登録申込書',
        pdf: form,
        attachments: [
          { kind: 'pdf', bytes: attachment, caption: 'ISMS認証登録証の写し', fileName: 'isms.pdf' },
        ],
      },
    ],
    { title: 't', author: 'a', subject: 's', creationDate: new Date('2026-11-22T01:00:00Z') },
  );
};

describe('scripts and actions of attached PDFs', () => {
  it('the fixture really carries them (so the checks below can fail)', async () => {
    const hostile = await makeHostilePdf();
    const js = await pdfinfoJs(hostile, 'hostile.pdf');
    expect(js).toContain("app.alert('page open')");
    expect(js).toContain('app.launchURL');
    const objects = await readObjects(hostile);
    for (const action of ['JavaScript', 'Launch', 'URI', 'SubmitForm'])
      expect(objects.actions).toContain(action);
    expect(objects.subtypes).toContain('EmbeddedFile');
    expect(objects.keys).toContain('AA');
  });

  it('the packet keeps the attached page as printed and none of its scripts, links or files', async () => {
    const packet = await packetWith(await makeHostilePdf());
    expect(packet.pageCount).toBe(2);
    expect((await pdfinfoJs(packet.bytes, 'packet.pdf')).trim()).toBe('');
    const objects = await readObjects(packet.bytes);
    for (const action of ['JavaScript', 'Launch', 'URI', 'SubmitForm', 'GoToR', 'ImportData'])
      expect(objects.actions).not.toContain(action);
    for (const key of ['AA', 'OpenAction', 'JS', 'EmbeddedFiles', 'AF'])
      expect(objects.keys).not.toContain(key);
    for (const type of ['EmbeddedFile', 'FileAttachment', 'Link', 'Filespec'])
      expect(objects.subtypes).not.toContain(type);
    for (const marker of HOSTILE_MARKERS) expect(objects.text).not.toContain(marker);
    const pages = await readPdfText(packet.bytes);
    expect(pages[1]?.text).toContain(HOSTILE_PAGE_TEXT);
  });

  it('attaching says what was found and that the packet leaves it out; a clean PDF gets no notice', async () => {
    const hostile = await makeHostilePdf();
    const inspected = await inspectPdf(hostile);
    expect(inspected).toMatchObject({ ok: true, pageCount: 1 });
    const found = inspected.ok ? inspected.activeContent : [];
    expect(found).toEqual(
      expect.arrayContaining([
        'スクリプト（JavaScript）',
        'プログラムやファイルを開く操作',
        'Webページへのリンク',
        'フォーム内容の送信',
        '埋め込みファイル',
      ]),
    );
    const stored = await storeAttachmentFile(join(dir, 'data'), hostile, '認証書.pdf', {
      kind: 'certification-copy',
    });
    expect(stored.notices?.[0]).toMatch(
      /^PDF「認証書\.pdf」にはスクリプト（JavaScript）.*印刷用の書類一式には取り込みません/,
    );
    const clean = await storeAttachmentFile(join(dir, 'data'), await makeAttachmentPdf(1), 'clean.pdf');
    expect(clean.notices).toBeUndefined();
  });
});
