import { z } from 'zod';
import { AttachmentKindSchema, FacilityAreaSchema } from './enums.js';
import { loose, text, timestamp } from './primitives.js';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** Metadata of one stored file; the bytes live content-addressed beside the workspace. */
export const AttachmentSchema = loose({
  id: z.string().min(1),
  kind: AttachmentKindSchema,
  /** Facility photos: which requirement area they show. */
  area: FacilityAreaSchema.nullable().default(null),
  serviceId: text(),
  caption: text(),
  file: loose({
    sha256,
    originalName: z.string(),
    mediaType: z.string(),
    size: z.number().int().min(0),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
    pageCount: z.number().int().positive().optional(),
  }),
  /** Photos are normalised once when attached (rotated, downscaled JPEG for print). */
  print: loose({
    sha256,
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }).optional(),
  addedAt: timestamp(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** A frozen record of what was printed (base for 変更届 diffs). */
export const SubmissionSchema = loose({
  id: z.string().min(1),
  createdAt: timestamp(),
  note: text(),
  documents: z.array(loose({ id: z.string(), title: z.string(), sha256, pages: z.number().int().min(0) })),
  /** The workspace as it was printed, without its own submissions. */
  snapshot: z.record(z.string(), z.unknown()),
});
export type Submission = z.infer<typeof SubmissionSchema>;
