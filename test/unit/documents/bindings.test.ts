/**
 * One truth for what a form prints: the overflow check measures the text the form prints (the
 * bindings' formatters), and the completeness check names a field as the form does.
 */
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../../src/shared/rules/engine.js';
import { sample, TODAY, V } from '../../fixtures/rules/workspaces.js';

const findingsAt = (ws: ReturnType<typeof sample>, ruleId: string, path: string) =>
  checkWorkspace(ws, { today: TODAY }).findings.filter((f) => f.ruleId === ruleId && f.paths.includes(path));

describe('overflow is measured on the printed text', () => {
  it('a facility of the provider prints 「提供者名　サービス名（ASPコード: …）」, so a long provider name overflows the row', () => {
    const ws = sample('vendor');
    // The facility's own name and code fit the two lines; with the provider's name in front they do not.
    ws.provider.name =
      '一般社団法人サンプル地域情報化推進協議会共同利用型情報システム運営事業本部データセンターサービス提供部門';
    const fa = ws.services.find((s) => s.id === V.fa);
    if (!fa) throw new Error('sample FA missing');
    fa.aspCode = 'F0000001';
    fa.name = 'サンプル第一データセンター東京ファシリティサービス';
    const found = findingsAt(ws, 'text.overflow', `services.${V.ho}.facility`);
    expect(found.map((f) => f.documents)).toEqual([['hosting-connection']]);
    expect(found[0]?.message).toContain('「利用するファシリティサービス」');
  });

  it('the same facility under a short provider name fits and is not reported', () => {
    const ws = sample('vendor');
    ws.provider.name = '株式会社サンプル';
    const fa = ws.services.find((s) => s.id === V.fa);
    if (!fa) throw new Error('sample FA missing');
    fa.aspCode = 'F0000001';
    fa.name = 'サンプル第一データセンター東京ファシリティサービス';
    expect(findingsAt(ws, 'text.overflow', `services.${V.ho}.facility`)).toEqual([]);
  });
});
