/**
 * Integer yen arithmetic. Note 6 (001「LGWAN-ASP接続料金について(1)」) rounds half up to the yen;
 * doing it on integers avoids binary floating-point surprises such as 1.1 * 5 = 5.500000000000001.
 */

/** numerator / denominator rounded half up, for non-negative integers. */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (
    !Number.isSafeInteger(numerator) ||
    !Number.isSafeInteger(denominator) ||
    numerator < 0 ||
    denominator <= 0
  ) {
    throw new RangeError(`divideRoundHalfUp needs non-negative integers, got ${numerator}/${denominator}`);
  }
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** The amount including consumption tax at `percent`, rounded half up to the yen. */
export function withTax(yen: number, percent: number): number {
  return divideRoundHalfUp(yen * (100 + percent), 100);
}
