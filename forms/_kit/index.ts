/** Layout kit every form template is built from. */
export { FormPage, DRAFT_MARK, type FormPageProps } from './FormPage.js';
export {
  Title,
  DateLine,
  Addressee,
  LeadSentence,
  KiMark,
  JLIS_ORGANISATION,
  JLIS_CENTRE_HEAD,
} from './heading.js';
export {
  ApplicantBlock,
  DELEGATE_LABEL,
  REPRESENTATIVE_LABEL,
  type ApplicantBlockProps,
} from './ApplicantBlock.js';
export { PartyBlock, type PartyBlockProps, type PartyLine } from './PartyBlock.js';
export {
  RuledTable,
  ContinuedTable,
  chunks,
  Row,
  Cell,
  LabelCell,
  CellContext,
  type CellProps,
  type RowProps,
} from './table.js';
export { FieldText, type FieldTextProps } from './FieldText.js';
export { CheckBox, CheckBoxGroup, SealBox, CHECKED, UNCHECKED } from './marks.js';
export {
  ContinuationCollector,
  ContinuationContext,
  ContinuationSheets,
  continuationLabel,
  type ContinuationEntry,
} from './continuation.js';
export * from './theme.js';
