/**
 * The rules engine (DESIGN §5): which documents a workspace needs and what is missing or wrong,
 * each finding naming its fields, documents and the seed section it enforces. Pure and
 * browser-safe; the editor runs it on every keystroke and the renderer before a clean packet.
 *
 * Workspaces are treated as immutable values: results for objects seen before (a service, the
 * provider section) are reused, which is what keeps a keystroke check fast. Edit by copying the
 * objects along the changed path (as the editor's setAt does), never in place between checks.
 */
import type { Workspace } from '../model/index.js';
import { todayInTokyo } from '../schedule/dates.js';
import { buildContext } from './context.js';
import { RULES } from './catalogue/index.js';
import { citeSource, documentDefinition, requiredDocuments } from '../documents/index.js';
import type { CheckOptions, CheckResult, DocumentId, Finding, RequiredDocument } from './types.js';

export type {
  CheckOptions,
  CheckResult,
  DocumentId,
  Finding,
  RequiredDocument,
  Rule,
  Severity,
} from './types.js';
export { RULES } from './catalogue/index.js';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

// The editor checks on every keystroke; building the Tokyo date formatter each time costs more
// than a whole check of a small workspace, so the day is re-read at most once a minute.
let todayMemo = { at: -Infinity, day: '' };
const todayCached = (): string => {
  const now = Date.now();
  if (now - todayMemo.at > 60_000) todayMemo = { at: now, day: todayInTokyo(new Date(now)) };
  return todayMemo.day;
};

const sources = new Map<DocumentId, string>();
const sourceOf = (id: DocumentId): string => {
  let source = sources.get(id);
  if (source === undefined) {
    source = citeSource(documentDefinition(id).source);
    sources.set(id, source);
  }
  return source;
};

export function checkWorkspace(ws: Workspace, options: CheckOptions = {}): CheckResult {
  const today = options.today ?? todayCached();
  const required: RequiredDocument[] = requiredDocuments(ws).map((d) => ({ ...d, source: sourceOf(d.id) }));
  const ctx = buildContext(ws, required, today);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    rule.check(ctx, (r) =>
      findings.push({
        ruleId: rule.id,
        severity: r.severity ?? rule.severity,
        message: r.message,
        paths: r.paths,
        documents: r.documents,
        source: r.source ?? rule.source,
        ...(r.fix ? { fix: r.fix } : {}),
      }),
    );
  }
  // Stable: errors first, then by rule order within each severity.
  findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return { requiredDocuments: required, findings };
}

/** True when a clean (non-draft) packet may be printed. */
export const hasErrors = (result: CheckResult): boolean =>
  result.findings.some((f) => f.severity === 'error');
