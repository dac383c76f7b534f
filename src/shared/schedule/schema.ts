import { z } from 'zod';

export const SCHEDULE_KINDS = ['hosting', 'facility', 'communication'] as const;
export const ScheduleKindSchema = z.enum(SCHEDULE_KINDS);
export type ScheduleKind = z.infer<typeof ScheduleKindSchema>;

/** Successor marker for "must be finished by the target date". */
export const TARGET = '@target';

const DurationSchema = z
  .object({
    months: z.number().int().positive().optional(),
    weeks: z.number().int().positive().optional(),
    days: z.number().int().positive().optional(),
  })
  .strict()
  .refine((d) => d.months !== undefined || d.weeks !== undefined || d.days !== undefined, '期間が空です');

export const LeadTimeStepSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  /** Short label for the Gantt chart's row header. */
  shortName: z.string().min(1),
  /** Who the time is spent with: J-LIS reviewing, or the carrier delivering line and router. */
  actor: z.enum(['j-lis', 'carrier', 'provider']),
  duration: z.object({ min: DurationSchema, max: DurationSchema }),
  durationLabel: z.string().min(1),
  /** Steps that may start only after this one ends, or '@target'. */
  before: z.array(z.string().min(1)).min(1),
  optional: z.object({ defaultIncluded: z.boolean(), when: z.string().min(1) }).optional(),
  /** Document id (DESIGN §3) submitted at the start of this step. */
  document: z.string().optional(),
  source: z.string().min(1),
  otherSources: z
    .array(z.object({ source: z.string().min(1), durationLabel: z.string().min(1), note: z.string() }))
    .optional(),
});
export type LeadTimeStep = z.infer<typeof LeadTimeStepSchema>;

export const FlowSchema = z
  .object({
    label: z.string().min(1),
    targetLabel: z.string().min(1),
    leadTimeSummary: z.string().min(1),
    source: z.string().min(1),
    steps: z.array(LeadTimeStepSchema).min(1),
    notes: z.array(z.string()),
  })
  .superRefine((flow, ctx) => {
    const ids = new Set(flow.steps.map((s) => s.id));
    if (ids.size !== flow.steps.length)
      ctx.addIssue({ code: 'custom', message: '手続の id が重複しています' });
    for (const step of flow.steps) {
      for (const next of step.before) {
        if (next !== TARGET && !ids.has(next)) {
          ctx.addIssue({ code: 'custom', message: `${step.id} の後続 ${next} がありません` });
        }
      }
    }
  });
export type Flow = z.infer<typeof FlowSchema>;

export const LeadTimesSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  version: z.string().min(1),
  sources: z.array(
    z.object({ file: z.string(), section: z.string(), published: z.string(), role: z.string() }),
  ),
  conventions: z.array(z.string()),
  flows: z.record(ScheduleKindSchema, FlowSchema),
});
export type LeadTimes = z.infer<typeof LeadTimesSchema>;
