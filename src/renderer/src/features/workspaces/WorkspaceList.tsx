import { Button, Group, NavLink, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { WorkspaceSummary } from '../../../../shared/ipc/contract.js';

interface Props {
  items: WorkspaceSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onCreate: (title: string, from: 'blank' | 'sample') => void;
}

/** 案件一覧. */
export const WorkspaceList = ({ items, selectedId, onSelect, onCreate }: Props) => {
  const [title, setTitle] = useState('');
  return (
    <Stack gap="xs">
      <TextInput label="新しい案件名" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      <Group gap="xs">
        <Button size="xs" onClick={() => onCreate(title, 'blank')}>
          新規作成
        </Button>
        <Button size="xs" variant="light" onClick={() => onCreate(title, 'sample')}>
          見本から作成
        </Button>
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          案件はまだありません。「新規作成」で始めてください。
        </Text>
      ) : (
        items.map((item) => (
          <NavLink
            key={item.id}
            active={item.id === selectedId}
            label={item.title || item.providerName || '（無題の案件）'}
            description={item.providerName}
            onClick={() => onSelect(item.id)}
          />
        ))
      )}
    </Stack>
  );
};
