/**
 * Characters in typed text that will not come out right: 外字 the bundled fonts cannot print
 * (they would print as 〓), and 機種依存文字 that J-LIS systems may not accept.
 */
import { replaceMachineDependent } from '../../validation/machine-dependent.js';
import { toFullwidthKana } from '../../validation/kana.js';
import type { Rule } from '../types.js';

const GAIJI_SOURCE = 'DESIGN §5（書式）、§7（同梱フォント Noto Serif JP / Noto Sans JP）';
const KISHU_SOURCE = 'DESIGN §5（書式: 機種依存文字）';

export const unprintableCharacters: Rule = {
  id: 'text.gaiji',
  severity: 'error',
  source: GAIJI_SOURCE,
  title: '印字できない文字（外字）',
  check(ctx, report) {
    for (const { path, unprintable: found } of ctx.textIssues()) {
      if (found.length === 0) continue;
      const documents = ctx.usedBy(path);
      const chars = [...new Set(found.map((f) => `「${f.char}」(${f.codePoint})`))].join('、');
      report({
        message: `${chars}は書類のフォントで印字できず「〓」になります。常用の字体に置き換えるか、読みの同じ別の字にしてください。`,
        paths: [path],
        documents,
        // Text that is never printed only needs fixing if it will be.
        severity: documents.length > 0 ? 'error' : 'warning',
      });
    }
  },
};

export const machineDependentCharacters: Rule = {
  id: 'text.machine-dependent',
  severity: 'warning',
  source: KISHU_SOURCE,
  title: '機種依存文字（①、㈱、㍻、Ⅰ など）',
  check(ctx, report) {
    for (const { path, text, machineDependent: found } of ctx.textIssues()) {
      if (found.length === 0) continue;
      // Only what J-LIS receives matters: text printed on an official form.
      const documents = ctx.usedBy(path).filter((d) => ctx.isOfficial(d));
      if (documents.length === 0) continue;
      const pairs = found.map((f) =>
        f.replacement ? `「${f.char}」→「${f.replacement}」` : `「${f.char}」`,
      );
      report({
        message: `機種依存文字（${pairs.join('、')}）はJ-LISのシステムで正しく扱われないおそれがあります。置き換えてください。`,
        paths: [path],
        documents,
        fix: { path, value: replaceMachineDependent(text) },
      });
    }
  },
};

/** 半角カナ prints, but official forms and J-LIS systems expect full-width katakana. */
export const halfwidthKana: Rule = {
  id: 'text.halfwidth-kana',
  severity: 'warning',
  source: KISHU_SOURCE,
  title: '半角カタカナ',
  check(ctx, report) {
    for (const { path, text, halfwidthKana: found } of ctx.textIssues()) {
      // フリガナ fields have their own check (field.format) with the same offer.
      if (!found || path.endsWith('nameKana')) continue;
      const documents = ctx.usedBy(path).filter((d) => ctx.isOfficial(d));
      if (documents.length === 0) continue;
      const value = toFullwidthKana(text);
      report({
        message: `半角カタカナが含まれています。申込書には全角で「${value}」のように入力してください。`,
        paths: [path],
        documents,
        fix: { path, value },
      });
    }
  },
};

export const CHARACTER_RULES: Rule[] = [unprintableCharacters, machineDependentCharacters, halfwidthKana];
