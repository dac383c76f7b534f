/**
 * The procedure's stages (002 §5.1.1, 表5-1, 001 手続きフロー): J-LIS handles them one after another,
 * each answered before the next is sent, so one envelope holds one stage's documents. Stage
 * selection is a pure function over the required list, whatever put a document on that list (a new
 * application, a change, a cancellation), so new kinds of required documents fit without a second list.
 */
import { documentDefinition, isDocumentId } from '../../../forms/catalog.js';
import type { Workspace } from '../model/index.js';
import { SEED_FILES } from '../sources/seeds.js';
import type { RequiredDocument } from './types.js';

const S001 = SEED_FILES.seminar2021;
const S002 = SEED_FILES.guideline;

export type StageId = 'certification' | 'review' | 'disclosure' | 'applications' | 'coordination';

export interface Stage {
  id: StageId;
  /** Japanese, as the user sees it: 「(1) 参加資格審査申込」. */
  label: string;
  /** What J-LIS answers with before the next stage may be sent. */
  answer: string;
  source: string;
}

/** In procedure order. */
export const STAGES: readonly Stage[] = [
  {
    id: 'certification',
    label: '(0) 参加資格認定申込',
    answer: '機構の理事長の承認（参加資格の認定）',
    source: `${S002} 表5-1 注1、§3.2.2(1)`,
  },
  {
    id: 'review',
    label: '(1) 参加資格審査申込',
    answer: '参加結果通知（受理）',
    source: `${S002} §5.1.1(1)`,
  },
  {
    id: 'disclosure',
    label: '非公開文書の開示申込',
    answer: '非公開文書（接続技術仕様書・接続手引書・ルータ調達仕様書）の送付',
    source: `${S001} LGWAN-ASP登録及び接続のための手続について、${S002} §5.1.1(1)`,
  },
  {
    id: 'applications',
    label: '(2) 各サービスの接続・登録申込',
    answer: '受理通知（ASPコードの発行）',
    source: `${S002} §5.1.1(2)`,
  },
  {
    id: 'coordination',
    label: '(3) 日程等調整申込',
    answer: '工事・機器搬入・接続確認試験の日程',
    source: `${S002} 表5-1 (3)、§5.2`,
  },
];

/**
 * Where each document belongs. `every`: goes with whichever stage is prepared (the cover letter,
 * checklist, label and planning aids (fee estimate, timeline) frame each envelope; a 委任状 accompanies every application
 * made in the delegate's name, 002 §5.1.1(1)). A document not listed here (e.g. from a newer
 * catalogue) also goes with every stage, so it is never silently left out.
 */
const STAGE_OF: Partial<Record<string, StageId>> = {
  'participation-certification': 'certification',
  'participation-review': 'review',
  'pre-request': 'review',
  'nonpublic-disclosure': 'disclosure',
  'hosting-connection': 'applications',
  'facility-registration': 'applications',
  'communication-registration': 'applications',
  'fee-reduction': 'applications',
  'hosting-cancellation': 'applications',
  'fa-ca-cancellation': 'applications',
  'schedule-coordination': 'coordination',
};

/**
 * `mail`: printed and mailed to J-LIS; `portal`: entered on the LGWAN-ASP portal, printed only as a
 * sheet to type from (002 §5.1.1(1): changes and 解除 notices of the review, and a connected body's
 * review once the pre-request gave it a user ID); `aid`: the app's own sheets, kept by the sender.
 */
export type Delivery = 'mail' | 'portal' | 'aid';

export interface StagedDocument extends RequiredDocument {
  /** null: goes with every stage (see STAGE_OF). */
  stage: StageId | null;
  delivery: Delivery;
}

/** The review's mode: as required (a 変更届出 computed from the filing record), else as chosen. */
const reviewMode = (ws: Workspace, mode: RequiredDocument['mode']): string =>
  mode ?? ws.procedure.participationMode;

export function deliveryOf(ws: Workspace, id: string, mode?: RequiredDocument['mode']): Delivery {
  if (!isDocumentId(id)) return 'mail';
  if (documentDefinition(id).kind === 'aid') return 'aid';
  if (id === 'participation-review') {
    if (reviewMode(ws, mode) !== 'new') return 'portal';
    if (ws.provider.connectedBody === true) return 'portal';
  }
  return 'mail';
}

/** The required documents with their stage and how each reaches J-LIS. */
export function stageDocuments(ws: Workspace, required: readonly RequiredDocument[]): StagedDocument[] {
  return required.map((d) => {
    const delivery = deliveryOf(ws, d.id, d.mode);
    // A change or 解除 of the review goes through the portal whenever it arises: it gates nothing.
    const gatesNothing = d.id === 'participation-review' && reviewMode(ws, d.mode) !== 'new';
    return { ...d, stage: gatesNothing ? null : (STAGE_OF[d.id] ?? null), delivery };
  });
}

/** The first stage that still has a document to send; null when none has. */
export function nextStage(staged: readonly StagedDocument[]): Stage | null {
  return STAGES.find((s) => staged.some((d) => d.stage === s.id)) ?? null;
}

/** The documents prepared for a stage: its own plus those that go with every stage, in list order. */
export function documentsForStage(
  staged: readonly StagedDocument[],
  stage: StageId | null,
): StagedDocument[] {
  return staged.filter((d) => d.stage === null || d.stage === stage);
}

export interface StagePlan {
  /** The stage prepared now; null when no stage has a document (only the frame). */
  stage: Stage | null;
  /** True when the documents of every stage were asked for together (「まとめて作成」). */
  combined: boolean;
  documents: StagedDocument[];
  /** Later stages' documents: shown as still open, not printed (empty when combined). */
  pending: { stage: Stage; documents: StagedDocument[] }[];
}

/**
 * The next stage's documents, with the later stages' still open. `combined` puts every stage into
 * one packet — only when the user knowingly asks for it (J-LIS answers each stage before the next).
 */
export function planStages(
  ws: Workspace,
  required: readonly RequiredDocument[],
  options: { combined?: boolean } = {},
): StagePlan {
  const staged = stageDocuments(ws, required);
  const stage = nextStage(staged);
  if (options.combined) return { stage, combined: true, documents: staged, pending: [] };
  const later = STAGES.slice(stage ? STAGES.indexOf(stage) + 1 : STAGES.length);
  return {
    stage,
    combined: false,
    documents: documentsForStage(staged, stage?.id ?? null),
    pending: later
      .map((s) => ({ stage: s, documents: staged.filter((d) => d.stage === s.id) }))
      .filter((p) => p.documents.length > 0),
  };
}
