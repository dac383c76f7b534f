/**
 * Building blocks shared by the form templates, on top of the PDF kit, gathered so a template
 * imports them from one place.
 */
export { APP_NAME, FormDocument } from './document.js';
export { FormHead } from './head.js';
export { NAMED_PEOPLE } from './named-people.js';
export {
  GROUP_MM,
  LABEL_MM,
  SUB_LABEL_MM,
  VALUE_MM,
  FormTable,
  GridRow,
  GroupRows,
  ItemRow,
  SectionRow,
  SubItem,
  TextItem,
} from './rows.js';
export { Choices, YesNo } from './choices.js';
export { Note, Paragraph } from './paragraphs.js';
export {
  BoundGroup,
  BoundItem,
  BoundSubItem,
  ContactRows,
  EnclosedRow,
  boundRows,
  type BoundSource,
} from './bound-rows.js';
export { ApplicationForm } from './application-form.js';
