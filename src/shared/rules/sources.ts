/** Seed files (see /work/shared/seeds/README.md), cited as file name + section. */
import { SEED_FILES } from '../sources/seeds.js';

export const S000 = SEED_FILES.seminar2018;
export const S001 = SEED_FILES.seminar2021;
export const S002 = SEED_FILES.guideline;
export const S003 = SEED_FILES.faq;

/** Every official form the applicant block (所在地・名称・代表者) is printed on (DESIGN §3). */
export const OFFICIAL_FORMS = [
  'participation-certification',
  'participation-review',
  'delegation',
  'nonpublic-disclosure',
  'hosting-connection',
  'facility-registration',
  'communication-registration',
  'schedule-coordination',
  'hosting-cancellation',
  'fa-ca-cancellation',
  'fee-reduction',
] as const;

/** The form each kind of service is applied for with (002 §5.1.1(2)). */
export const SERVICE_FORMS = [
  'hosting-connection',
  'facility-registration',
  'communication-registration',
  'schedule-coordination',
  'hosting-cancellation',
  'fa-ca-cancellation',
  'fee-reduction',
] as const;
