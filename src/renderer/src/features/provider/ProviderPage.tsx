import { PROVIDER_CATEGORIES } from '../../../../shared/model/enums.js';
import { Block, Page, Pair } from '../../components/Page.js';
import { SelectField, TextAreaField, TextField, YesNoField } from '../../fields/Fields.js';
import { PREFECTURE_OPTIONS } from '../../help/prefectures.js';
import { REQ } from '../../help/requirements.js';

const CATEGORY_OPTIONS = Object.fromEntries(
  Object.entries(PROVIDER_CATEGORIES).map(([k, v]) => [k, `${'①②③④⑤⑥⑦'[Number(k) - 1] ?? k} ${v}`]),
);

/** 提供者（申込団体）: printed in the applicant block of every form. */
export const ProviderPage = () => (
  <Page
    title="提供者（申込団体）"
    intro="すべての申込書の申込者欄に印字されます。登記・規約どおりに入力してください。"
  >
    <Block legend="案件">
      <TextField
        path="title"
        label="案件名"
        description="案件一覧に表示される名前です（書類には印刷されません）"
      />
    </Block>
    <Block legend="団体">
      <TextField path="provider.name" label="名称" description="法人の正式名称（登記どおり）" required />
      <TextField path="provider.nameKana" label="フリガナ" description="全角カタカナ" required />
      <Pair>
        <TextField
          path="provider.corporateNumber"
          label="法人番号"
          description="13桁（法人番号がない団体は空欄）"
          inputMode="numeric"
        />
        <SelectField
          path="provider.category"
          label="団体の区分"
          options={CATEGORY_OPTIONS}
          requirement={REQ.category}
          required
        />
      </Pair>
      <YesNoField
        path="provider.connectedBody"
        label="LGWANの接続団体ですか"
        description="地方公共団体・一部事務組合・広域連合などで、既にLGWANに接続している団体"
        requirement={REQ.connectedBody}
        required
      />
      <TextAreaField path="provider.businessSummary" label="事業内容" rows={2} />
    </Block>
    <Block legend="所在地">
      <Pair>
        <TextField
          path="provider.address.postalCode"
          label="郵便番号"
          placeholder="102-8419"
          inputMode="numeric"
          required
        />
        <SelectField
          path="provider.address.prefecture"
          label="都道府県"
          options={PREFECTURE_OPTIONS}
          required
        />
      </Pair>
      <TextField path="provider.address.rest" label="市区町村・番地・建物名" required />
    </Block>
    <Block legend="代表者">
      <Pair>
        <TextField path="provider.representative.title" label="代表者役職" required />
        <TextField path="provider.representative.name" label="代表者氏名" required />
      </Pair>
      <TextField path="provider.representative.nameKana" label="代表者フリガナ" description="全角カタカナ" />
    </Block>
    <Block legend="連絡先">
      <Pair>
        <TextField
          path="provider.phone"
          label="電話番号"
          placeholder="03-1234-5678"
          inputMode="tel"
          required
        />
        <TextField path="provider.fax" label="FAX番号" inputMode="tel" />
      </Pair>
      <TextField path="provider.url" label="URL" inputMode="url" placeholder="https://" />
    </Block>
  </Page>
);
