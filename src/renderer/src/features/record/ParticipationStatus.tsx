import { Anchor, Badge, Group, Text } from '@mantine/core';
import { onFile } from '../../../../shared/lifecycle/on-file.js';
import { useWorkspace } from '../../state/WorkspaceContext.js';
import { dateText } from './format.js';

/**
 * Participation as J-LIS answered it (参加結果通知, 002 §5.1.1(3)): derived from the filing record,
 * not a checkbox; the portal user ID is shown as issued or not, its password never kept.
 */
export const ParticipationStatus = () => {
  const { workspace, setSection } = useWorkspace();
  const accepted = workspace.procedure.participationAccepted;
  const review = onFile(workspace).find((e) => e.documentId === 'participation-review');
  const portal = workspace.filings.some((f) =>
    f.documents.some((d) => d.documentId === 'participation-review' && d.portalUserIdIssued),
  );
  return (
    <div data-path="procedure.participationAccepted" tabIndex={-1}>
      <Text size="sm" fw={500}>
        参加結果通知
      </Text>
      <Group gap="sm" mt={4}>
        <Badge color={accepted ? 'green' : 'gray'} variant="light" size="lg">
          {accepted ? '受理' : '受理の記録なし'}
        </Badge>
        {accepted && review && <Text size="sm">受理日 {dateText(review.document.answeredOn)}</Text>}
        {accepted && <Text size="sm">ポータルのユーザID: {portal ? '発行済み' : '記録なし'}</Text>}
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        J-LISからの通知は
        <Anchor
          component="button"
          type="button"
          size="xs"
          onClick={() => setSection({ page: 'submissions' })}
        >
          提出履歴
        </Anchor>
        で記録します。
      </Text>
    </div>
  );
};
