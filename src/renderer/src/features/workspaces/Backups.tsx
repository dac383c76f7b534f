import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { messageOf } from '../../state/errors.js';

const when = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The automatic backups of one workspace; any of them can become the current version again. */
export const Backups = ({
  workspaceId,
  onRestored,
}: {
  workspaceId: string;
  onRestored: (message: string) => void;
}) => {
  const [items, setItems] = useState<{ backupId: string; savedAt: string; size: number }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    window.api['backups.list']({ workspaceId }).then(setItems, (e: unknown) => setError(messageOf(e)));
  }, [workspaceId]);
  if (error)
    return (
      <Text c="red" size="sm">
        {error}
      </Text>
    );
  if (!items) return <Text size="sm">バックアップを読み込んでいます…</Text>;
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        自動バックアップはまだありません（保存のたびに作られます）。
      </Text>
    );
  return (
    <Stack gap={4}>
      <Text size="sm">
        保存のたびに作られる自動バックアップです。戻すと、いまの内容もバックアップとして残ります。
      </Text>
      <List size="sm" spacing={4}>
        {items.slice(0, 10).map((b) => (
          <List.Item key={b.backupId}>
            <Group gap="xs">
              <span>{when.format(new Date(b.savedAt))}</span>
              <Button
                size="compact-xs"
                variant="default"
                onClick={() =>
                  window.api['backups.restore']({ workspaceId, backupId: b.backupId }).then(
                    () => onRestored(`${when.format(new Date(b.savedAt))}の版に戻しました。`),
                    (e: unknown) => setError(messageOf(e)),
                  )
                }
              >
                この版に戻す
              </Button>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
};
