import { Alert, Anchor, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { Backups } from './Backups.js';
import type { WorkspaceSummary } from '../../../../shared/ipc/contract.js';

interface Props {
  notices: string[];
  items: WorkspaceSummary[];
  busy: boolean;
  onOpen: (id: string) => void;
  onCreate: (title: string, from: 'blank' | 'sample') => void;
  onDuplicate: (item: WorkspaceSummary) => void;
  onRename: (item: WorkspaceSummary, title: string) => void;
  onDelete: (item: WorkspaceSummary) => void;
  onExport: (ids: string[] | 'all') => void;
  onImport: () => void;
  onRestored: (message: string) => void;
  task: ReactNode;
}

const dateTime = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export const displayTitle = (item: { title: string; providerName: string }): string =>
  item.title || item.providerName || '（無題の案件）';

const Row = ({
  item,
  onOpen,
  onDuplicate,
  onRename,
  onDelete,
  onExport,
  onRestored,
}: { item: WorkspaceSummary } & Omit<
  Props,
  'items' | 'busy' | 'onCreate' | 'notices' | 'onImport' | 'task'
>) => {
  const [editing, setEditing] = useState(false);
  const [backups, setBackups] = useState(false);
  const [title, setTitle] = useState(item.title);
  const name = displayTitle(item);
  return (
    <Card withBorder padding="sm" component="li" className="workspace-row">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          {editing ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                onRename(item, title.trim());
                setEditing(false);
              }}
            >
              <Group gap="xs" align="flex-end">
                <TextInput
                  label="案件名"
                  value={title}
                  onChange={(e) => setTitle(e.currentTarget.value)}
                  data-autofocus
                  autoFocus
                  style={{ flex: 1 }}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') setEditing(false);
                  }}
                />
                <Button type="submit" size="sm">
                  変更を保存
                </Button>
                <Button variant="default" size="sm" onClick={() => setEditing(false)}>
                  取消
                </Button>
              </Group>
            </form>
          ) : (
            <Anchor
              href={`#${item.id}`}
              fw={600}
              className="wrap-anywhere"
              onClick={(e) => {
                e.preventDefault();
                onOpen(item.id);
              }}
            >
              {name}
            </Anchor>
          )}
          <Text size="sm" c="dimmed" className="wrap-anywhere">
            {item.providerName ? `提供者: ${item.providerName}` : '提供者は未入力'} ・ 最終更新{' '}
            {dateTime.format(new Date(item.updatedAt))}
            {item.readOnly ? ' ・ 読み取り専用' : ''}
          </Text>
        </Stack>
        {!editing && (
          <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Button
              size="xs"
              variant="default"
              onClick={() => onDuplicate(item)}
              aria-label={`${name}を複製`}
            >
              複製
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                setTitle(item.title);
                setEditing(true);
              }}
              aria-label={`${name}の名前を変更`}
            >
              名前を変更
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => onExport([item.id])}
              aria-label={`${name}を書き出す`}
            >
              書き出し…
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => setBackups((b) => !b)}
              aria-expanded={backups}
              aria-label={`${name}のバックアップ`}
            >
              バックアップ
            </Button>
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => onDelete(item)}
              aria-label={`${name}を削除`}
            >
              削除
            </Button>
          </Group>
        )}
      </Group>
      {backups && (
        <Card.Section withBorder inheritPadding py="xs" mt="xs">
          <Backups
            workspaceId={item.id}
            onRestored={(message) => {
              setBackups(false);
              onRestored(message);
            }}
          />
        </Card.Section>
      )}
    </Card>
  );
};

/** 案件一覧: the start screen. */
export const WorkspaceHome = (props: Props) => {
  const { items, busy, onCreate, notices, onExport, onImport, task } = props;
  const [title, setTitle] = useState('');
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().normalize('NFKC').toLowerCase();
    if (!q) return items;
    return items.filter((i) => `${i.title} ${i.providerName}`.normalize('NFKC').toLowerCase().includes(q));
  }, [items, query]);

  return (
    <Stack gap="lg" maw={960} mx="auto" p="md">
      {notices.length > 0 && (
        <Alert color="orange" variant="light" title="データの点検結果">
          <List size="sm">
            {notices.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="xs">
          新しい案件
        </Title>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onCreate(title.trim(), 'blank');
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              label="新しい案件名"
              description="例: 〇〇市向け電子申請サービス 新規申込"
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 260 }}
            />
            <Button type="submit" loading={busy}>
              新規作成
            </Button>
            <Button variant="light" disabled={busy} onClick={() => onCreate(title.trim(), 'sample')}>
              見本から作成
            </Button>
          </Group>
        </form>
      </Card>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end">
          <Group gap="sm" align="flex-end">
            <Title order={2} size="h4">
              案件一覧（{items.length}件）
            </Title>
            <Button
              size="xs"
              variant="default"
              disabled={busy || items.length === 0}
              onClick={() => onExport('all')}
            >
              すべて書き出し…
            </Button>
            <Button size="xs" variant="default" disabled={busy} onClick={onImport}>
              案件ファイルを取り込む…
            </Button>
          </Group>
          <TextInput
            label="案件を検索"
            placeholder="案件名・提供者名"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={280}
          />
        </Group>
        {task}
        {items.length === 0 ? (
          <Card withBorder padding="lg">
            <Text>案件はまだありません。</Text>
            <Text size="sm" c="dimmed">
              上の「新規作成」で空の案件を、「見本から作成」で記入例の入った案件を作れます。入力した内容は自動で保存されます。
            </Text>
          </Card>
        ) : shown.length === 0 ? (
          <Text c="dimmed">「{query}」に一致する案件はありません。</Text>
        ) : (
          <Stack gap="xs" component="ul" className="plain-list">
            {shown.map((item) => (
              <Row key={item.id} item={item} {...props} />
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
};
