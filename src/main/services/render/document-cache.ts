/**
 * Rendered document PDFs kept in memory between renders, so re-rendering after a one-field edit
 * only lays out the documents that print that field.
 *
 * An entry is reused only when the template, its context (document, service, title, version, date,
 * 下書き flag, the enclosures a cover letter or checklist lists) is the same AND every workspace read
 * the template made last time gives the same answer now (read-tracker.ts). Template code and the
 * bundled data (fee table, lead times, fonts) cannot change while the process runs, so the key needs
 * no code version: the cache lives and dies with the render process.
 */
import type { TemplateContext } from '../../../../forms/templates.js';
import type { DocumentJobResult } from './document-job.js';
import { readsStillHold, type Read } from './read-tracker.js';

interface Entry {
  reads: readonly Read[];
  result: DocumentJobResult;
}

/** What the template sees besides the workspace. */
export function contextKey(context: TemplateContext): string {
  const { workspace: _workspace, ...rest } = context;
  return JSON.stringify(rest);
}

export class DocumentCache {
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;
  hits = 0;
  misses = 0;

  /** @param maxBytes PDF bytes kept; the least recently used entries go first. */
  constructor(readonly maxBytes = 48 * 1024 * 1024) {}

  get(context: TemplateContext): DocumentJobResult | undefined {
    const key = contextKey(context);
    const entry = this.#entries.get(key);
    if (!entry || !readsStillHold(entry.reads, context.workspace)) {
      this.misses += 1;
      return undefined;
    }
    // Re-insert: Map order is the eviction order.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    this.hits += 1;
    // A copy: callers may transfer a PDF's buffer to another thread, which would empty the cached one.
    return { ...entry.result, pdf: entry.result.pdf.slice() };
  }

  set(context: TemplateContext, result: DocumentJobResult): void {
    if (!result.reads) return;
    const key = contextKey(context);
    this.#drop(key);
    this.#entries.set(key, { reads: result.reads, result: { ...result, pdf: result.pdf.slice() } });
    this.#bytes += result.pdf.byteLength;
    for (const oldest of this.#entries.keys()) {
      if (this.#bytes <= this.maxBytes) break;
      this.#drop(oldest);
    }
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  get size(): number {
    return this.#entries.size;
  }

  #drop(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#bytes -= entry.result.pdf.byteLength;
    this.#entries.delete(key);
  }
}
