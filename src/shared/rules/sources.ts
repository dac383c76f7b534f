/** Seed files (see /work/shared/seeds/README.md), cited as file name + section. */
export const S000 = '000_768f57b56e1ca9c0.txt';
export const S001 = '001_5b371a93b315b6e8.txt';
export const S002 = '002_0f100134b4811c0f.txt';
export const S003 = '003_c83b372f8914a9fb.txt';

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
