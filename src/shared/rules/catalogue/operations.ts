import { S002 } from '../sources.js';
import type { Rule } from '../types.js';
import { isBlank } from '../values.js';

/** 002 §4.4(3): a 運用責任者 for quick coordination with J-LIS and the users. */
export const operationsManager: Rule = {
  id: 'ops.manager',
  severity: 'error',
  source: `${S002} §4.4(3)`,
  title: '運用責任者',
  check(ctx, report) {
    const m = ctx.ws.contacts.operationsManager;
    const documents = ctx.usedBy('contacts.operationsManager.name');
    if (documents.length === 0) return;
    const missing: [string, string][] = [];
    if (isBlank(m.name)) missing.push(['contacts.operationsManager.name', '氏名']);
    if (isBlank(m.phone)) missing.push(['contacts.operationsManager.phone', '電話番号']);
    if (isBlank(m.emailInternet))
      missing.push(['contacts.operationsManager.emailInternet', 'E-mail(Internet)']);
    if (missing.length === 0) return;
    report({
      message: `運用責任者（LGWAN側・利用者側との連絡調整を行う人）の${missing.map(([, l]) => l).join('・')}を入力してください。`,
      paths: missing.map(([p]) => p),
      documents,
    });
  },
};

/** 002 §4.4(1)(2): a regular and an emergency route, the emergency one reachable at night and on holidays. */
export const contactRoutes: Rule = {
  id: 'ops.routes',
  severity: 'error',
  source: `${S002} §4.4(1)(2)`,
  title: '定常連絡ルート・緊急連絡ルート（深夜休日を含む）',
  check(ctx, report) {
    const { regularRoute, emergencyRoute } = ctx.ws.contacts;
    const documents = ctx.usedBy('contacts.regularRoute.contact');
    if (documents.length > 0) {
      const missing: [string, string][] = [];
      if (isBlank(regularRoute.contact.name))
        missing.push(['contacts.regularRoute.contact.name', '担当者名']);
      if (isBlank(regularRoute.contact.phone) && isBlank(regularRoute.contact.emailInternet))
        missing.push(['contacts.regularRoute.contact.phone', '電話番号又はE-mail']);
      if (isBlank(regularRoute.hours)) missing.push(['contacts.regularRoute.hours', '対応時間']);
      if (missing.length > 0)
        report({
          message: `定常連絡ルート（運営主体との定常的な連絡先）の${missing.map(([, l]) => l).join('・')}を入力してください。`,
          paths: missing.map(([p]) => p),
          documents,
        });
    }
    const emergencyDocs = ctx.usedBy('contacts.emergencyRoute.contact');
    if (emergencyDocs.length > 0) {
      const missing: [string, string][] = [];
      if (isBlank(emergencyRoute.contact.name))
        missing.push(['contacts.emergencyRoute.contact.name', '担当者名']);
      if (isBlank(emergencyRoute.contact.phone))
        missing.push(['contacts.emergencyRoute.contact.phone', '電話番号']);
      if (isBlank(emergencyRoute.hours)) missing.push(['contacts.emergencyRoute.hours', '対応時間']);
      if (isBlank(emergencyRoute.outOfHoursPhone))
        missing.push(['contacts.emergencyRoute.outOfHoursPhone', '深夜・休日の連絡先']);
      if (missing.length > 0)
        report({
          message: `緊急連絡ルート（障害発生時等の連絡先）の${missing.map(([, l]) => l).join('・')}を入力してください。深刻な障害では深夜休日の対応が必要です。`,
          paths: missing.map(([p]) => p),
          documents: emergencyDocs,
        });
    }
  },
};

export const OPERATIONS_RULES: Rule[] = [operationsManager, contactRoutes];
