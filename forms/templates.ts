/**
 * Document id → PDF template, by convention: the template of document `<id>` is the `template`
 * export of forms/<id>/template.tsx, so adding a form is its folder and its line in forms/catalog.ts.
 * Templates load on first use: react-pdf and the form's parts come in only where PDFs are made.
 */
import type { FormTemplate } from './_parts/context.js';
import { isDocumentId } from './catalog.js';

export type { FormTemplate, TemplateContext, Enclosure, EnclosedAttachment } from './_parts/context.js';

const loaded = new Map<string, FormTemplate>();

const missing = (id: string) =>
  new Error(`書類「${id.slice(0, 60)}」の様式がありません。アプリを最新の版に更新してください。`);

export async function loadTemplate(id: string): Promise<FormTemplate> {
  // Only catalogued ids reach the import: an id from a workspace never names a path.
  if (!isDocumentId(id)) throw missing(id);
  const known = loaded.get(id);
  if (known) return known;
  const module = (await import(`./${id}/template.tsx`)) as { template?: unknown };
  if (typeof module.template !== 'function') throw missing(id);
  const template = module.template as FormTemplate;
  loaded.set(id, template);
  return template;
}
