import { z } from 'zod';
import { FeeAreaSchema, FeeBandwidthSchema, FeeProviderTypeSchema, FeeRouterSchema } from './schema.js';

const count = z.number().int().nonnegative();

/**
 * What the calculator needs to know about one hosting service. Bandwidth may be left out when no
 * bandwidth-priced fee applies (a local government using its own LGWAN router: 「区分なし」).
 */
export const FeeInputSchema = z.object({
  providerType: FeeProviderTypeSchema,
  area: FeeAreaSchema,
  router: FeeRouterSchema,
  bandwidth: FeeBandwidthSchema.optional(),
  /** 1 = single router, 2 = duplicated (hot or cold standby); the worked examples assume 2. */
  routers: z.union([z.literal(1), z.literal(2)]),
  /** The secondary line of a redundant pair (note 1): the dearer of the two lines is billed. */
  redundantLine: z.object({ bandwidth: FeeBandwidthSchema }).optional(),
  /** LGWAN設定料 is charged for the new connection and again for every change. */
  settings: count,
  ipAddresses: count,
  certificates: count,
  protocolAdditions: count,
});
export type FeeInput = z.infer<typeof FeeInputSchema>;

/** The calculator inputs an error can name (the keys of FeeInput the user chooses). */
export type FeeOption = 'providerType' | 'area' | 'router' | 'bandwidth' | 'taxDate';

/**
 * Thrown for input the fee table does not price. The message names the choice by its label, as the
 * screen and the 料金試算書 show it; `option` and `choices` (the values that are priced) let the
 * command line add its own flags.
 */
export class FeeInputError extends Error {
  constructor(
    message: string,
    readonly option: FeeOption,
    readonly choices: readonly string[] = [],
  ) {
    super(message);
    this.name = 'FeeInputError';
  }
}
