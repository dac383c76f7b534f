import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { ACTIVE_ACTION_KINDS, ACTIVE_CONTENT_SCAN, EMBEDDED_FILE_LABEL } from '../pdf/active-content.js';

export type PdfInspection =
  /** `activeContent`: labels of the scripts, links and embedded files found (none reach the packet). */
  | { ok: true; pageCount: number; activeContent: string[] }
  | { ok: false; problem: 'encrypted' | 'corrupt' | 'no-pages' | 'timeout' | 'too-complex' };

export interface PdfLimits {
  timeoutMs: number;
  /** JavaScript heap of the worker that parses the file. */
  maxHeapMb: number;
}
export const DEFAULT_PDF_LIMITS: PdfLimits = { timeoutMs: 20_000, maxHeapMb: 512 };

// The worker is inline CommonJS loading pdf-lib by resolved path, so it runs the same in tests,
// the CLI and the packaged app without a separate build entry.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const lib = require(workerData.pdfLib);
const { PDFDocument } = lib;
const { kinds, embeddedLabel } = workerData;
(async () => {
  try {
    const doc = await PDFDocument.load(workerData.bytes, { ignoreEncryption: true, updateMetadata: false });
    if (doc.isEncrypted) return parentPort.postMessage({ ok: false, problem: 'encrypted' });
    const pages = doc.getPages();
    for (const page of pages) page.getSize();
    if (pages.length === 0) return parentPort.postMessage({ ok: false, problem: 'no-pages' });
    ${ACTIVE_CONTENT_SCAN}
    parentPort.postMessage({ ok: true, pageCount: pages.length, activeContent: [...found] });
  } catch (error) {
    parentPort.postMessage({ ok: false, problem: 'corrupt' });
  }
})();
`;

const pdfLibPath = (): string => createRequire(import.meta.url).resolve('@cantoo/pdf-lib');

/**
 * Parses a PDF off the main thread with a heap limit and a timeout, and reports whether it can be
 * printed as an attachment: not encrypted, complete (ends with %%EOF), at least one page.
 */
export const inspectPdf = async (
  bytes: Uint8Array,
  limits: PdfLimits = DEFAULT_PDF_LIMITS,
): Promise<PdfInspection> => {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.byteLength - 1024)));
  if (!tail.includes('%%EOF')) return { ok: false, problem: 'corrupt' };
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      bytes,
      pdfLib: pdfLibPath(),
      kinds: ACTIVE_ACTION_KINDS,
      embeddedLabel: EMBEDDED_FILE_LABEL,
    },
    resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
    stdout: true,
    stderr: true,
  });
  // pdf-lib logs parse warnings for every odd object; they mean nothing to the user.
  worker.stdout.resume();
  worker.stderr.resume();
  return new Promise<PdfInspection>((resolve) => {
    const finish = (result: PdfInspection) => {
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    };
    const timer = setTimeout(() => finish({ ok: false, problem: 'timeout' }), limits.timeoutMs);
    worker.once('message', (message: PdfInspection) => finish(message));
    worker.once('error', (error: Error & { code?: string }) =>
      finish({ ok: false, problem: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too-complex' : 'corrupt' }),
    );
    worker.once('exit', () => finish({ ok: false, problem: 'corrupt' }));
  });
};
