import { Stack, TextInput, Title } from '@mantine/core';
import type { Provider } from '../../../../shared/model/provider.js';

interface Props {
  provider: Provider;
  onChange: (next: Provider) => void;
}

/** 提供者（申込団体）の基本情報. */
export const ProviderForm = ({ provider, onChange }: Props) => {
  const set = (patch: Partial<Provider>) => onChange({ ...provider, ...patch });
  const setRep = (patch: Partial<Provider['representative']>) =>
    onChange({ ...provider, representative: { ...provider.representative, ...patch } });
  return (
    <Stack gap="sm" maw={640}>
      <Title order={2} size="h3">
        提供者（申込団体）
      </Title>
      <TextInput label="名称" description="法人の正式名称（登記どおり）" value={provider.name} onChange={(e) => set({ name: e.currentTarget.value })} />
      <TextInput label="フリガナ" description="全角カタカナ" value={provider.nameKana} onChange={(e) => set({ nameKana: e.currentTarget.value })} />
      <TextInput label="代表者役職" value={provider.representative.title} onChange={(e) => setRep({ title: e.currentTarget.value })} />
      <TextInput label="代表者氏名" value={provider.representative.name} onChange={(e) => setRep({ name: e.currentTarget.value })} />
    </Stack>
  );
};
