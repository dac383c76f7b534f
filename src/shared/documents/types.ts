import type { AttachmentKind, Service, Workspace } from '../model/index.js';

/**
 * The fixed document ids of DESIGN §3 (they name output files, CLI output and tests): the ids of the
 * catalogue's definitions (forms/catalog.ts), so a new form's id exists once it is catalogued.
 */
export type { DocumentId } from '../../../forms/catalog.js';
import type { DocumentId } from '../../../forms/catalog.js';

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
  /** Smallest size the box shrinks to before it overflows (default fit.ts MIN_FONT_SIZE_PT). */
  minFontSizePt?: number;
}

/**
 * A workspace value the form prints: the one place its label, its box and the text it prints as are
 * written. The template renders its row from this, the overflow check measures `print`, the
 * completeness check and the diff name it by `label`. `path` is dotted from the workspace root;
 * per-service fields use `services.*.<field>` where `*` is the service instance the form is about.
 */
export interface FieldBinding {
  path: string;
  /** Further workspace paths the printed text is made from (a name's reading, the FAX beside a phone). */
  reads?: readonly string[];
  /** Japanese name of the field as the form means it; also the heading of its 別紙 entry. */
  label: string;
  /** What the form's label cell says when shorter than `label` (a row under a group heading). */
  rowLabel?: string;
  box?: FieldBox;
  /**
   * `hostedAp`: `*` stands for each AP service the instance hosts (the hosting connection
   * application carries its AP services, 002 §5.1.1(2)), not for the instance itself.
   */
  each?: 'hostedAp';
  /** `head`: printed in the block above the table (申込者, 委任者), which may print a table's path again. */
  part?: 'head';
  /**
   * The text the form prints. `service` is the instance's service (or each hosted AP); absent for a
   * workspace-wide field. Without it the value prints as entered (lists joined with 、).
   */
  print?: (ws: Workspace, service: Service | undefined) => string;
}

export interface DocumentDefinition<Id extends string = DocumentId> {
  id: Id;
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
  /** Attachments bound in right after this form, in this order (per-service forms: the service's own). */
  encloses?: readonly AttachmentKind[];
}

/**
 * A form's definition with its id kept as the literal it is, from which the catalogue's id type is
 * built (forms/<id>/definition.ts: `export const definition = defineDocument({ id: '<id>', … })`).
 */
export const defineDocument = <const Id extends string>(definition: DocumentDefinition<Id>) => definition;

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
