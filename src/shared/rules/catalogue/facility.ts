import { serviceName } from '../../documents/format.js';
import { FACILITY_AREAS, type FacilityArea } from '../../model/index.js';
import { isPrefecture } from '../../validation/prefecture.js';
import { S001, S002 } from '../sources.js';
import type { Rule } from '../types.js';

const FA_FORM = 'facility-registration' as const;
const CONDITIONS = `${S001} ファシリティサービスについて 主な提供条件`;

/** 002 §5.1.1(2): the FA application shows its content with photos, one set per requirement area. */
export const facilityPhotos: Rule = {
  id: 'fa.photos',
  severity: 'error',
  source: `${S002} §5.1.1(2)、${S001} ファシリティ環境としての主な要件`,
  title: 'ファシリティの写真（設置環境・電源設備・空気調和設備・監視設備・地震対策）',
  check(ctx, report) {
    for (const fa of ctx.ofKind('FA')) {
      if (!ctx.needs(FA_FORM, fa.id)) continue;
      const missing = (Object.keys(FACILITY_AREAS) as FacilityArea[]).filter(
        (area) => ctx.slotCount(fa.id, 'facility-photo', area) === 0,
      );
      if (missing.length === 0) continue;
      report({
        message: `「${serviceName(fa)}」の${missing.map((a) => FACILITY_AREAS[a]).join('・')}の写真を添付してください。登録申込書には提示内容を示す写真を添えます。`,
        paths: missing.map((a) => `attachments.slot.${fa.id}.facility-photo.${a}`),
        documents: [FA_FORM],
      });
    }
  },
};

/** 001: public certifications with their copy, or supplementary attachments instead. */
export const facilityCertification: Rule = {
  id: 'fa.certification',
  severity: 'error',
  source: `${S001} ファシリティサービス要件の確認（公的認証等の取得及び写しの提出、取得しない場合は別途添付書類を提出）`,
  title: '公的認証の写し、又は取得しない場合の別途添付書類',
  check(ctx, report) {
    for (const fa of ctx.ofKind('FA')) {
      if (!ctx.needs(FA_FORM, fa.id)) continue;
      const named = fa.certifications.filter((c) => c.name.trim() !== '');
      if (named.length > 0) {
        if (ctx.slotCount(fa.id, 'certification-copy') > 0) continue;
        report({
          message: `「${serviceName(fa)}」は認証（${named.map((c) => c.name).join('、')}）を記載しています。認証取得証明書の写しを添付してください。`,
          paths: [`attachments.slot.${fa.id}.certification-copy`],
          documents: [FA_FORM],
        });
      } else if (ctx.slotCount(fa.id, 'other') === 0 && ctx.slotCount(fa.id, 'certification-copy') === 0) {
        report({
          message: `「${serviceName(fa)}」に公的認証がありません。取得している認証を記載して写しを添付するか、取得していない場合は要件を満たすことを示す資料を「その他の資料」として添付してください。`,
          paths: [`services.${fa.id}.certifications`, `attachments.slot.${fa.id}.other`],
          documents: [FA_FORM],
        });
      }
    }
  },
};

export const facilityCertificationValid: Rule = {
  id: 'fa.certification-expired',
  severity: 'warning',
  source: `${S001} ファシリティサービス要件の確認`,
  title: '公的認証の有効期限',
  check(ctx, report) {
    for (const fa of ctx.ofKind('FA')) {
      if (!ctx.needs(FA_FORM, fa.id)) continue;
      fa.certifications.forEach((c, i) => {
        if (c.validUntil === '' || c.validUntil >= ctx.documentDate) return;
        report({
          message: `認証「${c.name || `${i + 1}件目`}」の有効期限（${c.validUntil}）が書類の日付より前です。更新後の証明書の写しと有効期限に差し替えてください。`,
          paths: [`services.${fa.id}.certifications.${i}.validUntil`],
          documents: [FA_FORM],
        });
      });
    }
  },
};

type YesNoField = 'inJapan' | 'jlisMayEnter' | 'safetyStandardCompliant';

const CONDITION_TEXT: Record<YesNoField, { label: string; no: string; source: string }> = {
  inJapan: {
    label: '日本国の法律が及ぶ範囲に設置されているか',
    no: 'ファシリティは日本国の法律が及ぶ範囲（国内）に設置されている必要があります。国外の施設はLGWAN-ASPファシリティサービスとして登録できません。',
    source: CONDITIONS,
  },
  jlisMayEnter: {
    label: '必要が生じた場合に運営主体（J-LIS）が入館できるか',
    no: '必要が生じた場合に運営主体（J-LIS）が入館できることが登録の条件です。入館できる体制を整えてから「できる」を選んでください。',
    source: `${CONDITIONS}、${S002} §4.4(4)`,
  },
  safetyStandardCompliant: {
    label: '「情報システム安全対策基準」を満たしているか',
    no: 'ファシリティは「情報システム安全対策基準」（平成9年通商産業省告示第536号）を満たす必要があります。満たしてから申し込んでください。',
    source: `${S002} §3.3.4(2)、${CONDITIONS}`,
  },
};

export const facilityConditions: Rule = {
  id: 'fa.conditions',
  severity: 'error',
  source: CONDITIONS,
  title: 'ファシリティの提供条件（国内設置・機構の入館・安全対策基準）',
  check(ctx, report) {
    for (const fa of ctx.ofKind('FA')) {
      if (!ctx.needs(FA_FORM, fa.id)) continue;
      for (const field of Object.keys(CONDITION_TEXT) as YesNoField[]) {
        const t = CONDITION_TEXT[field];
        const value = fa[field];
        if (value === true) continue;
        report({
          message: value === false ? t.no : `「${serviceName(fa)}」が${t.label}を選んでください。`,
          paths: [`services.${fa.id}.${field}`],
          documents: [FA_FORM],
          source: t.source,
        });
      }
    }
  },
};

export const facilityEntryControl: Rule = {
  id: 'fa.entry-control',
  severity: 'error',
  source: `${S002} §3.3.4(2)、${CONDITIONS}`,
  title: '入退室管理等の人的脅威への対策の記載',
  check(ctx, report) {
    for (const fa of ctx.ofKind('FA')) {
      if (!ctx.needs(FA_FORM, fa.id) || fa.entryControl.trim() !== '') continue;
      report({
        message: `「${serviceName(fa)}」の入退室管理（カード認証・監視カメラ・入館記録など人的脅威への対策）を記載してください。`,
        paths: [`services.${fa.id}.entryControl`],
        documents: [FA_FORM],
      });
    }
  },
};

export const facilityPrefecture: Rule = {
  id: 'fa.address-in-japan',
  severity: 'warning',
  source: CONDITIONS,
  title: 'ファシリティの所在地が国内の都道府県か',
  check(ctx, report) {
    for (const fa of ctx.ofKind('FA')) {
      const pref = fa.address.prefecture;
      if (!ctx.needs(FA_FORM, fa.id) || pref.trim() === '' || isPrefecture(pref)) continue;
      report({
        message: `施設の都道府県「${pref}」は国内の都道府県名ではありません。「東京都」「大阪府」のように都道府県名を入力してください（国外の施設は登録できません）。`,
        paths: [`services.${fa.id}.address.prefecture`],
        documents: [FA_FORM],
      });
    }
  },
};

export const FACILITY_RULES: Rule[] = [
  facilityConditions,
  facilityEntryControl,
  facilityPhotos,
  facilityCertification,
  facilityCertificationValid,
  facilityPrefecture,
];
