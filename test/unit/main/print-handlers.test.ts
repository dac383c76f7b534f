import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import { resolve } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../src/main/ipc/dispatch.js';
import {
  createHandlers,
  type PrintJobOptions,
  type PrintJobResult,
  type RenderedSet,
} from '../../../src/main/ipc/handlers.js';
import { createAttachmentFiles } from '../../../src/main/services/attachments/attachment-files.js';
import { WorkspaceStore } from '../../../src/main/services/store/workspace-store.js';
import { IpcError } from '../../../src/shared/ipc/errors.js';
import { readPdfText } from '../../helpers/pdf/read-pdf.js';
import { textBoxes } from '../../helpers/pdf/text-boxes.js';

// The print channels against the real store and real PDFs; the desktop adapter (the Electron
// calls) records what it was handed and answers as the test says. What is checked: which file
// goes where, with which arguments, and which route (PDF itself / page images) is taken.

let dir: string;
let handlers: Handlers;
let store: WorkspaceStore;
let answer: PrintJobResult;
let windowAnswer: PrintJobResult;
let printed: { path: string; options: PrintJobOptions; bytes: Uint8Array }[];
let windows: PrintJobOptions[];
let opened: { path: string; bytes: Uint8Array }[];
let rendered: RenderedSet;

/** A packet of five pages whose text says which page it is. */
const packetOf = async (labels: string[]): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const label of labels)
    doc.addPage([595.28, 841.89]).drawText(label, { x: 100, y: 700, size: 12, font });
  return doc.save();
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lgwan-print-ipc-'));
  answer = { status: 'printed' };
  windowAnswer = { status: 'printed' };
  printed = [];
  windows = [];
  opened = [];
  const packet = await packetOf(['cover', 'review-1', 'review-2', 'hosting-1', 'hosting-2']);
  rendered = {
    documents: [
      { id: 'cover-letter', title: '送付状', pdf: packet, pages: 1 },
      { id: 'participation-review', title: '参加資格審査申込書', pdf: packet, pages: 2 },
      { id: 'hosting-connection', title: 'ホスティングサービス接続申込書', pdf: packet, pages: 2 },
      // Typed from, never mailed: not in the packet.
      { id: 'portal-review', title: 'ポータル入力用', pdf: packet, pages: 1, delivery: 'portal' },
    ],
    packet,
    pageCount: 5,
    parts: [
      { id: 'cover-letter', firstPage: 1, pageCount: 1 },
      { id: 'participation-review', firstPage: 2, pageCount: 2 },
      { id: 'hosting-connection', firstPage: 4, pageCount: 2 },
    ],
  };
  store = await WorkspaceStore.open(dir);
  handlers = createHandlers({
    store,
    dataDir: dir,
    version: 'test',
    samplePath: resolve('forms/samples/sample-vendor.json'),
    renderPreview: () => Promise.reject(new Error('not used here')),
    renderDocuments: async () => rendered,
    attachments: createAttachmentFiles(dir),
    desktop: {
      chooseFolder: async () => null,
      chooseSaveFile: async () => null,
      chooseOpenFile: async () => null,
      openPath: async (path) => {
        opened.push({ path, bytes: new Uint8Array(await readFile(path)) });
      },
      listPrinters: async () => [{ name: 'Office-LBP-3F', displayName: '3階 事務室' }],
      printPdfFile: async (path, options) => {
        printed.push({ path, options, bytes: new Uint8Array(await readFile(path)) });
        return answer;
      },
      printWindow: async (options) => {
        windows.push(options);
        return windowAnswer;
      },
    },
    emit: () => undefined,
    tempDir: join(dir, 'opened'),
  });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const workspace = async () => (await handlers['workspaces.create']({ title: '印刷', from: 'blank' })).id;
const pagesText = async (bytes: Uint8Array) => (await readPdfText(bytes)).map((p) => p.text);
const run = async (workspaceId: string, documentIds: string[], printer = 'Office-LBP-3F') =>
  handlers['print.run']({ workspaceId, documentIds, copies: 2, printer, taskId: 't1' });

