import { Alert, Checkbox, List, Stack, Text } from '@mantine/core';
import type { StagePlan } from '../../../../shared/documents/stages.js';

const name = (d: { title: string; serviceId?: string }, serviceName: (id?: string) => string | undefined) => {
  const service = serviceName(d.serviceId);
  return service ? `${d.title}（${service}）` : d.title;
};

/**
 * Which stage of the procedure this envelope is (002 §5.1.1: J-LIS answers each stage before the
 * next), what comes after it, and the explicit choice to put every stage into one packet.
 */
export const StagePanel = ({
  plan,
  combined,
  onCombined,
  serviceName,
}: {
  plan: StagePlan;
  combined: boolean;
  onCombined: (value: boolean) => void;
  serviceName: (id?: string) => string | undefined;
}) => {
  const portal = plan.documents.filter((d) => d.delivery === 'portal');
  return (
    <Stack gap="xs" data-testid="stage-panel">
      <Alert
        color="blue"
        variant="light"
        title={plan.stage ? `今回の封筒: ${plan.stage.label}` : '今回の封筒'}
      >
        {combined
          ? 'すべての段階の書類を一つの封筒にまとめて作成します。J-LISは段階ごとに受理してから次の段階を受け付けるため、まとめて送る理由がある場合だけにしてください。'
          : plan.stage
            ? `J-LISから「${plan.stage.answer}」を受けてから、次の段階の書類を作成します。`
            : '郵送する申込書はありません。'}
      </Alert>
      {portal.length > 0 && (
        <Text size="sm">
          ポータル入力用（郵送しません）: {portal.map((d) => name(d, serviceName)).join('、')}
          。LGWAN-ASPポータルサイトで入力するときの控えとして作成します。
        </Text>
      )}
      {plan.pending.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            後の段階で提出する書類（今回は作成しません）
          </Text>
          <List size="sm" aria-label="後の段階で提出する書類">
            {plan.pending.map((p) => (
              <List.Item key={p.stage.id}>
                {p.stage.label}: {p.documents.map((d) => name(d, serviceName)).join('、')}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {(plan.pending.length > 0 || combined) && (
        <Checkbox
          checked={combined}
          onChange={(e) => onCombined(e.currentTarget.checked)}
          label="後の段階の書類もまとめて一つの封筒にする（通常は不要です）"
        />
      )}
    </Stack>
  );
};
