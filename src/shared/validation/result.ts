/**
 * What a field validator returns: nothing when the value is fine, else the problem in Japanese
 * (what is wrong and what to type instead) and, where one exists, a corrected value to offer.
 */
export interface FieldProblem {
  code: string;
  message: string;
  /** A value the user can accept as it is (e.g. the NFKC-normalised text). */
  suggestion?: string;
}

/** Full-width digits, letters and hyphen-likes as people type them in Japanese IMEs, made ASCII. */
export const toAsciiDigits = (value: string): string =>
  value.normalize('NFKC').replace(/[‐‑‒–—―−－ー]/g, '-');
