import type { Service, Workspace } from '../model/index.js';

export type Severity = 'error' | 'warning' | 'info';

/** Fixed document ids of DESIGN §3 (official forms and the aids the app adds). */
export type DocumentId = string;

export interface RequiredDocument {
  id: DocumentId;
  title: string;
  /** Why this workspace needs it, in Japanese. */
  reason: string;
  /** Seed file + section that requires it. */
  source: string;
  serviceId?: string;
}

/**
 * One thing the user should fix or know. `paths` are dotted data paths the UI can jump to
 * (`services.<id>.<field>`, `attachments.slot.<serviceId>.<kind>[.<area>]`); `documents` are the
 * required documents the finding concerns (empty = the workspace as a whole).
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  paths: string[];
  documents: DocumentId[];
  source: string;
}

export interface CheckResult {
  requiredDocuments: RequiredDocument[];
  findings: Finding[];
}

export interface CheckOptions {
  /** The day deadlines are judged on, YYYY-MM-DD; default today in Tokyo. */
  today?: string;
}

export type ServiceKind = Service['kind'];
export type ServiceOfKind<K extends ServiceKind> = Extract<Service, { kind: K }>;

/** What a rule reports; the engine adds the rule id and, unless given, its severity and source. */
export interface Report {
  message: string;
  paths: string[];
  documents: DocumentId[];
  severity?: Severity;
  source?: string;
}

export interface RuleContext {
  readonly ws: Workspace;
  readonly today: string;
  /** The date printed on the forms: the document date, else today. */
  readonly documentDate: string;
  readonly required: readonly RequiredDocument[];
  /** Required documents whose id is one of `ids` (any service when serviceId is undefined). */
  docs(ids: readonly DocumentId[], serviceId?: string): DocumentId[];
  /** True when the document is required (for this service, when given). */
  needs(id: DocumentId, serviceId?: string): boolean;
  service(id: string): Service | undefined;
  ofKind<K extends ServiceKind>(kind: K): ServiceOfKind<K>[];
  /** Attachments filed in one checklist slot. */
  slotCount(serviceId: string, kind: string, area?: string): number;
  /** Memoised box fit of a text, keyed by text and box. */
  overflows(text: string, box: TextBox): boolean;
}

/** A printed box on a form (DESIGN §3), in mm and pt. */
export interface TextBox {
  widthMm: number;
  fontSizePt: number;
  maxLines: number;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** Seed file + section the rule enforces. */
  source: string;
  /** What the rule checks, for the catalogue listing. */
  title: string;
  check(ctx: RuleContext, report: (r: Report) => void): void;
}
