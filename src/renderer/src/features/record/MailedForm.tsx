import { Alert, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { StagedDocument } from '../../../../shared/documents/stages.js';
import { RecordError, recordFiling } from '../../../../shared/lifecycle/record.js';
import { todayIso } from '../../../../shared/text/wareki.js';
import { useDocumentsTask } from '../../components/TaskProgress.js';
import { useToasts } from '../../components/Toasts.js';
import { isCancelled, messageOf } from '../../state/errors.js';
import { useWorkspace } from '../../state/WorkspaceContext.js';

/**
 * Marks the envelope prepared now as mailed (002 §5.1.1; 003: 配達証明付一般書留): the printed
 * documents are frozen (`submissions`) and the official forms in it go into the filing record,
 * waiting for J-LIS's answer. A mistake (date format, nothing to file) is said here and nothing is
 * recorded.
 */
export const MailedForm = ({
  documents,
  combined,
  onClose,
}: {
  /** The documents of this envelope (the stage prepared, or every stage when 「まとめて」). */
  documents: readonly StagedDocument[];
  /** Every stage in one envelope (「まとめて」): the printed copy frozen is the same packet. */
  combined: boolean;
  onClose: () => void;
}) => {
  const { workspace, flush, update, readOnly } = useWorkspace();
  const { notify } = useToasts();
  const { task, run } = useDocumentsTask();
  const [filedOn, setFiledOn] = useState(todayIso());
  const [mailNumber, setMailNumber] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const input = (submissionId?: string) => ({
    filedOn: filedOn.trim(),
    certifiedMailNumber: mailNumber.trim(),
    note: note.trim(),
    documents,
    ...(submissionId ? { submissionId } : {}),
  });

  const record = () => {
    // Checked before anything is frozen: the same checks run again on the saved copy below.
    try {
      recordFiling(workspace, input());
    } catch (error) {
      if (error instanceof RecordError) return setProblem(error.message);
      throw error;
    }
    setProblem(null);
    return run('提出の記録', async (taskId) => {
      await flush();
      const submission = await window.api['submissions.record']({
        workspaceId: workspace.id,
        note: note.trim(),
        taskId,
        combined,
      });
      update((ws) =>
        recordFiling({ ...ws, submissions: [...ws.submissions, submission] }, input(submission.id)),
      );
      onClose();
      notify(
        `提出を記録しました（提出日 ${filedOn.trim()}）。J-LISから通知が届いたら「提出履歴」で回答を記録してください。`,
      );
    }).catch((e: unknown) => notify(messageOf(e), isCancelled(e) ? 'blue' : 'red'));
  };

  // Forms entered on the portal (a 変更届出 of the review) are filed too; the app's aids are not.
  const filed = documents.filter((d) => d.delivery !== 'aid');
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Text fw={600}>提出として記録しますか</Text>
        <Text size="sm">
          今回提出する申込書・届出書（{filed.length}
          件）と入力内容をそのまま記録します。J-LISが受理すると、その内容が「J-LISが持っている内容」になり、後で変えたところが変更届の対象になります。
        </Text>
        <Group grow align="flex-start">
          <TextInput
            label="提出日（郵送した日）"
            description="YYYY-MM-DD の形（例: 2026-12-01）"
            value={filedOn}
            onChange={(e) => setFiledOn(e.currentTarget.value)}
            required
          />
          <TextInput
            label="配達証明の番号（任意）"
            description="配達証明付一般書留の引受番号"
            value={mailNumber}
            onChange={(e) => setMailNumber(e.currentTarget.value)}
          />
        </Group>
        <TextInput
          label="メモ"
          placeholder="例: 参加資格審査申込書一式を簡易書留で郵送"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {problem && (
          <Alert color="red" variant="light" role="alert" title="記録できませんでした">
            {problem}
          </Alert>
        )}
        <Group gap="sm">
          <Button onClick={() => void record()} disabled={task !== null || readOnly}>
            提出を記録する
          </Button>
          <Button variant="default" onClick={onClose}>
            記録しない
          </Button>
        </Group>
      </Stack>
    </Card>
  );
};
