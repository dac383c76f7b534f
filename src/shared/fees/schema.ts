import { z } from 'zod';

/** Tiers of the 4th-generation fee table, in ascending order (001「LGWAN-ASP接続料金について(1)」). */
export const BANDWIDTHS = ['10M', '50M', '100M', '200M', '300M', '500M', '1G'] as const;
export const FeeBandwidthSchema = z.enum(BANDWIDTHS);
export type FeeBandwidth = z.infer<typeof FeeBandwidthSchema>;

export const PROVIDER_TYPES = ['private', 'prefecture', 'municipality'] as const;
export const FeeProviderTypeSchema = z.enum(PROVIDER_TYPES);
export type FeeProviderType = z.infer<typeof FeeProviderTypeSchema>;

/** own = 自団体のみ, single = 単一都道府県域 (serving others in one prefecture), multi = 複数都道府県域・全国域. */
export const AREAS = ['own', 'single', 'multi'] as const;
export const FeeAreaSchema = z.enum(AREAS);
export type FeeArea = z.infer<typeof FeeAreaSchema>;

/** own = 自団体のLGWAN接続ルータ, asp = ASP用に用意したLGWAN接続ルータ. */
export const ROUTERS = ['own', 'asp'] as const;
export const FeeRouterSchema = z.enum(ROUTERS);
export type FeeRouter = z.infer<typeof FeeRouterSchema>;

const yen = z.number().int().nonnegative();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Conditions on the estimate's input; every listed key must match, an absent key matches anything. */
export const FeeConditionSchema = z
  .object({
    providerType: z.array(FeeProviderTypeSchema).min(1).optional(),
    area: z.array(FeeAreaSchema).min(1).optional(),
    router: z.array(FeeRouterSchema).min(1).optional(),
  })
  .strict();
export type FeeCondition = z.infer<typeof FeeConditionSchema>;

const ExemptionSchema = z.object({
  when: FeeConditionSchema,
  reason: z.string().min(1),
  source: z.string().min(1),
});

const feeBase = {
  id: z.string().min(1),
  label: z.string().min(1),
  unitLabel: z.string().min(1),
  description: z.string().min(1),
  exemptions: z.array(ExemptionSchema),
  sources: z.array(z.string().min(1)).min(1),
};

export const OneTimeFeeSchema = z.object({
  ...feeBase,
  amount: yen,
  quantityFrom: z.enum(['settings', 'ipAddresses', 'certificates', 'protocolAdditions']),
});

/** An annual fee is either a flat amount (optionally per router) or priced by bandwidth tier. */
export const AnnualFeeSchema = z.union([
  z.object({ ...feeBase, amount: yen, quantityFrom: z.literal('routers').optional() }).strict(),
  z
    .object({
      ...feeBase,
      tiers: z.record(FeeBandwidthSchema, yen),
      // Note 1: with a redundant line the dearer of primary and secondary is billed.
      redundancyRule: z.boolean(),
    })
    .strict(),
]);

export const FeeScheduleSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  version: z.string().min(1),
  effectiveFrom: isoDate,
  effectiveFromSource: z.string().min(1),
  currency: z.literal('JPY'),
  amountsExcludeTax: z.literal(true),
  sources: z
    .array(
      z.object({
        file: z.string().min(1),
        section: z.string().min(1),
        published: z.string().min(1),
        role: z.enum(['governing', 'superseded']),
      }),
    )
    .min(1),
  differencesBetweenSources: z.array(z.string()),
  providerTypes: z.record(FeeProviderTypeSchema, z.string().min(1)),
  areas: z.record(FeeAreaSchema, z.string().min(1)),
  routers: z.record(FeeRouterSchema, z.string().min(1)),
  bandwidthTiers: z
    .array(z.object({ id: FeeBandwidthSchema, label: z.string().min(1) }))
    .length(BANDWIDTHS.length),
  unsupportedCombinations: z.array(
    z.object({
      when: FeeConditionSchema,
      option: z.enum(['providerType', 'area', 'router']),
      /** The values of `option` the table does price here: what the user is asked to choose. */
      choose: z.array(z.string().min(1)).min(1),
      /** Why the table does not price it, worded for every channel (screen, PDF, command line). */
      reason: z.string().min(1),
      source: z.string().min(1),
    }),
  ),
  oneTimeFees: z.array(OneTimeFeeSchema).min(1),
  annualFees: z.array(AnnualFeeSchema).min(1),
  notes: z.array(
    z.object({ no: z.number().int().positive(), text: z.string().min(1), source: z.string().min(1) }),
  ),
  monthly: z.object({
    divisor: z.number().int().positive(),
    rounding: z.literal('half-up'),
    source: z.string(),
  }),
  consumptionTax: z.object({
    rounding: z.literal('half-up'),
    roundingSource: z.string().min(1),
    rates: z
      .array(z.object({ from: isoDate, percent: z.number().int().nonnegative(), source: z.string().min(1) }))
      .min(1),
  }),
  reductionScheme: z.object({
    from: isoDate,
    bandwidths: z.array(FeeBandwidthSchema),
    text: z.string().min(1),
    source: z.string().min(1),
  }),
});
export type FeeSchedule = z.infer<typeof FeeScheduleSchema>;
export type AnnualFee = z.infer<typeof AnnualFeeSchema>;
export type OneTimeFee = z.infer<typeof OneTimeFeeSchema>;
