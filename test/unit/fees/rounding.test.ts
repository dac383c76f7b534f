import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRoundHalfUp, withTax } from '../../../src/shared/fees/index.js';

describe('yen rounding (注6: 1円未満四捨五入)', () => {
  it('rounds exact halves up and the rest to nearest', () => {
    expect(divideRoundHalfUp(6, 12)).toBe(1);
    expect(divideRoundHalfUp(5, 12)).toBe(0);
    expect(divideRoundHalfUp(18, 12)).toBe(2);
    expect(withTax(5, 10)).toBe(6);
    expect(withTax(4, 10)).toBe(4);
  });

  it('matches exact decimal arithmetic for any amount up to 10 billion yen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (yen) => {
        const exact = (BigInt(yen) * 110n * 2n + 100n) / 200n;
        expect(withTax(yen, 10)).toBe(Number(exact));
        expect(divideRoundHalfUp(yen, 12)).toBe(Number((BigInt(yen) * 2n + 12n) / 24n));
      }),
    );
  });
});
