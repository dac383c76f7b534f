import { createHash } from 'node:crypto';

/** The content hash the index, the save guard and the backups compare files by. */
export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
