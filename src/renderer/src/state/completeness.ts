// The renderer's one door to the rules engine (issue #3): every component takes findings,
// required documents and document titles from here.
import type { RequiredDocument } from '../../../shared/rules/engine.js';

export {
  checkWorkspace,
  type CheckResult,
  type Finding,
  type RequiredDocument,
} from '../../../shared/rules/engine.js';

/** A finding names documents by id; the title comes from the workspace's required documents. */
export const documentTitle = (id: string, required: readonly RequiredDocument[]): string =>
  required.find((d) => d.id === id)?.title ?? id;
