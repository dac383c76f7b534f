/**
 * react-pdf only warns when a block that may not be split is taller than a page, and then places it
 * anyway, running off the paper. In tests that warning is an error: the render that caused it fails.
 */
const UNSPLITTABLE = /can't wrap between pages/;

export class LayoutFaultError extends Error {
  constructor(message: string) {
    super(`react-pdf のレイアウト不良（ページより高いブロック）: ${message}`);
    this.name = 'LayoutFaultError';
  }
}

const warn = console.warn.bind(console);
console.warn = (...args: unknown[]): void => {
  const first = typeof args[0] === 'string' ? args[0] : '';
  if (UNSPLITTABLE.test(first)) throw new LayoutFaultError(first);
  warn(...args);
};
