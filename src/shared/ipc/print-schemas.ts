/** Payloads of the print channels (the channels themselves are in contract.ts, the one table). */
import { z } from 'zod';

/** A printer as the system lists it; `name` is what the print call takes ('' = the system default). */
export const PrinterSchema = z.object({
  name: z.string().max(300),
  displayName: z.string().max(300),
});
export type Printer = z.infer<typeof PrinterSchema>;

/**
 * A printer's measured shift in mm (+X right, +Y down). ±15 mm is far beyond any real printer's
 * error: a larger value is a typing mistake, not a calibration.
 */
export const PrinterOffsetSchema = z.object({
  xMm: z.number().min(-15).max(15),
  yMm: z.number().min(-15).max(15),
});
export type PrinterOffsetValue = z.infer<typeof PrinterOffsetSchema>;

export const PrintableDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Pages of the document with its attachments, as in the packet. */
  pages: z.number().int(),
});

export const PrintPlanSchema = z.object({
  documents: z.array(PrintableDocumentSchema),
  printers: z.array(PrinterSchema),
  offsets: z.record(z.string(), PrinterOffsetSchema),
  lastPrinter: z.string(),
});
export type PrintPlan = z.infer<typeof PrintPlanSchema>;

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'バイナリデータが必要です');

/**
 * How a print went: `vector` = the PDF itself went to the printer (printed, or the user closed the
 * dialog); `raster` = the PDF viewer could not print it, so `pdf` (already offset) comes back for
 * the renderer to print as page images through `print.raster`.
 */
export const PrintOutcomeSchema = z.object({
  route: z.enum(['vector', 'raster']),
  printed: z.boolean(),
  pages: z.number().int(),
  copies: z.number().int(),
  pdf: bytes.optional(),
  /** Why the vector route failed, for the message shown with the fallback. */
  reason: z.string().optional(),
});
export type PrintOutcome = z.infer<typeof PrintOutcomeSchema>;

export const copies = z.number().int().min(1).max(50);
export const printerName = z.string().max(300);
