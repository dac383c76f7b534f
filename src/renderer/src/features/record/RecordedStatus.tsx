import { Badge, Button, Group, Text } from '@mantine/core';
import { SERVICE_STATUSES } from '../../../../shared/model/enums.js';
import type { Service } from '../../../../shared/model/services.js';
import { useWorkspace } from '../../state/WorkspaceContext.js';

const COLOR = { planned: 'gray', registered: 'green', cancelling: 'orange', ended: 'dark' } as const;

/**
 * A service's standing with J-LIS, derived from the filing record (登録結果通知・接続結果通知,
 * 002 §5.1.1(3)), never chosen by hand; the user only decides to end a registered service, which
 * puts its 解除申込書 into the packet (002 §5.1.3–5.1.4).
 */
export const RecordedStatus = ({ service }: { service: Service }) => {
  const { update, readOnly, setSection } = useWorkspace();
  const setStatus = (status: 'registered' | 'cancelling') =>
    update((ws) => ({
      ...ws,
      services: ws.services.map((s) => (s.id === service.id ? { ...s, status } : s)),
    }));
  const status = service.status;
  return (
    <div data-path={`services.${service.id}.status`} tabIndex={-1}>
      <Text size="sm" fw={500}>
        手続きの状況
      </Text>
      <Group gap="sm" mt={4} wrap="wrap">
        <Badge color={COLOR[status] ?? 'gray'} variant="light" size="lg">
          {SERVICE_STATUSES[service.status]}
        </Badge>
        <Text size="sm">
          ASPコード:{' '}
          {service.aspCode || (service.status === 'planned' ? '（受理後にJ-LISが付けます）' : '記録なし')}
        </Text>
        {service.status === 'registered' && (
          <Button
            size="compact-sm"
            variant="light"
            color="red"
            disabled={readOnly}
            onClick={() => setStatus('cancelling')}
          >
            このサービスを解除する…
          </Button>
        )}
        {service.status === 'cancelling' && (
          <Button
            size="compact-sm"
            variant="default"
            disabled={readOnly}
            onClick={() => setStatus('registered')}
          >
            解除をやめる
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        J-LISの回答（受理・ASPコード）を
        <Button size="compact-xs" variant="subtle" onClick={() => setSection({ page: 'submissions' })}>
          提出履歴
        </Button>
        に記録すると、ここに反映されます。
      </Text>
    </div>
  );
};
