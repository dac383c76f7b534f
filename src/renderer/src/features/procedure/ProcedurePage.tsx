import { PARTICIPATION_MODES } from '../../../../shared/model/enums.js';
import { Block, Page, Pair } from '../../components/Page.js';
import {
  CheckField,
  DateField,
  SelectField,
  TextAreaField,
  TextField,
  YesNoField,
} from '../../fields/Fields.js';
import { REQ } from '../../help/requirements.js';
import { useEditorState } from '../../state/WorkspaceContext.js';
import { ParticipationStatus } from '../record/ParticipationStatus.js';
import { printedLabel } from '../record/labels.js';

/** Where the provider stands in the procedure (002 table 5-1), and the 宛名 of the envelope. */
export const ProcedurePage = () => {
  const mode = useEditorState((s) => s.workspace.procedure.participationMode);
  const category = useEditorState((s) => s.workspace.provider.category);
  const connectedBody = useEditorState((s) => s.workspace.provider.connectedBody);
  const accepted = useEditorState((s) => s.workspace.procedure.participationAccepted);
  // 変更届出 also when computed from the record (changes since J-LIS accepted the review).
  const reviewMode = useEditorState(
    (s) => s.check.requiredDocuments.find((d) => d.id === 'participation-review')?.mode,
  );
  return (
    <Page title="手続きの状況・宛先" intro="どの段階の申込みかで、必要な書類が変わります。">
      <Block legend="参加資格審査申込書">
        <SelectField
          path="procedure.participationMode"
          label="申込みの種類"
          options={PARTICIPATION_MODES}
          nullable={false}
        />
        {(mode === 'change' || reviewMode === 'change') && (
          <>
            <DateField
              path="procedure.changeDate"
              label={printedLabel('participation-review', 'procedure.changeDate')}
              required
            />
            <TextAreaField
              path="procedure.changeReason"
              label={printedLabel('participation-review', 'procedure.changeReason')}
              required={mode !== 'change'}
              rows={2}
            />
            <TextAreaField
              path="procedure.changeSummary"
              label={printedLabel('participation-review', 'procedure.changeSummary')}
              description={
                reviewMode === 'change' && mode !== 'change'
                  ? '変更前・変更後の表は「提出後の変更」から自動で作られます。補足があれば書いてください'
                  : undefined
              }
              required={mode === 'change'}
            />
          </>
        )}
        {mode === 'cancel' && (
          <>
            <TextAreaField path="procedure.cancelReason" label="解除の理由" required />
            <DateField path="procedure.cancelDate" label="解除希望日" required />
          </>
        )}
        <ParticipationStatus />
        {accepted && (
          <CheckField
            path="procedure.nonpublicDisclosed"
            label="非公開文書（接続技術仕様書・接続手引書・ルータ調達仕様書）を受け取った"
          />
        )}
        {category === '7' && (
          <CheckField
            path="procedure.certificationGranted"
            label="参加資格認定を受けている"
            requirement={REQ.category}
          />
        )}
        <DateField
          path="procedure.documentDate"
          label="書類の日付"
          description="空欄なら印刷した日の日付になります"
        />
      </Block>
      {connectedBody === true && (
        <Block legend="事前依頼">
          <YesNoField
            path="procedure.privacyConsent"
            label="個人情報の取扱いに同意する"
            yes="同意する"
            no="同意しない"
            requirement={REQ.connectedBody}
          />
          <TextField
            path="procedure.preRequestParagraph"
            label="依頼文の「ASP基本要綱第4条第_項」の項番号"
            description="空欄なら「第　　項」のまま印刷され、手書きで記入できます"
            inputMode="numeric"
          />
        </Block>
      )}
      <Block legend="郵送先（宛名ラベル）">
        <Pair>
          <TextField path="mailing.postalCode" label="郵送先の郵便番号" />
          <TextField path="mailing.address" label="郵送先の住所" />
        </Pair>
        <TextField path="mailing.recipient" label="郵送先の宛名" />
      </Block>
    </Page>
  );
};
