/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASP登録及び接続申込等における代表者権限の委任状: needed when the applicant named on
 * the forms does not hold the representative's authority (002_0f100134b4811c0f.txt §5.1.1(1)).
 * 委任者 = the representative, 受任者 = the applicant.
 */
import type { ReactElement } from 'react';
import { Addressee, DateLine, KiMark, PartyBlock, REPRESENTATIVE_LABEL, Title } from '../_kit/index.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { addressLine, nameWithKana, titleAndName, warekiOrBlank } from '../_parts/format.js';
import { FormDocument, FormTable, GroupRows, Note, Paragraph, SubItem, TextItem } from '../_parts/layout.js';

function Delegation(context: TemplateContext): ReactElement {
  const { provider, applicant } = context.workspace;
  const delegate = applicant.person;
  return (
    <FormDocument context={context}>
      <DateLine date={applicant.delegation.date || context.date} />
      <Addressee />
      <PartyBlock
        heading="（委任者）"
        lines={[
          { label: '所在地', value: addressLine(provider.address), field: '委任者の所在地' },
          { label: '名称', value: provider.name, field: '委任者の名称' },
          {
            label: REPRESENTATIVE_LABEL,
            value: titleAndName(provider.representative),
            field: '委任者の代表者役職・氏名',
          },
        ]}
        seal={applicant.sealBox}
      />
      <Title>{context.title}</Title>
      <Paragraph>
        私は、次の者を代理人と定め、総合行政ネットワークASP登録及び接続申込等に関する下記の権限を委任します。
      </Paragraph>
      <KiMark />
      <FormTable>
        <GroupRows label="受任者">
          <SubItem label="所在地" field="受任者の所在地" value={addressLine(provider.address)} lines={2} />
          <SubItem label="所属部署" field="受任者の所属部署" value={delegate.department} />
          <SubItem label="役職" field="受任者の役職" value={delegate.title} />
          <SubItem label="氏名（フリガナ）" field="受任者の氏名" value={nameWithKana(delegate)} />
        </GroupRows>
        <TextItem label="委任事項" value={applicant.delegation.matters} lines={6} />
        <TextItem label="委任日" value={warekiOrBlank(applicant.delegation.date)} />
      </FormTable>
      <Note>
        ※申込者を代表者権限を有しない者の名義とする場合に、申込書に添えて提出します（ASPガイドライン5.1.1(1)）。
      </Note>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => Delegation(context);
