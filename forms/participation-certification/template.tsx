/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASP接続に関する参加資格認定申込書: only for bodies outside categories ①–⑥,
 * before the participation review (002_0f100134b4811c0f.txt table 5-1 (0) and note 1).
 */
import type { ReactElement } from 'react';
import { PROVIDER_CATEGORIES } from '../../src/shared/model/index.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { addressLine, kindLabel, nameWithKana, phoneAndFax, serviceLabel } from '../_parts/format.js';
import {
  ContactRows,
  FormDocument,
  FormHead,
  FormTable,
  GroupRows,
  Note,
  SubItem,
  TextItem,
} from '../_parts/layout.js';

function ParticipationCertification(context: TemplateContext): ReactElement {
  const { provider, contacts, services } = context.workspace;
  return (
    <FormDocument context={context}>
      <FormHead
        context={context}
        lead="総合行政ネットワークASPの登録及び接続を行いたいので、総合行政ネットワークASP接続に関する参加資格の認定を、次のとおり申し込みます。"
      />
      <FormTable>
        <TextItem label="団体の名称" value={provider.name} />
        <TextItem label="フリガナ" value={provider.nameKana} field="団体の名称のフリガナ" />
        <TextItem
          label="団体の区分"
          value={provider.category ? PROVIDER_CATEGORIES[provider.category] : ''}
        />
        <TextItem label="法人番号" value={provider.corporateNumber} />
        <TextItem label="所在地" value={addressLine(provider.address)} lines={2} field="団体の所在地" />
        <GroupRows label="代表者">
          <SubItem label="役職" field="代表者の役職" value={provider.representative.title} />
          <SubItem
            label="氏名（フリガナ）"
            field="代表者の氏名"
            value={nameWithKana(provider.representative)}
          />
        </GroupRows>
        <TextItem label="電話番号・FAX" value={phoneAndFax(provider)} />
        <TextItem label="URL" value={provider.url} lines={2} />
        <TextItem label="団体の目的・事業内容" value={provider.businessSummary} lines={6} field="事業内容" />
        <TextItem
          label="提供を予定するサービス"
          value={services.map((s) => `${kindLabel(s.kind)}: ${serviceLabel(s)}`).join('\n')}
          lines={Math.max(2, services.length)}
        />
        <ContactRows label="担当者" contact={contacts.person} />
      </FormTable>
      <Note>
        ※本申込みは、ASPガイドライン3.2.2(1)の①～⑥に該当しない団体のみ必要です（ASPガイドライン表5-1注1）。
      </Note>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => ParticipationCertification(context);
