/**
 * Characters in typed text that will not come out right: 外字 the bundled fonts cannot print
 * (they would print as 〓), and 機種依存文字 that J-LIS systems may not accept.
 */
import { findUnprintable } from '../../text/font-data.js';
import { findMachineDependent } from '../../validation/machine-dependent.js';
import type { Workspace } from '../../model/index.js';
import type { Rule } from '../types.js';

// Values the user does not type, or that never reach paper as text.
const SKIP_KEYS = new Set([
  'id',
  'kind',
  'status',
  'format',
  'formatVersion',
  'createdAt',
  'updatedAt',
  'addedAt',
  'file',
  'print',
  'submissions',
  'serviceId',
  'hostedApIds',
  'mode',
]);

const ASCII_ONLY = /^[\x20-\x7e]*$/;

/** Calls back with every typed string and its finding path (services and attachments by id). */
function eachText(ws: Workspace, visit: (path: string, text: string) => void): void {
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      if (node !== '' && !ASCII_ONLY.test(node)) visit(path, node);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        const id =
          typeof item === 'object' && item !== null && 'id' in item
            ? (item as { id: unknown }).id
            : undefined;
        walk(item, `${path}.${typeof id === 'string' ? id : String(i)}`);
      });
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (SKIP_KEYS.has(key)) continue;
      walk(value, path === '' ? key : `${path}.${key}`);
    }
  };
  walk(ws, '');
}

const GAIJI_SOURCE = 'DESIGN §5（書式）、§7（同梱フォント Noto Serif JP / Noto Sans JP）';
const KISHU_SOURCE = 'DESIGN §5（書式: 機種依存文字）';

export const unprintableCharacters: Rule = {
  id: 'text.gaiji',
  severity: 'error',
  source: GAIJI_SOURCE,
  title: '印字できない文字（外字）',
  check(ctx, report) {
    eachText(ctx.ws, (path, text) => {
      const found = findUnprintable(text);
      if (found.length === 0) return;
      const documents = ctx.usedBy(path);
      const chars = [...new Set(found.map((f) => `「${f.char}」(${f.codePoint})`))].join('、');
      report({
        message: `${chars}は書類のフォントで印字できず「〓」になります。常用の字体に置き換えるか、読みの同じ別の字にしてください。`,
        paths: [path],
        documents,
        // Text that is never printed only needs fixing if it will be.
        severity: documents.length > 0 ? 'error' : 'warning',
      });
    });
  },
};

export const machineDependentCharacters: Rule = {
  id: 'text.machine-dependent',
  severity: 'warning',
  source: KISHU_SOURCE,
  title: '機種依存文字（①、㈱、㍻、Ⅰ など）',
  check(ctx, report) {
    eachText(ctx.ws, (path, text) => {
      const found = findMachineDependent(text);
      if (found.length === 0) return;
      // Only what J-LIS receives matters: text printed on an official form.
      const documents = ctx.usedBy(path).filter((d) => ctx.isOfficial(d));
      if (documents.length === 0) return;
      const pairs = found.map((f) =>
        f.replacement ? `「${f.char}」→「${f.replacement}」` : `「${f.char}」`,
      );
      report({
        message: `機種依存文字（${pairs.join('、')}）はJ-LISのシステムで正しく扱われないおそれがあります。置き換えてください。`,
        paths: [path],
        documents,
      });
    });
  },
};

export const CHARACTER_RULES: Rule[] = [unprintableCharacters, machineDependentCharacters];
