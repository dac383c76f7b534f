import { z } from 'zod';

/** Typed failures every IPC call may return; the renderer shows `message` as is. */
export const IpcErrorCodeSchema = z.enum([
  'invalid-input',
  'forbidden-sender',
  'unknown-channel',
  'not-found',
  'read-only',
  'conflict',
  'refused',
  'io',
  'cancelled',
  'internal',
]);
export type IpcErrorCode = z.infer<typeof IpcErrorCodeSchema>;

export const IpcErrorSchema = z.object({
  code: IpcErrorCodeSchema,
  /** Japanese, says what happened and what to do. */
  message: z.string(),
  /** Field paths or file names the error is about, if any. */
  details: z.array(z.string()).optional(),
});
export type IpcErrorShape = z.infer<typeof IpcErrorSchema>;

export const IpcResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: IpcErrorSchema }),
]);
export type IpcResult = z.infer<typeof IpcResultSchema>;

/** Thrown by services and by the renderer's API wrapper; carries a code the UI can branch on. */
export class IpcError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'IpcError';
  }
  toShape(): IpcErrorShape {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}
