import { Badge, Group, Stack, Text } from '@mantine/core';
import type { Service } from '../../../../shared/model/services.js';
import { Block } from '../../components/Page.js';
import { describe } from '../../help/Requirement.js';
import { useWorkspace } from '../../state/WorkspaceContext.js';
import { AttachmentItem } from './AttachmentItem.js';
import { DropZone } from './DropZone.js';
import { inSlot, slotsFor, type Slot } from './slots.js';
import { newAttachment, useUpload } from './useUpload.js';

const SlotView = ({ slot }: { slot: Slot }) => {
  const { workspace, update, readOnly, findingsByPath } = useWorkspace();
  const files = workspace.attachments.filter((a) => inSlot(a, slot));
  const missing = files.length === 0;
  // A finding about several slots at once (all five photo areas) is shown once, in the panel;
  // here only one about this slot alone, next to its 未添付 badge.
  const finding = findingsByPath.get(slot.path)?.find((f) => f.paths.length === 1);

  const upload = useUpload((added) => {
    if (added.length === 0) return;
    const now = new Date().toISOString();
    update((ws) => ({
      ...ws,
      attachments: [...ws.attachments, ...added.map(({ stored }) => newAttachment(stored, now, slot))],
    }));
  });

  return (
    <Stack gap="xs" className="slot" data-slot={slot.path}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text fw={500} size="sm" className="wrap-anywhere">
          {slot.label}
        </Text>
        {missing ? (
          <Badge color={slot.required ? 'red' : 'gray'} variant="light" style={{ flexShrink: 0 }}>
            {slot.required ? '未添付' : '任意'}
          </Badge>
        ) : (
          <Badge color="green" variant="light" style={{ flexShrink: 0 }}>
            添付済み {files.length}件
          </Badge>
        )}
      </Group>
      {finding && missing && (
        <Text size="sm" c={finding.severity === 'error' ? 'red' : 'orange.8'}>
          {finding.message}
        </Text>
      )}
      {files.map((a) => (
        <AttachmentItem key={a.id} attachment={a} />
      ))}
      <DropZone
        path={slot.path}
        accept={slot.accept}
        disabled={readOnly || upload.busy}
        buttonLabel={`${slot.label}のファイルを選択…`}
        onFiles={upload.add}
      />
      {upload.status}
    </Stack>
  );
};

/** Per service: the attachments its documents need, and which are still missing. */
export const AttachmentChecklist = ({ service }: { service: Service }) => {
  const { workspace } = useWorkspace();
  const slots = slotsFor(service, workspace);
  const missing = slots.filter((s) => s.required && !workspace.attachments.some((a) => inSlot(a, s))).length;
  const requirements = [...new Set(slots.flatMap((s) => (s.requirement ? [s.requirement] : [])))];
  return (
    <Block legend={missing > 0 ? `添付資料（未添付 ${missing}件）` : '添付資料'}>
      {requirements.map((r) => (
        <Text key={r.source + r.quote} size="sm">
          {describe(undefined, r)}
        </Text>
      ))}
      {slots.map((s) => (
        <SlotView key={s.path} slot={s} />
      ))}
      {slots.length === 0 ? (
        <Text size="sm" c="dimmed">
          このサービスについて今回作成する書類には、添付資料を綴じ込みません。
        </Text>
      ) : null}
    </Block>
  );
};
