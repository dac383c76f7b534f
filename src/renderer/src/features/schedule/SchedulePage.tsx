import { Alert, Anchor, Card, Stack, Table, Text } from '@mantine/core';
import {
  buildScheduleView,
  planSchedule,
  ScheduleInputError,
  todayInTokyo,
  type ScheduleKind,
} from '../../../../shared/schedule/index.js';
import type { Service } from '../../../../shared/model/services.js';
import { Page } from '../../components/Page.js';
import { messageOf } from '../../state/errors.js';
import { useWorkspace } from '../../state/WorkspaceContext.js';
import { serviceLabel } from '../services/ServicePage.js';
import { describeSource } from '../../../../shared/sources/seeds.js';

const targetOf = (s: Service): { kind: ScheduleKind; target: string } | null => {
  if (s.kind === 'HO') return { kind: 'hosting', target: s.desiredConnectionDate };
  return null;
};

const ServiceSchedule = ({ service }: { service: Service }) => {
  const { goTo } = useWorkspace();
  const t = targetOf(service);
  if (!t) return null;
  if (!t.target) {
    return (
      <Card withBorder padding="sm">
        <Text fw={600} className="wrap-anywhere">
          {serviceLabel(service)}
        </Text>
        <Text size="sm" c="dimmed">
          {
            <>
              接続希望日が未入力のため、日程を計算できません。
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => goTo(`services.${service.id}.desiredConnectionDate`)}
              >
                接続希望日を入力する
              </Anchor>
            </>
          }
        </Text>
      </Card>
    );
  }
  try {
    const view = buildScheduleView(planSchedule({ kind: t.kind, target: t.target, today: todayInTokyo() }));
    return (
      <Card withBorder padding="sm">
        <Stack gap="xs">
          <Text fw={600} className="wrap-anywhere">
            {serviceLabel(service)}（{view.targetLabel}: {view.target}）
          </Text>
          <Alert color={view.steps.some((s) => s.late) ? 'red' : 'green'} variant="light">
            {view.summary}
          </Alert>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>手続</Table.Th>
                <Table.Th>担当</Table.Th>
                <Table.Th>目安</Table.Th>
                <Table.Th>開始期限</Table.Th>
                <Table.Th>状況</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.steps.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td className="wrap-anywhere">{s.name}</Table.Td>
                  <Table.Td>{s.actorLabel}</Table.Td>
                  <Table.Td>{s.durationLabel}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.start}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600} c={s.late ? 'red' : 'green.8'}>
                      {s.statusText}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {view.basisText} 根拠: {describeSource(view.source)}
          </Text>
        </Stack>
      </Card>
    );
  } catch (error) {
    return (
      <Alert color="orange" title={serviceLabel(service)}>
        {error instanceof ScheduleInputError ? error.message : messageOf(error)}
      </Alert>
    );
  }
};

/** Backward plan from each hosting service's desired connection date (001 procedure flows). */
export const SchedulePage = () => {
  const { workspace } = useWorkspace();
  const services = workspace.services.filter((s) => s.kind === 'HO');
  return (
    <Page
      title="スケジュール"
      intro="接続希望日から逆算した、各手続の開始期限です（001 参入手続の流れの目安）。"
    >
      {services.length === 0 ? (
        <Card withBorder>
          <Text>ホスティングサービスがまだありません。</Text>
          <Text size="sm" c="dimmed">
            スケジュールはホスティングサービスの接続希望日から計算します。左の「サービスを追加」で追加してください。
          </Text>
        </Card>
      ) : (
        services.map((s) => <ServiceSchedule key={s.id} service={s} />)
      )}
    </Page>
  );
};
