import { z } from 'zod';

export const BUNDLE_FORMAT = 'lgwan-asp-bundle';
/** Bump when the bundle layout changes; older apps refuse newer bundles with a message. */
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = '.lgwanasp';
export const MANIFEST_NAME = 'manifest.json';

/** The only entry names a bundle may hold (anything else is refused before reading it). */
export const WORKSPACE_ENTRY = /^workspaces\/([A-Za-z0-9-]{1,100})\.json$/;
export const ATTACHMENT_ENTRY = /^attachments\/([0-9a-f]{64})$/;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().max(100),
  createdAt: z.iso.datetime({ offset: true }),
  workspaces: z.array(z.object({ id: z.string().max(100), title: z.string().max(1000) })).max(10_000),
  entries: z
    .array(z.object({ path: z.string().max(200), sha256, size: z.number().int().min(0) }))
    .max(100_000),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/**
 * What an imported bundle may cost. Checked on the sizes the zip declares before anything is
 * inflated, and enforced again while inflating (a zip can lie about its sizes).
 */
export interface BundleLimits {
  /** Size of the .lgwanasp file itself. */
  maxFileBytes: number;
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed, for each entry and for the whole archive larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_LIMITS: BundleLimits = {
  maxFileBytes: 1024 * MiB,
  maxEntries: 5_000,
  maxEntryBytes: 100 * MiB,
  maxTotalBytes: 1024 * MiB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MiB,
};
