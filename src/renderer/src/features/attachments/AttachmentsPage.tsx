import { Card, Stack, Text } from '@mantine/core';
import { serviceName } from '../../../../shared/documents/format.js';
import { ATTACHMENT_KINDS, FACILITY_AREAS } from '../../../../shared/model/enums.js';
import { Page, Pair } from '../../components/Page.js';
import { SelectField } from '../../fields/Fields.js';
import { useWorkspace } from '../../state/WorkspaceContext.js';
import { AttachmentItem } from './AttachmentItem.js';
import { DropZone } from './DropZone.js';
import { newAttachment, useUpload } from './useUpload.js';

/** Every attached file of the workspace, re-assignable to another service, kind or area. */
export const AttachmentsPage = () => {
  const { workspace, update, readOnly } = useWorkspace();
  const services = Object.fromEntries(workspace.services.map((s) => [s.id, `${s.kind} ${serviceName(s)}`]));

  const upload = useUpload((added) => {
    const now = new Date().toISOString();
    update((ws) => ({
      ...ws,
      attachments: [
        ...ws.attachments,
        ...added.map(({ stored }) =>
          newAttachment(stored, now, { kind: 'other', area: null, serviceId: '' }),
        ),
      ],
    }));
  });

  return (
    <Page
      title="添付資料"
      intro="すべての添付ファイルです。サービスごとに必要な資料は、各サービスのページの「添付資料」で確認できます。"
    >
      <DropZone
        accept="image/jpeg,image/png,application/pdf"
        disabled={readOnly || upload.busy}
        onFiles={upload.add}
        buttonLabel="その他の資料を追加…"
      />
      {upload.status}
      {workspace.attachments.length === 0 ? (
        <Card withBorder>
          <Text>添付資料はまだありません。</Text>
          <Text size="sm" c="dimmed">
            ファシリティサービスの写真やホスティングサービスのネットワークトポロジ図は、各サービスのページから追加すると、どの要件の資料かが自動で設定されます。
          </Text>
        </Card>
      ) : (
        <Stack gap="sm">
          {workspace.attachments.map((a) => (
            <Card withBorder key={a.id} padding="sm">
              <AttachmentItem
                attachment={a}
                extra={
                  <Pair>
                    <SelectField
                      path={`attachments.${a.id}.kind`}
                      label="資料の種類"
                      options={ATTACHMENT_KINDS}
                      nullable={false}
                    />
                    <SelectField
                      path={`attachments.${a.id}.serviceId`}
                      label="対象のサービス"
                      options={{ '': '（全体）', ...services }}
                      nullable={false}
                    />
                    {a.kind === 'facility-photo' && (
                      <SelectField
                        path={`attachments.${a.id}.area`}
                        label="写真の要件"
                        options={FACILITY_AREAS}
                      />
                    )}
                  </Pair>
                }
              />
            </Card>
          ))}
        </Stack>
      )}
    </Page>
  );
};
