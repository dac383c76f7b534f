import type { Workspace } from '../model/index.js';

/** The fixed document ids of DESIGN §3: they name output files, CLI output and tests. */
export const DOCUMENT_IDS = [
  'participation-certification',
  'participation-review',
  'pre-request',
  'delegation',
  'nonpublic-disclosure',
  'hosting-connection',
  'facility-registration',
  'communication-registration',
  'schedule-coordination',
  'hosting-cancellation',
  'fa-ca-cancellation',
  'fee-reduction',
  'cover-letter',
  'checklist',
  'mailing-label',
  'fee-estimate',
  'schedule',
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

export const isDocumentId = (value: string): value is DocumentId =>
  (DOCUMENT_IDS as readonly string[]).includes(value);

/** Where a document's content and requiredness come from, e.g. `002_0f100134b4811c0f.txt §5.1.1(1)`. */
export interface DocumentSource {
  file: string;
  section: string;
}

/** One reason the workspace needs a document; per-service documents name the service. */
export interface RequiredInstance {
  /** Japanese, shown to the user: why this document is in the packet. */
  reason: string;
  serviceId?: string;
}

/** The printed box a field lands in, so overflow can be checked before printing. */
export interface FieldBox {
  widthMm: number;
  fontSizePt: number;
  maxLines: number;
}

/**
 * A workspace value the form prints. `path` is dotted from the workspace root; per-service
 * fields use `services.*.<field>` where `*` is the service instance the form is about.
 */
export interface FieldBinding {
  path: string;
  /** Japanese label as printed on the form. */
  label: string;
  box?: FieldBox;
  /**
   * `hostedAp`: `*` stands for each AP service the instance hosts (the hosting connection
   * application carries its AP services, 002 §5.1.1(2)), not for the instance itself.
   */
  each?: 'hostedAp';
}

export interface DocumentDefinition {
  id: DocumentId;
  /** Official name (J-LIS form title); aids carry the app's own title. */
  title: string;
  shortTitle: string;
  kind: 'official' | 'aid';
  source: DocumentSource[];
  /** Edition of the form's content, printed in the footer; a changed template is a data change. */
  version: string;
  /** ISO date from which this edition applies. */
  effectiveDate: string;
  /** One instance per service (e.g. one hosting connection application per HO service). */
  perService: boolean;
  /** Empty when the workspace does not need the document. */
  requiredWhen: (ws: Workspace) => RequiredInstance[];
  fields: FieldBinding[];
}

/** A document instance the packet holds, in packet order. */
export interface RequiredDocument {
  id: DocumentId;
  title: string;
  reason: string;
  serviceId?: string;
  /** 新規 / 変更 / 解除: how this instance is filed (src/shared/lifecycle/change-documents.ts). */
  mode?: 'new' | 'change' | 'cancel';
}

/** `002_0f100134b4811c0f.txt §5.1.1(1)` style citation. */
export const citeSource = (sources: readonly DocumentSource[]): string =>
  sources.map((s) => `${s.file} ${s.section}`).join('、');
