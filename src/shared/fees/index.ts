export {
  estimateFees,
  assertPriced,
  type FeeEstimate,
  type FeeLine,
  type EstimateOptions,
} from './calculator.js';
export { loadFeeSchedule } from './fee-schedule.js';
export { FeeInputSchema, FeeInputError, type FeeInput } from './input.js';
export { buildFeeEstimateView, formatYen, type FeeEstimateView, type FeeViewRow } from './view.js';
export { divideRoundHalfUp, withTax } from './rounding.js';
export * from './schema.js';
export { feeInputForHosting, protocolAdditions, type HostingFeeInput } from './from-workspace.js';
