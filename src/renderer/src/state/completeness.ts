// The renderer's one door to the rules engine (issue #3): every component takes findings,
// required documents and document titles from here.
import type { Workspace } from '../../../shared/model/workspace.js';
import type { RequiredDocument } from '../../../shared/rules/engine.js';
import { buildFieldUsage, hostedApIndex } from '../../../shared/rules/field-usage.js';
import { neededValues } from '../../../shared/rules/catalogue/required-fields.js';

export {
  checkWorkspace,
  type CheckResult,
  type Finding,
  type RequiredDocument,
} from '../../../shared/rules/engine.js';

/** A finding names documents by id; the title comes from the workspace's required documents. */
export const documentTitle = (id: string, required: readonly RequiredDocument[]): string =>
  required.find((d) => d.id === id)?.title ?? id;

const requiredCache = new WeakMap<readonly RequiredDocument[], ReadonlySet<string>>();

/**
 * The data paths the editor marks as required: the values the rules engine's field.required
 * rule asks for (its list, over the documents this workspace needs), so a marker and the finding
 * it announces cannot disagree. Built once per check result.
 */
export function requiredPaths(ws: Workspace, required: readonly RequiredDocument[]): ReadonlySet<string> {
  let paths = requiredCache.get(required);
  if (!paths) {
    const usage = buildFieldUsage(ws, required, hostedApIndex(ws));
    paths = new Set(neededValues(ws, (path) => usage.usedBy(path)).map((v) => v.path));
    requiredCache.set(required, paths);
  }
  return paths;
}