describe('print channels', () => {
  it('plans the packet’s documents with their pages, the printers, offsets and the last printer', async () => {
    const plan = await handlers['print.plan']({ workspaceId: await workspace() });
    expect(plan.documents).toEqual([
      { id: 'cover-letter', title: '送付状', pages: 1 },
      { id: 'participation-review', title: '参加資格審査申込書', pages: 2 },
      { id: 'hosting-connection', title: 'ホスティングサービス接続申込書', pages: 2 },
    ]);
    expect(plan.printers).toEqual([{ name: 'Office-LBP-3F', displayName: '3階 事務室' }]);
    expect(plan).toMatchObject({ offsets: {}, lastPrinter: '' });
  });

  it('prints the PDF itself: the chosen documents’ pages, in a file main wrote, with copies and printer', async () => {
    const id = await workspace();
    const outcome = await run(id, ['hosting-connection', 'cover-letter']);
    expect(outcome).toEqual({ route: 'vector', printed: true, pages: 3, copies: 2 });
    expect(printed).toHaveLength(1);
    expect(printed[0]!.options).toEqual({ copies: 2, printer: 'Office-LBP-3F' });
    expect(printed[0]!.path.startsWith(join(dir, 'opened', 'print') + sep)).toBe(true);
    expect(basename(printed[0]!.path)).toBe('印刷用.pdf');
    expect(await pagesText(printed[0]!.bytes)).toEqual(['cover', 'hosting-1', 'hosting-2']);
    expect(windows).toEqual([]);
    expect(store.settings.get('lastPrinter')).toBe('Office-LBP-3F');
  });

  it('a closed dialog is no print; a failed PDF route hands back the (offset) pages for the fallback', async () => {
    const id = await workspace();
    answer = { status: 'cancelled' };
    expect(await run(id, ['participation-review'])).toEqual({
      route: 'vector',
      printed: false,
      pages: 2,
      copies: 2,
    });
    answer = { status: 'failed', reason: 'Print job failed' };
    await handlers['print.setOffset']({ printer: 'Office-LBP-3F', offset: { xMm: 2, yMm: 1 } });
    const fallback = await run(id, ['participation-review']);
    expect(fallback).toMatchObject({ route: 'raster', printed: false, pages: 2, reason: 'Print job failed' });
    expect(await pagesText(fallback.pdf!)).toEqual(['review-1', 'review-2']);
    // The fallback's pages carry the printer's offset, as the vector route's would.
    const [before] = await textBoxes(rendered.packet);
    const [after] = await textBoxes(fallback.pdf!);
    expect(after!.boxes[0]!.leftMm - before!.boxes[0]!.leftMm).toBeCloseTo(-2, 2);
    expect(after!.boxes[0]!.topMm - before!.boxes[0]!.topMm).toBeCloseTo(-1, 2);
  });

  it('applies the offset of the printer printed on, and only to printed pages', async () => {
    const id = await workspace();
    const offsets = await handlers['print.setOffset']({
      printer: 'Office-LBP-3F',
      offset: { xMm: 1.5, yMm: -2 },
    });
    expect(offsets).toEqual({ offsets: { 'Office-LBP-3F': { xMm: 1.5, yMm: -2 } } });
    expect(store.settings.get('printerOffsets')).toEqual({ 'Office-LBP-3F': { xMm: 1.5, yMm: -2 } });
    await run(id, ['cover-letter']);
    await run(id, ['cover-letter'], '');
    const [source] = await textBoxes(rendered.packet);
    const [onOffice] = await textBoxes(printed[0]!.bytes);
    const [onDefault] = await textBoxes(printed[1]!.bytes);
    expect(onOffice!.boxes[0]!.leftMm - source!.boxes[0]!.leftMm).toBeCloseTo(-1.5, 2);
    expect(onOffice!.boxes[0]!.topMm - source!.boxes[0]!.topMm).toBeCloseTo(2, 2);
    expect(onDefault!.boxes).toEqual(source!.boxes.slice(0, onDefault!.boxes.length));

    // 「PDFビューアで開く」: the packet as saved, byte for byte, although an offset is stored.
    await handlers['print.setOffset']({ printer: '', offset: { xMm: 4, yMm: 4 } });
    expect(await handlers['documents.openInViewer']({ workspaceId: id, taskId: 't2' })).toEqual({
      opened: true,
      pages: 5,
    });
    expect(opened).toHaveLength(1);
    expect(opened[0]!.path.startsWith(join(dir, 'opened', 'print') + sep)).toBe(true);
    expect(basename(opened[0]!.path)).toBe('提出書類一式.pdf');
    expect(Buffer.from(opened[0]!.bytes).equals(Buffer.from(rendered.packet))).toBe(true);
  });

  it('refuses a selection with no page in the packet', async () => {
    const id = await workspace();
    await expect(run(id, ['portal-review'])).rejects.toThrow(IpcError);
    await expect(run(id, ['portal-review'])).rejects.toThrow('印刷する書類を1つ以上選んでください。');
    expect(printed).toEqual([]);
  });

  it('prints the calibration sheet plain or corrected, one copy, on the chosen printer', async () => {
    await handlers['print.setOffset']({ printer: 'Office-LBP-3F', offset: { xMm: 1, yMm: 1 } });
    const plain = await handlers['print.calibrationSheet']({
      printer: 'Office-LBP-3F',
      corrected: false,
      taskId: 'c',
    });
    const fixed = await handlers['print.calibrationSheet']({
      printer: 'Office-LBP-3F',
      corrected: true,
      taskId: 'd',
    });
    expect(plain).toEqual({ route: 'vector', printed: true, pages: 1, copies: 1 });
    expect(fixed).toEqual(plain);
    expect(printed.map((p) => [basename(p.path), p.options])).toEqual([
      ['印刷位置の確認用紙.pdf', { copies: 1, printer: 'Office-LBP-3F' }],
      ['印刷位置の確認用紙.pdf', { copies: 1, printer: 'Office-LBP-3F' }],
    ]);
    expect((await pagesText(printed[0]!.bytes))[0]).toContain('補正なし');
    expect((await pagesText(printed[1]!.bytes))[0]).toContain('補正あり');
  });

  it('prints the window for the fallback with copies and printer; a failed job fails in words', async () => {
    expect(await handlers['print.raster']({ copies: 3, printer: 'Office-LBP-3F' })).toEqual({
      printed: true,
    });
    windowAnswer = { status: 'cancelled' };
    expect(await handlers['print.raster']({ copies: 1, printer: '' })).toEqual({ printed: false });
    windowAnswer = { status: 'failed', reason: 'Printer offline' };
    await expect(handlers['print.raster']({ copies: 1, printer: '' })).rejects.toThrow(
      '印刷できませんでした（Printer offline）',
    );
    expect(windows).toEqual([
      { copies: 3, printer: 'Office-LBP-3F' },
      { copies: 1, printer: '' },
      { copies: 1, printer: '' },
    ]);
  });
});
