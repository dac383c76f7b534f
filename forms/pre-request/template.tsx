/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 総合行政ネットワークASP登録及び接続に関する参加資格申込みの事前依頼: exactly the fields and wording of
 * the appendix form in 002_0f100134b4811c0f.txt (付録), for LGWAN connected bodies only (§5.1.1(1)).
 * The consent to the personal-information policy is the appendix's sentence (given in the app
 * before printing, pre-request.privacy-consent); the appendix has no box to tick for it.
 */
import { Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { Addressee, FieldText, Title, mm } from '../_kit/index.js';
import { formDate } from '../../src/shared/text/wareki.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { boundRows, FormDocument, FormTable, Note, Paragraph, SectionRow } from '../_parts/layout.js';
import { printedText } from '../../src/shared/documents/printed-fields.js';
import { definition } from './definition.js';

/**
 * The 項 as the form prints it: a number in full width (「第２項」), or the appendix's blank
 * (「第\u3000\u3000項」) to be written by hand while the field is empty.
 */
export function paragraphNumber(value: string): string {
  const digits = value.normalize('NFKC').trim();
  if (digits === '') return '\u3000\u3000';
  return digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

const POLICY = '「総合行政ネットワークASP接続/登録申込書等に記載された個人情報の取扱いについて」';

function PreRequest(context: TemplateContext): ReactElement {
  const { workspace } = context;
  const { procedure } = workspace;
  const row = boundRows(definition, context);
  const opening = definition.fields.find((f) => f.part === 'head' && f.path === 'provider.name');
  return (
    <FormDocument context={context}>
      <Text
        style={{ textAlign: 'right', marginBottom: mm(5) }}
      >{`依頼日\u3000${formDate(context.date)}`}</Text>
      <Addressee />
      <View style={{ flexDirection: 'row', marginLeft: mm(62), marginBottom: mm(2) }}>
        <View style={{ width: mm(100) }}>
          <FieldText
            field={opening?.label ?? ''}
            text={opening ? printedText(opening, workspace) : ''}
            widthMm={opening?.box?.widthMm ?? 100}
            maxLines={opening?.box?.maxLines ?? 2}
          />
        </View>
      </View>
      <Title>{context.title}</Title>
      <Paragraph>
        {`総合行政ネットワークASP登録及び接続を行いたいため、総合行政ネットワークASP基本要綱第4条第${paragraphNumber(procedure.preRequestParagraph)}項に基づき、次のとおり、参加資格申込みの事前依頼をさせていただきます。`}
      </Paragraph>
      <FormTable>
        <SectionRow>参加資格申込みの事前依頼者情報</SectionRow>
        {row('contacts.person.department')}
        {row('contacts.person.name')}
        {row('contacts.person.phone')}
        {row('contacts.person.emailInternet')}
        {row('contacts.person.emailLgwan')}
        {row('provider.url')}
      </FormTable>
      <Note>※参加資格申込みの事前依頼は、LGWAN接続団体に限定させていただきます。</Note>
      <View style={{ marginTop: mm(4) }}>
        <Paragraph sizePt={9}>
          参加資格申込みの事前依頼ありがとうございます。事前依頼を受理しましたら、事前依頼者にユーザーIDを電子メールで送付しますので、「総合行政ネットワークASP登録及び接続に関する参加資格」の審査申請をお願いします。なお、審査完了までに2か月程度必要となりますので、あらかじめ承知おきください。
        </Paragraph>
        <Paragraph sizePt={9}>{`記入された個人情報は、${POLICY}のとおりに取り扱います。`}</Paragraph>
        <Paragraph sizePt={9}>{`事前依頼を申請する場合は、${POLICY}に同意の上お願いします。`}</Paragraph>
        <Text style={{ fontSize: 9, marginTop: mm(2), marginBottom: mm(1) }}>＜ログインまでの流れ＞</Text>
        <Paragraph indent={false} sizePt={9}>
          ①登録のメールアドレスにユーザーIDが届いたら、ログイン画面からワンタイムパスワードの発行をお願いします。
        </Paragraph>
        <Paragraph indent={false} sizePt={9}>
          ②登録のメールアドレスにワンタイムパスワードが届いたら、ユーザーIDとワンタイムパスワードを入力し、ログインをお願いします。
        </Paragraph>
        <Paragraph indent={false} sizePt={9}>
          ③ワンタイムパスワードの有効時間は、発行から60分となりますので、有効時間内にログインをお願いします。有効時間内にログインをしない場合は、ワンタイムパスワードは無効となりますので、もう一度ワンタイムパスワードの発行をお願いします。なお、ログイン後にログアウトまたはASPポータルの利用が一定時間ない場合はログアウトされますので、もう一度ワンタイムパスワードを発行のうえ、ログインをお願いします。
        </Paragraph>
      </View>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => PreRequest(context);
