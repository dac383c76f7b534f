import { Alert, Card, Stack, Table, Text } from '@mantine/core';
import { buildFeeEstimateView, FeeInputError } from '../../../../shared/fees/index.js';
import { feeInputForHosting } from '../../../../shared/fees/from-workspace.js';
import { changeFeesForHosting } from '../../../../shared/fees/change-fees.js';
import { describeSource } from '../../../../shared/sources/seeds.js';
import type { HoService } from '../../../../shared/model/services.js';
import { Page } from '../../components/Page.js';
import { messageOf } from '../../state/errors.js';
import { useWorkspace } from '../../state/WorkspaceContext.js';
import { serviceLabel } from '../services/ServicePage.js';

const Rows = ({
  title,
  rows,
  total,
}: {
  title: string;
  rows: { id: string; label: string; basis: string; amountText: string; exemptionText?: string }[];
  total: string;
}) => (
  <Table withTableBorder striped>
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{title}</Table.Th>
        <Table.Th>算定の基礎</Table.Th>
        <Table.Th ta="right">金額（税抜）</Table.Th>
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      {rows.map((r) => (
        <Table.Tr key={r.id}>
          <Table.Td>{r.label}</Table.Td>
          <Table.Td>{r.exemptionText ?? r.basis}</Table.Td>
          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
            {r.amountText}
          </Table.Td>
        </Table.Tr>
      ))}
      <Table.Tr>
        <Table.Th colSpan={2}>合計</Table.Th>
        <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
          {total}
        </Table.Th>
      </Table.Tr>
    </Table.Tbody>
  </Table>
);

const Estimate = ({ ho }: { ho: HoService }) => {
  const { workspace } = useWorkspace();
  const input = feeInputForHosting(workspace, ho);
  if (!input.ok) {
    return (
      <Alert color="orange" title={serviceLabel(ho)}>
        試算には次の入力が必要です: {input.missing.map((m) => m.label).join('、')}
      </Alert>
    );
  }
  try {
    const view = buildFeeEstimateView(input.input);
    return (
      <Card withBorder padding="sm">
        <Stack gap="xs">
          <Text fw={600} className="wrap-anywhere">
            {serviceLabel(ho)}
          </Text>
          <Text size="sm">{view.conditions.map((c) => `${c.label}: ${c.value}`).join(' ／ ')}</Text>
          <Rows title="年額" rows={view.annual.rows} total={view.annual.totalText} />
          <Text size="sm">
            月額: {view.monthly.text}（{view.monthly.rule}）
          </Text>
          <Rows
            title={ho.status === 'planned' ? '初期費用' : '初期費用（新規接続時）'}
            rows={view.oneTime.rows}
            total={view.oneTime.totalText}
          />
          <Text size="xs" c="dimmed">
            {view.feeTable.title}（{view.feeTable.version}、
            {view.feeTable.sources.map(describeSource).join('・')}）
          </Text>
        </Stack>
      </Card>
    );
  } catch (error) {
    return (
      <Alert color="orange" title={serviceLabel(ho)}>
        {error instanceof FeeInputError
          ? `${error.message} サービスのページで入力してください。`
          : messageOf(error)}
      </Alert>
    );
  }
};

/**
 * The one-time fees a change of a registered hosting brings (001 接続料金 (1) 一時費用: LGWAN設定料
 * 「新規及び変更の都度」, IPアドレス発行料, プロトコル追加料), from the same fee table.
 */
const ChangeEstimate = ({ ho }: { ho: HoService }) => {
  const { workspace } = useWorkspace();
  let fees: ReturnType<typeof changeFeesForHosting>;
  try {
    fees = changeFeesForHosting(workspace, ho);
  } catch (error) {
    return (
      <Alert color="orange" title={`${serviceLabel(ho)}の変更に伴う一時費用`}>
        {error instanceof FeeInputError
          ? `${error.message} サービスのページで入力してください。`
          : messageOf(error)}
      </Alert>
    );
  }
  if (!fees || !fees.ok) return null;
  return (
    <Card withBorder padding="sm" data-testid="change-fees">
      <Stack gap="xs">
        <Text fw={600} className="wrap-anywhere">
          変更に伴う一時費用（{serviceLabel(ho)}）
        </Text>
        <Text size="sm">
          J-LISが受理した内容からの変更: {fees.counted.join('、')}
          。接続申込書（変更）を提出すると、次の一時費用がかかります。
        </Text>
        <Rows title="一時費用（変更）" rows={fees.rows} total={fees.totalText} />
      </Stack>
    </Card>
  );
};

/** LGWAN-ASP connection fees of each hosting service from the versioned fee table (001). */
export const FeesPage = () => {
  const { workspace } = useWorkspace();
  const hosting = workspace.services.filter((s): s is HoService => s.kind === 'HO');
  return (
    <Page title="料金試算" intro="ホスティングサービスの入力内容から、LGWAN-ASP接続料金を試算します。">
      {hosting.length === 0 ? (
        <Card withBorder>
          <Text>ホスティングサービスがまだありません。</Text>
          <Text size="sm" c="dimmed">
            接続料金はホスティングサービスにかかります。左の「サービスを追加」で追加してください。
          </Text>
        </Card>
      ) : (
        hosting.map((ho) => (
          <Stack key={ho.id} gap="sm">
            <ChangeEstimate ho={ho} />
            <Estimate ho={ho} />
          </Stack>
        ))
      )}
    </Page>
  );
};
