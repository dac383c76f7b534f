import { Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  ADMIN_FIELDS,
  BandwidthSchema,
  CONNECTION_PATTERNS,
  FACILITY_AREAS,
  REMOTE_ACCESS_REQUIREMENTS,
  SERVICE_AREAS,
  ROUTER_OWNERSHIPS,
} from '../../../../shared/model/enums.js';
import type { ApService, CaService, FaService, HoService } from '../../../../shared/model/services.js';
import { serviceName } from '../../../../shared/documents/format.js';
import { printedLabel } from '../../../../shared/documents/labels.js';
import { Block, Pair } from '../../components/Page.js';
import {
  CheckField,
  DateField,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
  YesNoField,
} from '../../fields/Fields.js';
import { describe } from '../../help/Requirement.js';
import { PREFECTURE_OPTIONS } from '../../help/prefectures.js';
import { REQ } from '../../help/requirements.js';
import { useEditor, useEditorState } from '../../state/WorkspaceContext.js';
import { ListEditor } from './ListEditor.js';
import { ServiceRefField } from './ServiceRefField.js';

const BANDWIDTHS = Object.fromEntries(
  BandwidthSchema.options.map((b) => [b, b === '1G' ? '1Gbps以下' : `${b.replace('M', '')}Mbps以下`]),
);

const Protocols = ({ path }: { path: string }) => (
  <ListEditor
    path={path}
    label="HTTP(80)・HTTPS(443)以外に使うプロトコル"
    empty="なし（HTTP・HTTPSのみ）"
    addLabel="プロトコルを追加"
    blank={{ protocol: '', port: '', purpose: '' }}
    row={(row) => (
      <SimpleGrid cols={3} spacing="xs">
        <TextField path={`${row}.protocol`} label="プロトコル" />
        <TextField path={`${row}.port`} label="ポート番号" />
        <TextField path={`${row}.purpose`} label="用途" />
      </SimpleGrid>
    )}
  />
);

