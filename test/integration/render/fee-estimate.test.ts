/**
 * The 料金試算書 prices each hosting service through the shared mapping (feeInputForHosting), the one
 * the 料金試算 screen and the fee-reduction form use, and says what to enter instead of guessing when
 * the workspace lacks an input (001_5b371a93b315b6e8.txt 接続料金 (1)).
 */
import { describe, expect, it } from 'vitest';
import { buildFeeEstimateView, feeInputForHosting } from '../../../src/shared/fees/index.js';
import type { HoService } from '../../../src/shared/model/index.js';
import { changeFeesForHosting } from '../../../src/shared/fees/change-fees.js';
import { acceptedSample, addAp, edited, hosting } from '../../helpers/lifecycle/accepted.js';
import { readPdfText } from '../../helpers/pdf/read-pdf.js';
import { DATE, SAMPLE_ATTACHMENTS, loadFixture, renderFixture, squash } from './setup.js';

const feeText = async (pdf: Uint8Array | undefined): Promise<string> =>
  squash((await readPdfText(pdf ?? new Uint8Array())).map((p) => p.text).join(''));

describe('fee estimate', () => {
  it('prints the totals of the shared fee mapping', async () => {
    const workspace = await loadFixture();
    const ho = workspace.services.find((s): s is HoService => s.kind === 'HO');
    if (!ho) throw new Error('fixture has no HO service');
    const mapped = feeInputForHosting(workspace, ho);
    if (!mapped.ok) throw new Error('fixture HO should be priceable');
    const view = buildFeeEstimateView(mapped.input, { taxDate: DATE });
    const result = await renderFixture(workspace, [SAMPLE_ATTACHMENTS]);
    const text = await feeText(result.documents.find((d) => d.id === 'fee-estimate')?.pdf);
    expect(text).toContain(squash(`合計${view.annual.totalText}`));
    expect(text).toContain(squash(`合計${view.oneTime.totalText}`));
    expect(text).not.toContain('試算できません');
  });

  it('a registered hosting changed: the sheet prices the change, not the first connection again', async () => {
    // 001 接続料金 (1): LGWAN設定料「新規及び変更の都度」, IPアドレス発行料 per address added.
    const workspace = edited(acceptedSample(), (d) => {
      addAp(d, 'ap-new', '施設予約サービス');
      hosting(d).ipAddressCount += 2;
    });
    const fees = changeFeesForHosting(workspace, hosting(workspace), { taxDate: DATE });
    if (!fees?.ok) throw new Error('expected change fees');
    const result = await renderFixture(workspace, [SAMPLE_ATTACHMENTS], true);
    const text = await feeText(result.documents.find((d) => d.id === 'fee-estimate')?.pdf);
    expect(text).toContain(squash(`${hosting(workspace).name}（接続申込書の変更）`));
    expect(text).toContain('変更に伴う一時費用');
    expect(text).toContain(squash(`合計${fees.totalText}`));
    expect(text).toContain(squash(`接続申込書の変更 1回、IPアドレス 2個追加`));
    expect(text).toContain(squash(`${fees.taxIncluded.label}: ${fees.taxIncluded.text}`));
    // The annual fee is still shown; the first-connection one-time fees are not charged again.
    expect(text).toContain('年額の料金');
    expect(text.match(/一時費用（税込\d+%）/g)).toHaveLength(1);
  });

  it('lists the missing inputs in Japanese instead of guessing them', async () => {
    const workspace = await loadFixture();
    const ho = workspace.services.find((s): s is HoService => s.kind === 'HO');
    if (!ho) throw new Error('fixture has no HO service');
    ho.area = null;
    workspace.provider.category = '1';
    workspace.provider.localGovernmentType = null;
    const result = await renderFixture(workspace, [SAMPLE_ATTACHMENTS], true);
    const text = await feeText(result.documents.find((d) => d.id === 'fee-estimate')?.pdf);
    expect(text).toContain(squash(`ホスティングサービス「${ho.name}」の料金はまだ試算できません。`));
    expect(text).toContain('「地方公共団体の種別（都道府県／市町村等）」');
    expect(text).toContain('「サービス提供地域」を入力すると試算できます。');
    expect(text).not.toContain('年額の料金');
  });
});
