import { Alert } from '@mantine/core';
import { Block, Page, Pair } from '../../components/Page.js';
import { CheckField, DateField, TextAreaField, TextField, YesNoField } from '../../fields/Fields.js';
import { REQ } from '../../help/requirements.js';
import { useEditorState } from '../../state/WorkspaceContext.js';

/** 申込者: the representative, or someone else with a 委任状 (002 §5.1.1(1)). */
export const ApplicantPage = () => {
  const delegated = useEditorState((s) => !s.workspace.applicant.isRepresentative);
  const representative = useEditorState((s) => s.workspace.provider.representative.name);
  return (
    <Page
      title="申込者・委任"
      intro="申込書の名義人です。代表者以外の名義で申し込む場合は委任状を作成します。"
    >
      <Block legend="申込者">
        <YesNoField
          path="applicant.isRepresentative"
          label="申込書の名義"
          yes="代表者本人"
          no="代表者以外の者（委任状を添付）"
          requirement={REQ.delegation}
        />
        <CheckField path="applicant.sealBox" label="申込者欄に印の枠を印刷する" />
      </Block>
      {delegated && (
        <>
          <Alert color="blue" variant="light" title="委任状を作成します">
            委任者は代表者（{representative || '代表者氏名が未入力'}
            ）、受任者は下の申込者です。
          </Alert>
          <Block legend="受任者（申込者）">
            <Pair>
              <TextField path="applicant.person.department" label="申込者の部署" />
              <TextField path="applicant.person.title" label="申込者の役職" required />
            </Pair>
            <Pair>
              <TextField path="applicant.person.name" label="申込者の氏名" required />
              <TextField
                path="applicant.person.nameKana"
                label="申込者のフリガナ"
                description="全角カタカナ"
              />
            </Pair>
          </Block>
          <Block legend="委任の内容">
            <TextAreaField
              path="applicant.delegation.matters"
              label="委任事項"
              description="例: 総合行政ネットワークASP登録及び接続申込等に関する一切の権限"
              required
            />
            <DateField path="applicant.delegation.date" label="委任日" required />
          </Block>
        </>
      )}
    </Page>
  );
};
