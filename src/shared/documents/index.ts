export * from './types.js';
export { requiredDocuments, documentTitle } from './required.js';
export { CATALOG, documentDefinition } from '../../../forms/catalog.js';
export * from './stages.js';
