import { Badge, Button, Group, Text } from '@mantine/core';
import { serviceName } from '../../../../shared/documents/format.js';
import { SERVICE_KINDS } from '../../../../shared/model/enums.js';
import type { Service } from '../../../../shared/model/services.js';
import { Block, Page } from '../../components/Page.js';
import { useToasts } from '../../components/Toasts.js';
import { DateField, TextAreaField, TextField, YesNoField } from '../../fields/Fields.js';
import { RecordedStatus } from '../record/RecordedStatus.js';
import { REQ } from '../../help/requirements.js';
import { useWorkspace } from '../../state/WorkspaceContext.js';
import { AttachmentChecklist } from '../attachments/AttachmentChecklist.js';
import { ApEditor, CaEditor, FaEditor, HoEditor } from './KindEditors.js';

/** The one unnamed-service wording (src/shared/documents/format.ts), also used in reasons and lists. */
export const serviceLabel = serviceName;

const KindEditor = ({ service }: { service: Service }) => {
  switch (service.kind) {
    case 'AP':
      return <ApEditor service={service} />;
    case 'HO':
      return <HoEditor service={service} />;
    case 'FA':
      return <FaEditor service={service} />;
    case 'CA':
      return <CaEditor service={service} />;
  }
};

export const ServicePage = ({ serviceId }: { serviceId: string }) => {
  const { workspace, update, setSection, readOnly } = useWorkspace();
  const { offerUndo } = useToasts();
  const index = workspace.services.findIndex((s) => s.id === serviceId);
  const service = workspace.services[index];
  if (!service) {
    return (
      <Page title="サービス">
        <Text>このサービスは削除されました。左の一覧から選んでください。</Text>
      </Page>
    );
  }
  const p = `services.${service.id}`;

  const move = (delta: number) =>
    update((ws) => {
      const list = ws.services.slice();
      const [item] = list.splice(index, 1);
      if (!item) return ws;
      list.splice(Math.max(0, Math.min(list.length, index + delta)), 0, item);
      return { ...ws, services: list };
    });
  const remove = () => {
    update((ws) => ({ ...ws, services: ws.services.filter((s) => s.id !== service.id) }));
    setSection({ page: 'provider' });
    offerUndo(`「${serviceLabel(service)}」を削除しました。`, () => {
      update((ws) => {
        const list = ws.services.slice();
        list.splice(Math.min(index, list.length), 0, service);
        return { ...ws, services: list };
      });
      setSection({ page: 'service', serviceId: service.id });
    });
  };

  return (
    <Page
      title={
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="light" mt={4} style={{ flexShrink: 0 }}>
            {service.kind}
          </Badge>
          <span className="wrap-anywhere">{serviceLabel(service)}</span>
        </Group>
      }
      intro={SERVICE_KINDS[service.kind]}
      actions={
        <Group gap="xs" mt="xs">
          <Button size="xs" variant="default" disabled={readOnly || index === 0} onClick={() => move(-1)}>
            上へ移動
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={readOnly || index === workspace.services.length - 1}
            onClick={() => move(1)}
          >
            下へ移動
          </Button>
          <Button size="xs" variant="light" color="red" disabled={readOnly} onClick={remove}>
            このサービスを削除
          </Button>
        </Group>
      }
    >
      <Block legend="基本情報">
        <TextField path={`${p}.name`} label="サービス名称" required />
        <RecordedStatus service={service} />
        <TextAreaField path={`${p}.overview`} label="サービスの概要" required />
        {service.kind !== 'AP' && (
          // The AP's own choice sits with its user documents (KindEditors); every kind chooses one.
          <YesNoField
            path={`${p}.publishConsent`}
            label="LGWAN-ASPサービスリストへの掲載に同意しますか"
            yes="同意する"
            no="同意しない"
          />
        )}
      </Block>
      <KindEditor service={service} />
      <AttachmentChecklist service={service} />
      {service.status === 'cancelling' && (
        <Block legend="解除の申込み">
          <DateField
            path={`${p}.cancellation.desiredDate`}
            label="解除希望日"
            description="解除希望日の1か月前までに提出します"
            requirement={service.kind === 'HO' ? REQ.cancelHosting : undefined}
            required
          />
          <TextAreaField path={`${p}.cancellation.reason`} label="解除の理由" required />
          {service.kind === 'HO' && (
            <YesNoField
              path={`${p}.cancellation.userContractsEnded`}
              label="利用者との契約はすべて解除されていますか"
              requirement={REQ.cancelHosting}
              required
            />
          )}
        </Block>
      )}
      <TextAreaField path={`${p}.note`} label="メモ（書類には印刷されません）" rows={2} />
    </Page>
  );
};