export const ApEditor = ({ service }: { service: ApService }) => {
  const { set } = useEditor();
  const p = `services.${service.id}`;
  return (
    <>
      <Block legend="提供内容">
        <Stack gap={4} data-path={`${p}.adminFields`}>
          <Text size="sm" fw={500}>
            行政事務分野（該当するものすべて）
          </Text>
          <Checkbox.Group
            value={service.adminFields}
            onChange={(v) => set(`${p}.adminFields`, v)}
            aria-label="行政事務分野"
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing={6}>
              {Object.entries(ADMIN_FIELDS).map(([code, name]) => (
                <Checkbox key={code} value={code} label={`${code} ${name}`} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Stack>
        <DateField path={`${p}.desiredStartDate`} label="提供開始希望日" />
      </Block>
      <Block legend="ホスティング">
        <ServiceRefField
          path={`${p}.hosting`}
          kind="HO"
          label="利用するホスティングサービス"
          requirement={REQ.hoServices}
        />
      </Block>
      <Block legend="通信とデータの流れ">
        <Text size="sm">{describe(undefined, REQ.protocols)}</Text>
        <Protocols path={`${p}.extraProtocols`} />
        <YesNoField path={`${p}.usesLgpki`} label="LGPKIの証明書を利用しますか" />
        <YesNoField
          path={`${p}.runsOnPublicCloud`}
          label="ファシリティサービス以外（パブリッククラウド等）で動かしますか"
          requirement={REQ.publicCloud}
        />
        <YesNoField
          path={`${p}.externalDataFlows`}
          label="外部ネットワークへデータを送信しますか"
          requirement={REQ.externalFlows}
        />
        {service.externalDataFlows === true && (
          <TextAreaField
            path={`${p}.externalDataFlowsDescription`}
            label="送信するデータと送信先の説明"
            required
          />
        )}
      </Block>
      <Block legend="リモートアクセス">
        <YesNoField
          path={`${p}.remoteAccess`}
          label="庁外端末からLGWAN接続系端末へのリモートアクセスを提供しますか"
          requirement={REQ.remoteAccess}
        />
        {service.remoteAccess === true && (
          <Stack gap={6} data-path={`${p}.remoteAccessRequirements`}>
            <Text size="sm" fw={500}>
              必須要件（すべて満たす必要があります）
            </Text>
            {Object.entries(REMOTE_ACCESS_REQUIREMENTS).map(([key, label]) => (
              <CheckField key={key} path={`${p}.remoteAccessRequirements.${key}`} label={label} />
            ))}
          </Stack>
        )}
      </Block>
      <Block legend="利用者向け資料・公開">
        <Pair>
          <YesNoField path={`${p}.termsReady`} label="利用約款を用意していますか" requirement={REQ.terms} />
          <YesNoField path={`${p}.manualReady`} label="利用手引書を用意していますか" />
        </Pair>
        <YesNoField
          path={`${p}.publishConsent`}
          label="サービスリストへの掲載に同意しますか"
          yes="同意する"
          no="同意しない"
        />
      </Block>
    </>
  );
};

export const HoEditor = ({ service }: { service: HoService }) => {
  const { set } = useEditor();
  const aps = useEditorState(
    (s) => s.workspace.services.filter((x) => x.kind === 'AP').map((x) => ({ id: x.id, name: x.name })),
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
  );
  const p = `services.${service.id}`;
  return (
    <>
      <Block legend="接続形態">
        <SelectField
          path={`${p}.pattern`}
          label="接続パターン"
          options={CONNECTION_PATTERNS}
          requirement={REQ.hoPattern}
          required
        />
        <Pair>
          <SelectField path={`${p}.area`} label="サービス提供範囲" options={SERVICE_AREAS} required />
          {service.area === 'single' && (
            <SelectField
              path={`${p}.areaPrefecture`}
              label="提供する都道府県"
              options={PREFECTURE_OPTIONS}
              required
            />
          )}
        </Pair>
        <Pair>
          <SelectField path={`${p}.bandwidth`} label="帯域" options={BANDWIDTHS} required />
          <SelectField
            path={`${p}.routerOwnership`}
            label="LGWAN接続ルータ"
            options={ROUTER_OWNERSHIPS}
            nullable={false}
          />
        </Pair>
        <Pair>
          <SelectField
            path={`${p}.routerCount`}
            label="ルータの台数"
            options={{ '1': '1台', '2': '2台（二重化）' }}
            nullable={false}
            parse={Number}
          />
          {service.routerCount === 2 && (
            <SelectField
              path={`${p}.standby`}
              label="待機方式"
              options={{ hot: 'ホットスタンバイ', cold: 'コールドスタンバイ' }}
            />
          )}
        </Pair>
      </Block>
      <Block legend="利用するファシリティ・通信サービス">
        <ServiceRefField
          path={`${p}.facility`}
          kind="FA"
          label="ファシリティサービス"
          requirement={REQ.hoServices}
        />
        <CheckField
          path={`${p}.sameFacilityLan`}
          label="ASP提供機器をLGWAN接続ルータと同一施設内に設置し、LANで接続する（通信サービスを利用しない）"
        />
        {!service.sameFacilityLan && (
          <ServiceRefField path={`${p}.communication`} kind="CA" label="通信サービス" />
        )}
      </Block>
      <Block legend="ホスティングするアプリケーション">
        <Stack gap={6} data-path={`${p}.hostedApIds`}>
          {aps.length === 0 ? (
            <Text size="sm" c="orange.8">
              アプリケーション及びコンテンツサービスがまだありません。左の「サービスを追加」で追加してください。
            </Text>
          ) : (
            aps.map((ap) => (
              <Checkbox
                key={ap.id}
                label={serviceName({ name: ap.name, kind: 'AP' })}
                checked={service.hostedApIds.includes(ap.id)}
                onChange={(e) =>
                  set(
                    `${p}.hostedApIds`,
                    e.currentTarget.checked
                      ? [...service.hostedApIds, ap.id]
                      : service.hostedApIds.filter((id) => id !== ap.id),
                  )
                }
              />
            ))
          )}
        </Stack>
      </Block>
      <Block legend="ネットワーク">
        <Pair>
          <NumberField path={`${p}.ipAddressCount`} label="必要なIPアドレス数" />
          <NumberField path={`${p}.certificateCount`} label="アプリケーション証明書の枚数" />
        </Pair>
        <TextAreaField path={`${p}.serverAddresses`} label="サーバのアドレス・構成" rows={2} />
        <Protocols path={`${p}.extraProtocols`} />
        <YesNoField path={`${p}.tunnelling`} label="トンネリングを使いますか" />
        {service.tunnelling === true && (
          <TextAreaField path={`${p}.tunnellingDescription`} label="トンネリングの内容" required />
        )}
        <YesNoField
          path={`${p}.firewallAttested`}
          label="ファイアウォールを設置していますか"
          yes="設置している"
          no="設置していない"
        />
        <YesNoField
          path={`${p}.noIpReachabilityAttested`}
          label="外部ネットワークからLGWANへのIPリーチャビリティはありませんか"
          yes="ない（確認済み）"
          no="ある"
        />
        <DateField path={`${p}.desiredConnectionDate`} label="接続希望日" required />
      </Block>
      <Block legend="接続作業の日程調整（接続申込の受理後）">
        <CheckField path={`${p}.connectionAccepted`} label="接続申込が受理された" />
        {service.connectionAccepted && (
          <>
            <Group grow align="flex-start">
              <DateField path={`${p}.schedule.workDate`} label="作業日" />
              <DateField path={`${p}.schedule.deliveryDate`} label="機器搬入日" />
              <DateField path={`${p}.schedule.testDate`} label="接続試験日" />
            </Group>
            <TextField path={`${p}.schedule.site`} label="作業場所" />
            <TextAreaField path={`${p}.schedule.notes`} label="備考" rows={2} />
          </>
        )}
      </Block>
      <Block legend="接続料金の減額">
        <CheckField
          path={`${p}.feeReduction.apply`}
          label="減額制度を申請する"
          requirement={REQ.feeReduction}
        />
        {service.feeReduction.apply && (
          <TextAreaField path={`${p}.feeReduction.pricingSummary`} label="料金体系の概要" required />
        )}
      </Block>
    </>
  );
};

export const FaEditor = ({ service }: { service: FaService }) => {
  const p = `services.${service.id}`;
  return (
    <>
      <Block legend="施設">
        <TextField path={`${p}.facilityName`} label="施設名称" required />
        <Pair>
          <TextField path={`${p}.address.postalCode`} label="施設の郵便番号" inputMode="numeric" />
          <SelectField
            path={`${p}.address.prefecture`}
            label="施設の都道府県"
            options={PREFECTURE_OPTIONS}
            required
          />
        </Pair>
        <TextField path={`${p}.address.rest`} label="施設の所在地（市区町村以下）" required />
        <YesNoField
          path={`${p}.inJapan`}
          label="日本国の法律が及ぶ範囲にありますか"
          requirement={REQ.faInJapan}
          required
        />
        <YesNoField
          path={`${p}.jlisMayEnter`}
          label="必要なときにJ-LISが入館できますか"
          requirement={REQ.faJlisEnter}
          required
        />
        <YesNoField
          path={`${p}.safetyStandardCompliant`}
          label="情報システム安全対策基準を満たしていますか"
          requirement={REQ.faSafety}
          required
        />
        <TextAreaField
          path={`${p}.entryControl`}
          label="入退室管理の方法"
          requirement={REQ.faEntry}
          required
        />
      </Block>
      <Block legend="ファシリティ環境の要件（写真と説明）">
        <Text size="sm">{describe(undefined, REQ.faPhotos)}</Text>
        {Object.entries(FACILITY_AREAS).map(([area, name]) => (
          <TextAreaField key={area} path={`${p}.areas.${area}`} label={`${name}の説明`} rows={2} />
        ))}
      </Block>
      <Block legend="取得している認証">
        <ListEditor
          path={`${p}.certifications`}
          label="認証（ISMS等）"
          empty="登録された認証はありません。認証がない場合は、要件ごとの写真と説明で示します。"
          addLabel="認証を追加"
          blank={{ name: '', number: '', validUntil: '' }}
          row={(row) => (
            <SimpleGrid cols={3} spacing="xs">
              <TextField path={`${row}.name`} label="認証の名称" />
              <TextField path={`${row}.number`} label="登録番号" />
              <DateField path={`${row}.validUntil`} label="有効期限" />
            </SimpleGrid>
          )}
        />
      </Block>
    </>
  );
};

export const CaEditor = ({ service }: { service: CaService }) => {
  const p = `services.${service.id}`;
  return (
    <Block legend="通信サービスの内容">
      <TextField
        path={`${p}.carrierRegistration`}
        label="電気通信事業者の登録番号・届出番号"
        requirement={REQ.caCarrier}
        required
      />
      <TextAreaField path={`${p}.lineTypes`} label="回線の種類" rows={2} required />
      <Pair>
        <TextField path={`${p}.bandwidths`} label="提供する帯域" required />
        <TextField
          path={`${p}.regions`}
          label={printedLabel('communication-registration', 'services.*.regions')}
          required
        />
      </Pair>
    </Block>
  );
};
