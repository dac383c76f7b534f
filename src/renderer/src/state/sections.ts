import { splitPath } from './paths.js';

/** The editor pages of an open workspace; a finding's path decides which one shows its field. */
export type Section =
  | { page: 'provider' }
  | { page: 'applicant' }
  | { page: 'contacts' }
  | { page: 'procedure' }
  | { page: 'service'; serviceId: string }
  | { page: 'attachments' }
  | { page: 'documents' }
  | { page: 'submissions' }
  | { page: 'changes' }
  | { page: 'fees' }
  | { page: 'schedule' };

export const sameSection = (a: Section, b: Section): boolean =>
  a.page === b.page && (a.page !== 'service' || (b.page === 'service' && a.serviceId === b.serviceId));

export const sectionForPath = (path: string): Section => {
  const [head, second, third] = splitPath(path);
  switch (head) {
    case 'applicant':
      return { page: 'applicant' };
    case 'contacts':
      return { page: 'contacts' };
    case 'procedure':
    case 'mailing':
      return { page: 'procedure' };
    case 'services':
      return second ? { page: 'service', serviceId: second } : { page: 'provider' };
    case 'attachments':
      // Slots (`attachments.slot.<serviceId>.<kind>`) are checklists on their service's page.
      if (second === 'slot' && third) return { page: 'service', serviceId: third };
      return { page: 'attachments' };
    case 'submissions':
    case 'filings':
      return { page: 'submissions' };
    default:
      return { page: 'provider' };
  }
};
