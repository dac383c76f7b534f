import { Button, Group, Modal, Stack, Text } from '@mantine/core';

/**
 * After a save was refused because the file changed on disk (another PC saved it): nothing was
 * overwritten and this screen's version is kept; the user chooses which one stays. The other
 * remains in the automatic backups either way.
 */
export const ConflictDialog = ({
  message,
  busy,
  onChoose,
}: {
  message: string;
  busy: boolean;
  onChoose: (keep: 'mine' | 'theirs') => void;
}) => (
  <Modal
    opened
    onClose={() => undefined}
    withCloseButton={false}
    closeOnClickOutside={false}
    closeOnEscape={false}
    title="別の場所で保存された変更があります"
    size="lg"
    centered
  >
    <Stack gap="sm">
      <Text size="sm">{message}</Text>
      <Text size="sm" c="dimmed">
        選ばなかった方の内容も自動バックアップに残ります（案件一覧の「バックアップ」から戻せます）。
      </Text>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" loading={busy} onClick={() => onChoose('theirs')}>
          保存されている内容を開く
        </Button>
        <Button loading={busy} onClick={() => onChoose('mine')}>
          この画面の内容で保存する
        </Button>
      </Group>
    </Stack>
  </Modal>
);
