export * from './enums.js';
export * from './primitives.js';
export * from './provider.js';
export * from './services.js';
export * from './attachments.js';
export * from './workspace.js';
export * from './filings.js';
