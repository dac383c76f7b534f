import { Card, List, Stack, Text } from '@mantine/core';
import { Page } from '../../components/Page.js';
import { useWorkspace } from '../../state/WorkspaceContext.js';

const when = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: 'Asia/Tokyo',
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** What was printed and when: the base for later change notifications (変更届). */
export const SubmissionsPage = () => {
  const { workspace } = useWorkspace();
  const list = [...workspace.submissions].reverse();
  return (
    <Page
      title="提出履歴"
      intro="印刷・提出した書類の記録です。「書類の確認・印刷」で印刷した後に記録できます。"
    >
      {list.length === 0 ? (
        <Card withBorder>
          <Text>提出の記録はまだありません。</Text>
          <Text size="sm" c="dimmed">
            書類を印刷したら「提出を記録」を押してください。いつ・どの書類を提出したかが残り、後で内容を変えたときの変更届に使えます。
          </Text>
        </Card>
      ) : (
        <Stack gap="sm" data-path="submissions" tabIndex={-1}>
          {list.map((s) => (
            <Card withBorder key={s.id} padding="sm" className="submission">
              <Text fw={600}>{when.format(new Date(s.createdAt))}</Text>
              {s.note && (
                <Text size="sm" className="wrap-anywhere">
                  {s.note}
                </Text>
              )}
              <List size="sm" mt={4}>
                {s.documents.map((d) => (
                  <List.Item key={`${d.id}-${d.sha256}`}>
                    <span className="wrap-anywhere">
                      {d.title}（{d.pages}ページ）
                    </span>
                  </List.Item>
                ))}
              </List>
            </Card>
          ))}
        </Stack>
      )}
    </Page>
  );
};
