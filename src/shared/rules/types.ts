import type { Service, Workspace } from '../model/index.js';
import type { DocumentId, FieldBox, RequiredDocument as CatalogueDocument } from '../documents/types.js';
import type { TextIssue } from './text-scan.js';

export type { DocumentId, FieldBox };

export type Severity = 'error' | 'warning' | 'info';

/** A document instance this workspace needs, with the seed sections that require it. */
export interface RequiredDocument extends CatalogueDocument {
  source: string;
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
  /**
   * A corrected value the UI may offer to put in place (half-width digits, katakana, plain
   * characters, or a choice); `label` is how a choice is shown, where the value is only its code.
   */
  fix?: Fix;
}

export interface Fix {
  path: string;
  value: string;
  label?: string;
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
  fix?: Fix;
}

export interface RuleContext {
  readonly ws: Workspace;
  readonly today: string;
  /** The date printed on the forms: the document date, else today. */
  readonly documentDate: string;
  readonly required: readonly RequiredDocument[];
  /** Required documents among `ids` (for this service, when given), in the order given. */
  docs(ids: readonly DocumentId[], serviceId?: string): DocumentId[];
  /** True when the document is required (for this service, when given). */
  needs(id: DocumentId, serviceId?: string): boolean;
  /** Required documents that print the value at a path. */
  usedBy(path: string): DocumentId[];
  /** The document's short name for messages (the official titles run to 40 characters). */
  title(id: DocumentId): string;
  /** True for J-LIS forms, false for the aids the app adds (cover letter, checklist …). */
  isOfficial(id: DocumentId): boolean;
  service(id: string): Service | undefined;
  ofKind<K extends ServiceKind>(kind: K): ServiceOfKind<K>[];
  /** AP services a hosting service carries (its hostedApIds, as the application prints them). */
  hostedAps(hoId: string): ServiceOfKind<'AP'>[];
  /** 外字 and 機種依存文字 in typed text (scanned once per check, cached per unchanged object). */
  textIssues(): readonly TextIssue[];
  /** The value at a finding path (services and attachments by id, looked up in an index). */
  value(path: string): unknown;
  /** Attachments filed in one checklist slot. */
  slotCount(serviceId: string, kind: string, area?: string): number;
  /** Memoised: true when the text needs more lines than the box holds even at the smallest size. */
  overflows(text: string, box: FieldBox, boxKey?: string): boolean;
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
