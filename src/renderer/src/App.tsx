import { AppShell, Badge, Group, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { WorkspaceSummary } from '../../shared/ipc/contract.js';
import type { Workspace } from '../../shared/model/workspace.js';
import { ProviderForm } from './features/provider/ProviderForm.js';
import { WorkspaceList } from './features/workspaces/WorkspaceList.js';
import { useAutosave, type SaveState } from './hooks/useAutosave.js';

const SAVE_LABEL: Record<SaveState, string> = { saved: '保存済み', saving: '保存中…', dirty: '未保存', error: '保存できません' };

export const App = () => {
  const [items, setItems] = useState<WorkspaceSummary[]>([]);
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { state, error } = useAutosave(workspace);

  const refresh = useCallback(async () => setItems(await window.api['workspaces.list']({})), []);
  useEffect(() => {
    refresh().catch((e: unknown) => setMessage(String(e)));
  }, [refresh]);

  const open = async (id: string) => setWorkspace((await window.api['workspaces.get']({ id })).workspace);
  const create = async (title: string, from: 'blank' | 'sample') => {
    const ws = await window.api['workspaces.create']({ title, from });
    await refresh();
    setWorkspace(ws);
  };

  return (
    <AppShell header={{ height: 48 }} navbar={{ width: 280, breakpoint: 0 }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Title order={1} size="h4">
            LGWAN-ASP申込ワークベンチ
          </Title>
          {workspace && (
            <Badge color={state === 'error' ? 'red' : state === 'saved' ? 'green' : 'gray'} title={error ?? undefined}>
              {SAVE_LABEL[state]}
            </Badge>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <WorkspaceList
          items={items}
          selectedId={workspace?.id ?? null}
          onSelect={(id) => void open(id).catch((e: unknown) => setMessage(String(e)))}
          onCreate={(title, from) => void create(title, from).catch((e: unknown) => setMessage(String(e)))}
        />
      </AppShell.Navbar>
      <AppShell.Main>
        {message && <Text c="red">{message}</Text>}
        {workspace ? (
          <ProviderForm provider={workspace.provider} onChange={(provider) => setWorkspace({ ...workspace, provider })} />
        ) : (
          <Text c="dimmed">左の一覧から案件を選ぶか、新しい案件を作成してください。</Text>
        )}
      </AppShell.Main>
    </AppShell>
  );
};
