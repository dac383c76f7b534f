import type { DocumentSource } from './types.js';

import { SEED_FILES } from '../sources/seeds.js';

/** Seed files under shared/seeds (their README); cite them as file + section. */
export const SEED = SEED_FILES;

export const cite = (file: keyof typeof SEED, section: string): DocumentSource => ({
  file: SEED[file],
  section,
});
