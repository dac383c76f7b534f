/** @jsxRuntime automatic @jsxImportSource react */
/**
 * 宛名ラベル: the address to paste on (or copy onto) the envelope, with the sender below. The J-LIS
 * address is configurable; the default recipient is the ASP desk of 002_0f100134b4811c0f.txt 表5-1 注1 at the
 * 機構's address as 003_c83b372f8914a9fb.txt gives it for another desk (〒102-8419 東京都千代田区一番町25番地).
 */
import { Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { CONTENT_WIDTH_MM, FieldText, SANS_FAMILY, mm } from '../_kit/index.js';
import { BODY_SIZE_PT } from '../_kit/theme.js';
import type { FormTemplate, TemplateContext } from '../_parts/context.js';
import { bindingAt, printedText } from '../../src/shared/documents/printed-fields.js';
import { definition } from './definition.js';
import { FormDocument, Note } from '../_parts/layout.js';

/** The sender's lines, as the definition binds them (text and box). */
const SENDER = ['provider.address', 'provider.name', 'contacts.person.name'] as const;

const LABEL_MM = 150;
const INNER_MM = LABEL_MM - 16;

function MailingLabel(context: TemplateContext): ReactElement {
  const { mailing } = context.workspace;
  const [organisation, ...rest] = mailing.recipient.split(/\s+/);
  return (
    <FormDocument context={context}>
      <Text style={{ fontSize: 9, color: '#555555', marginBottom: mm(2) }}>
        {`${context.title}（点線に沿って切り取り、封筒に貼り付けてください）`}
      </Text>
      <View
        style={{
          width: mm(LABEL_MM),
          marginLeft: mm((CONTENT_WIDTH_MM - LABEL_MM) / 2),
          borderWidth: 0.75,
          borderStyle: 'dashed',
          borderColor: '#666666',
          padding: mm(8),
          fontFamily: SANS_FAMILY,
        }}
      >
        <Text style={{ fontSize: 16, marginBottom: mm(2) }}>{`〒${mailing.postalCode}`}</Text>
        <FieldText
          field="宛先住所"
          text={mailing.address}
          widthMm={INNER_MM}
          maxLines={2}
          fontSizePt={15}
          gothic
        />
        <View style={{ marginTop: mm(6) }}>
          <FieldText
            field="宛先"
            text={organisation ?? ''}
            widthMm={INNER_MM}
            maxLines={2}
            fontSizePt={17}
            gothic
          />
          <FieldText
            field="宛先部署"
            text={`${rest.join('\u3000')}\u3000御中`}
            widthMm={INNER_MM}
            maxLines={2}
            fontSizePt={17}
            gothic
            align="right"
          />
        </View>
        <View style={{ marginTop: mm(8), flexDirection: 'row', justifyContent: 'flex-end' }}>
          <View
            style={{
              borderWidth: 1.5,
              borderColor: '#c00000',
              paddingHorizontal: mm(3),
              paddingVertical: mm(1),
            }}
          >
            <Text style={{ color: '#c00000', fontSize: 13, fontWeight: 700 }}>LGWAN-ASP申込書類在中</Text>
          </View>
        </View>
      </View>
      <View
        style={{
          width: mm(LABEL_MM),
          marginLeft: mm((CONTENT_WIDTH_MM - LABEL_MM) / 2),
          marginTop: mm(12),
          borderWidth: 0.75,
          borderStyle: 'dashed',
          borderColor: '#666666',
          padding: mm(6),
        }}
      >
        <Text style={{ fontSize: 9, marginBottom: mm(1) }}>（差出人）</Text>
        {SENDER.map((path) => {
          const field = bindingAt(definition, path);
          return (
            <FieldText
              key={path}
              field={field.label}
              text={printedText(field, context.workspace)}
              widthMm={field.box?.widthMm ?? INNER_MM + 4}
              maxLines={field.box?.maxLines ?? 2}
              fontSizePt={field.box?.fontSizePt ?? BODY_SIZE_PT}
            />
          );
        })}
      </View>
      <Note>※郵送の方法は、J-LISの案内に従ってください。書留など配達の記録が残る方法をおすすめします。</Note>
    </FormDocument>
  );
}

export const template: FormTemplate = (context) => MailingLabel(context);
