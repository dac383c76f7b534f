import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useWorkspace } from '../../state/WorkspaceContext.js';
import { describeSource } from '../../../../shared/sources/seeds.js';

/** Which documents this workspace needs and why (the rules engine decides; its source is shown). */
export const RequiredDocuments = ({
  starts,
  onPreview,
}: {
  starts: { title: string; page: number }[];
  onPreview?: (page: number) => void;
}) => {
  const { check, workspace } = useWorkspace();
  const serviceName = (id: string | undefined) => workspace.services.find((s) => s.id === id)?.name;
  const errorsOf = (id: string) =>
    check.findings.filter((f) => f.severity === 'error' && f.documents.some((d) => d === id)).length;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        この案件で提出する書類（{check.requiredDocuments.length}種類）
      </Title>
      {check.requiredDocuments.length === 0 ? (
        <Text size="sm" c="dimmed">
          必要な書類はまだ決まっていません。提供者とサービスを入力すると表示されます。
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={6} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="42%">書類</Table.Th>
              <Table.Th>必要な理由</Table.Th>
              <Table.Th w={72}>エラー</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {check.requiredDocuments.map((d, i) => {
              const title = d.title;
              const service = serviceName(d.serviceId);
              const start = starts.find(
                (s) => s.title.startsWith(title) && (!service || s.title.includes(service)),
              );
              const errors = errorsOf(d.id);
              return (
                <Table.Tr key={`${d.id}-${d.serviceId ?? i}`}>
                  <Table.Td className="wrap-anywhere">
                    {start && onPreview ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        ta="left"
                        onClick={() => onPreview(start.page)}
                      >
                        {title}
                      </Anchor>
                    ) : (
                      <Text size="sm">{title}</Text>
                    )}
                    {service && (
                      <Text size="xs" c="dimmed">
                        {service}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className="wrap-anywhere">
                    <Text size="sm">{d.reason}</Text>
                    <Text size="xs" c="dimmed">
                      根拠: {describeSource(d.source)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={errors > 0 ? 'red' : 'green.8'} fw={600}>
                      {errors > 0 ? `${errors}件` : 'なし'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};
