/** A PDF transformation matrix [a b c d e f], as `cm` and the text matrix give it. */
export type Matrix = [number, number, number, number, number, number];

/**
 * The matrix that applies `m` first, then `n`. A `cm` (or pdfjs' transform op) with operands `m`
 * makes the current matrix `multiply(m, ctm)`.
 */
export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
