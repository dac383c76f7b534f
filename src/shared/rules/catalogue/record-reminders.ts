/**
 * Reminders that come from the filing record: what J-LIS has on file ages. A facility's public
 * certification (ISMS etc.) that J-LIS holds a copy of runs out (001 G-1-1-10: 公的認証等の取得及び
 * 写しの提出), and a change after the procedure is notified (002 §5.1.1(1)).
 */
import { onFile } from '../../lifecycle/on-file.js';
import { formatWareki } from '../../text/wareki.js';
import { addDays, daysBetween } from '../../schedule/dates.js';
import { S001, S002 } from '../sources.js';
import type { Rule } from '../types.js';

/**
 * How long ahead the renewed copy is asked for: the app's choice (the sources set no deadline),
 * long enough for a certification body's renewal audit report to arrive and be mailed.
 */
export const RENEWAL_NOTICE_DAYS = 60;

/** 001 G-1-1-10, 002 §5.1.1(1): a registered facility's certification nears its expiry. */
export const certificationRenewal: Rule = {
  id: 'fa.certification-renewal',
  severity: 'warning',
  source: `${S001} G-1-1-10（ファシリティに関する公的認証等の取得及び写しの提出）、${S002} §5.1.1(1)`,
  title: '登録済みファシリティの公的認証の更新',
  check(ctx, report) {
    const filed = onFile(ctx.ws);
    const soon = addDays(ctx.today, RENEWAL_NOTICE_DAYS);
    for (const fa of ctx.ofKind('FA')) {
      if (fa.status !== 'registered') continue;
      const accepted = filed.find((e) => e.documentId === 'facility-registration' && e.serviceId === fa.id);
      fa.certifications.forEach((c, i) => {
        if (c.validUntil === '' || c.validUntil > soon) return;
        const name = `「${fa.name || 'ファシリティサービス'}」の認証「${c.name || `${i + 1}件目`}」`;
        const left = daysBetween(ctx.today, c.validUntil);
        const when =
          left < 0
            ? `の有効期限（${formatWareki(c.validUntil)}）が過ぎています`
            : `の有効期限（${formatWareki(c.validUntil)}）まで残り${left}日です`;
        report({
          message: `${name}${when}。更新後の認証の写しをJ-LISに送付してください。更新後の有効期限を入力し、写しを差し替えると、ファシリティサービス登録申込書（変更）として届け出る書類に加わります${accepted ? '' : '（受理の記録がないため、登録時の内容と比べられません）'}。`,
          paths: [`services.${fa.id}.certifications.${i}.validUntil`],
          // The 変更 form is in the packet only once the renewed date is entered.
          documents: ctx.needs('facility-registration', fa.id) ? ['facility-registration'] : [],
        });
      });
    }
  },
};

export const RECORD_REMINDER_RULES: Rule[] = [certificationRenewal];
