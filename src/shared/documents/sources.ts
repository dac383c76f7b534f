import type { DocumentSource } from './types.js';

/** Seed files under shared/seeds (their README); cite them as file + section. */
export const SEED = {
  seminar2018: '000_768f57b56e1ca9c0.txt',
  seminar2021: '001_5b371a93b315b6e8.txt',
  guideline: '002_0f100134b4811c0f.txt',
  faq: '003_c83b372f8914a9fb.txt',
  overview: '004_6d1487744cabc1c0.txt',
} as const;

export const cite = (file: keyof typeof SEED, section: string): DocumentSource => ({
  file: SEED[file],
  section,
});
