import { serviceName } from '../../../../shared/documents/format.js';
import { Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { SERVICE_KINDS, type ServiceKind } from '../../../../shared/model/enums.js';
import type { ServiceRef } from '../../../../shared/model/services.js';
import { Pair } from '../../components/Page.js';
import { TextField } from '../../fields/Fields.js';
import { describe, type Requirement } from '../../help/Requirement.js';
import { useField } from '../../fields/useField.js';
import { useEditor, useEditorState } from '../../state/WorkspaceContext.js';

/** Picks the FA/CA/HO service another service relies on: one of this workspace's, or another company's. */
export const ServiceRefField = ({
  path,
  kind,
  label,
  requirement,
}: {
  path: string;
  kind: ServiceKind;
  label: string;
  requirement?: Requirement;
}) => {
  const { set } = useEditor();
  const ref = useField<ServiceRef>(path);
  const own = useEditorState(
    (s) => s.workspace.services.filter((x) => x.kind === kind).map((x) => ({ id: x.id, name: x.name })),
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
  );
  return (
    <Stack gap="xs" data-path={path}>
      <Radio.Group
        label={label}
        description={describe(`${SERVICE_KINDS[kind]}を選びます`, requirement)}
        value={ref.value.mode}
        error={ref.error}
        onChange={(mode) => set(`${path}.mode`, mode)}
      >
        <Group gap="lg" mt={6}>
          <Radio value="internal" label="この案件のサービス" disabled={ref.readOnly} />
          <Radio value="external" label="他社のサービス（登録済み）" disabled={ref.readOnly} />
          <Radio value="none" label="未定" disabled={ref.readOnly} />
        </Group>
      </Radio.Group>
      {ref.value.mode === 'internal' &&
        (own.length === 0 ? (
          <Text size="sm" c="orange.8">
            この案件には{SERVICE_KINDS[kind]}がまだありません。左の「サービスを追加」で追加してください。
          </Text>
        ) : (
          <NativeSelect
            label={`${label}（この案件のサービス）`}
            data={[
              { value: '', label: '（選択してください）' },
              ...own.map((s) => ({ value: s.id, label: serviceName({ name: s.name, kind }) })),
            ]}
            value={ref.value.serviceId}
            onChange={(e) => set(`${path}.serviceId`, e.currentTarget.value)}
            data-path={`${path}.serviceId`}
          />
        ))}
      {ref.value.mode === 'external' && (
        <>
          <Pair>
            <TextField path={`${path}.providerName`} label="提供者名" required />
            <TextField
              path={`${path}.aspCode`}
              label="ASPコード"
              description="J-LISのサービスリストに記載のコード"
              required
            />
          </Pair>
          <TextField path={`${path}.serviceName`} label="サービス名" required />
        </>
      )}
    </Stack>
  );
};
