export * from './types.js';
export { requiredDocuments, documentTitle } from './required.js';
export { CATALOG, DOCUMENT_IDS, documentDefinition, isDocumentId } from '../../../forms/catalog.js';
export * from './stages.js';
