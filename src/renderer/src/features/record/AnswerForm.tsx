import { Alert, Button, Checkbox, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { RecordError, recordAnswer } from '../../../../shared/lifecycle/record.js';
import { FILING_ANSWERS, type FilingAnswer, type Filing } from '../../../../shared/model/index.js';
import { todayIso } from '../../../../shared/text/wareki.js';
import { useWorkspace } from '../../state/WorkspaceContext.js';
import { serviceLabel } from '../services/ServicePage.js';

type Answer = Exclude<FilingAnswer, 'pending'>;
const ANSWERS = Object.entries(FILING_ANSWERS).filter(([k]) => k !== 'pending') as [Answer, string][];

/**
 * J-LIS's answer to one filed document (002 §5.1.1(3): 参加結果通知 with the portal user ID,
 * 登録結果通知・接続結果通知 with the ASPコード). Only the fact that a user ID was issued is kept,
 * never a password. A wrong date or code is said here and nothing is recorded.
 */
export const AnswerForm = ({
  filing,
  index,
  onDone,
}: {
  filing: Filing;
  index: number;
  onDone: () => void;
}) => {
  const { workspace, update } = useWorkspace();
  const doc = filing.documents[index];
  const [answer, setAnswer] = useState<Answer>('accepted');
  const [answeredOn, setAnsweredOn] = useState(doc?.answeredOn || todayIso());
  const [codes, setCodes] = useState<Record<string, string>>(doc?.aspCodes ?? {});
  const [portal, setPortal] = useState(doc?.portalUserIdIssued ?? false);
  const [note, setNote] = useState(doc?.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  if (!doc) return null;
  const isReview = doc.documentId === 'participation-review';
  const registers = doc.mode !== 'cancel' && doc.serviceIds.length > 0;

  const save = () => {
    const aspCodes = Object.fromEntries(
      Object.entries(codes)
        .map(([id, code]) => [id, code.trim()] as const)
        .filter(([, code]) => code !== ''),
    );
    try {
      update((ws) =>
        recordAnswer(ws, {
          answer,
          answeredOn: answeredOn.trim(),
          filingId: filing.id,
          documentIndexes: [index],
          ...(answer === 'accepted' ? { aspCodes } : {}),
          ...(isReview && answer === 'accepted' ? { portalUserIdIssued: portal } : {}),
          note: note.trim(),
        }),
      );
    } catch (error) {
      if (error instanceof RecordError) return setProblem(error.message);
      throw error;
    }
    // The row itself shows the answer now: no toast over the table.
    onDone();
  };

  return (
    <Stack gap="xs" p="sm" className="answer-form" aria-label="J-LISの回答を記録">
      <Radio.Group label="J-LISの回答" value={answer} onChange={(v) => setAnswer(v)}>
        <Group gap="lg" mt={6}>
          {ANSWERS.map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </Group>
      </Radio.Group>
      <TextInput
        label="通知の日付"
        description="YYYY-MM-DD の形（例: 2027-01-10）"
        value={answeredOn}
        onChange={(e) => setAnsweredOn(e.currentTarget.value)}
        maw={260}
        required
      />
      {answer === 'accepted' && registers && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            J-LISが付けたASPコード（登録結果通知・接続結果通知に記載）
          </Text>
          {doc.serviceIds.map((id) => {
            const service = workspace.services.find((s) => s.id === id);
            return (
              <TextInput
                key={id}
                label={service ? serviceLabel(service) : `削除されたサービス（${id}）`}
                placeholder="例: H0001234"
                value={codes[id] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setCodes((c) => ({ ...c, [id]: value }));
                }}
                maw={360}
              />
            );
          })}
        </Stack>
      )}
      {answer === 'accepted' && isReview && (
        <Checkbox
          label="参加結果通知でポータルのユーザIDが発行された（パスワードはこのアプリに記録しません）"
          checked={portal}
          onChange={(e) => setPortal(e.currentTarget.checked)}
        />
      )}
      <TextInput
        label={answer === 'accepted' ? 'メモ' : '理由・指摘事項'}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {problem && (
        <Alert color="red" variant="light" role="alert" title="記録できませんでした">
          {problem}
        </Alert>
      )}
      <Group gap="sm">
        <Button size="xs" onClick={save}>
          回答を記録する
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          やめる
        </Button>
      </Group>
    </Stack>
  );
};
