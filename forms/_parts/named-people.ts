/**
 * Whose names a form keeps whole when it breaks lines, read from the workspace only when needed.
 */
import { namesOf, type NamesSource } from '../_kit/names.js';
import type { Workspace } from '../../src/shared/model/index.js';
import { valueAt } from '../../src/shared/rules/values.js';

/**
 * The people a form may name. Their names shape line breaks (kept whole) wherever a text contains
 * them, so a rendering depends on them without printing them: the template-reads test allows
 * exactly these paths' names and readings.
 */
export const NAMED_PEOPLE = [
  'provider.representative',
  'applicant.person',
  'contacts.person',
  'contacts.operationsManager',
  'contacts.regularRoute.contact',
  'contacts.emergencyRoute.contact',
] as const;

/** The names of {@link NAMED_PEOPLE}, read from the workspace only when a text needs them (once). */
export function peopleOf(workspace: Workspace): NamesSource {
  let names: readonly string[] | null = null;
  return () => {
    names ??= namesOf(
      NAMED_PEOPLE.map((path) => valueAt(workspace, path) as Parameters<typeof namesOf>[0][number]),
    );
    return names;
  };
}
