/**
 * The print channels: what can be printed, printing the chosen documents (the PDF itself through
 * the system's PDF printing; page images only as the fallback), the offset calibration sheet,
 * stored offsets, and the packet opened in the system's PDF viewer.
 */
import type { PrintOutcome } from '../../shared/ipc/print-schemas.js';
import { IpcError } from '../../shared/ipc/errors.js';
import type { Workspace } from '../../shared/model/workspace.js';
import { calibrationSheet } from '../services/print/calibration-sheet.js';
import { writePrintFile } from '../services/print/print-files.js';
import { buildPrintPdf, pagesOf } from '../services/print/print-pdf.js';
import type { Handlers } from './dispatch.js';
import type { HandlerDeps, RenderedSet } from './handlers.js';
import type { Task, createTasks } from './tasks.js';

type PrintChannels =
  | 'print.plan'
  | 'print.run'
  | 'print.raster'
  | 'print.calibrationSheet'
  | 'print.setOffset'
  | 'documents.openInViewer';

/** Documents in packet order with the pages they take there (every instance, attachments included). */
export function printableDocuments(set: RenderedSet): { id: string; title: string; pages: number }[] {
  return set.documents.map((d) => ({
    id: d.id,
    title: d.title,
    pages: set.parts.filter((p) => p.id === d.id).reduce((n, p) => n + p.pageCount, 0),
  }));
}

export const createPrintHandlers = (
  deps: HandlerDeps,
  tasks: ReturnType<typeof createTasks>,
  stored: (id: string) => Promise<Workspace>,
): Pick<Handlers, PrintChannels> => {
  const settings = deps.store.settings;
  const offsetOf = (printer: string) => settings.get('printerOffsets')[printer] ?? null;

  /** Sends a PDF file main wrote to the printer; a failure of the PDF route hands back the bytes. */
  const send = async (
    task: Task,
    kind: 'print-job' | 'calibration',
    pdf: { bytes: Uint8Array; pageCount: number },
    copies: number,
    printer: string,
  ): Promise<PrintOutcome> => {
    const path = await writePrintFile(deps.tempDir, kind, pdf.bytes);
    task.check();
    task.step(1, 2, 'プリンタに送っています');
    settings.set('lastPrinter', printer);
    const result = await deps.desktop.printPdfFile(path, { copies, printer });
    task.step(2, 2);
    const base = { pages: pdf.pageCount, copies };
    if (result.status === 'printed') return { route: 'vector', printed: true, ...base };
    if (result.status === 'cancelled') return { route: 'vector', printed: false, ...base };
    return { route: 'raster', printed: false, pdf: pdf.bytes, reason: result.reason, ...base };
  };

  return {
    'print.plan': async ({ workspaceId, taskId }) =>
      tasks.run(taskId, '印刷の準備', async (task) => {
        task.step(0, 1, '書類を作成しています');
        const rendered = await deps.renderDocuments(await stored(workspaceId));
        const printers = await deps.desktop.listPrinters().catch(() => []);
        task.step(1, 1);
        return {
          documents: printableDocuments(rendered),
          printers,
          offsets: settings.get('printerOffsets'),
          lastPrinter: settings.get('lastPrinter'),
        };
      }),

    'print.run': async ({ workspaceId, documentIds, copies, printer, taskId }) =>
      tasks.run(taskId, '印刷', async (task) => {
        task.step(0, 2, '書類を作成しています');
        const rendered = await deps.renderDocuments(await stored(workspaceId));
        task.check();
        const pages = pagesOf(rendered.parts, documentIds);
        if (pages.length === 0) throw new IpcError('invalid-input', '印刷する書類を1つ以上選んでください。');
        const pdf = await buildPrintPdf(rendered.packet, pages, offsetOf(printer), '印刷用 提出書類');
        return send(task, 'print-job', pdf, copies, printer);
      }),

    'print.raster': async ({ copies, printer }) => {
      const result = await deps.desktop.printWindow({ copies, printer });
      if (result.status === 'failed')
        throw new IpcError(
          'io',
          `印刷できませんでした（${result.reason}）。プリンタの電源と接続を確かめてから、もう一度印刷してください。「PDFビューアで開く」から印刷することもできます。`,
        );
      return { printed: result.status === 'printed' };
    },

    'print.calibrationSheet': async ({ printer, corrected, taskId }) =>
      tasks.run(taskId, '確認用紙の印刷', async (task) => {
        const offset = corrected ? offsetOf(printer) : null;
        const bytes = await calibrationSheet({ printerName: printer, offset });
        return send(task, 'calibration', { bytes, pageCount: 1 }, 1, printer);
      }),

    'print.setOffset': async ({ printer, offset }) => {
      const offsets = { ...settings.get('printerOffsets'), [printer]: offset };
      settings.set('printerOffsets', offsets);
      return { offsets };
    },

    'documents.openInViewer': async ({ workspaceId, taskId }) =>
      tasks.run(taskId, 'PDFビューアで開く', async (task) => {
        task.step(0, 1, '書類を作成しています');
        const rendered = await deps.renderDocuments(await stored(workspaceId));
        task.check();
        // The saved packet as it is (no printer offset): what the viewer shows is what is mailed.
        const path = await writePrintFile(deps.tempDir, 'viewer', rendered.packet);
        await deps.desktop.openPath(path);
        task.step(1, 1);
        return { opened: true as const, pages: rendered.pageCount };
      }),
  };
};
