/** Seed files (see /work/shared/seeds/README.md), cited as file name + section. */
import { SEED_FILES } from '../sources/seeds.js';

export const S000 = SEED_FILES.seminar2018;
export const S001 = SEED_FILES.seminar2021;
export const S002 = SEED_FILES.guideline;
export const S003 = SEED_FILES.faq;
