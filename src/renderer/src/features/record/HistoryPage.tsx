import { Badge, Button, Card, Group, List, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { documentTitle } from '../../../../shared/documents/required.js';
import {
  FILING_ANSWERS,
  FILING_MODES,
  type FiledDocument,
  type Filing,
  type Workspace,
} from '../../../../shared/model/index.js';
import { Page } from '../../components/Page.js';
import { useWorkspace } from '../../state/WorkspaceContext.js';
import { AnswerForm } from './AnswerForm.js';
import { dateText } from './format.js';

const printedAt = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: 'Asia/Tokyo',
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const NOWRAP = { whiteSpace: 'nowrap' } as const;

const ANSWER_COLOR = { pending: 'gray', accepted: 'green', rejected: 'red', returned: 'orange' } as const;

const nameOf = (ws: Workspace, id: string): string => {
  const s = ws.services.find((x) => x.id === id);
  return s ? s.name || `名称未入力の${s.kind}` : `削除されたサービス（${id}）`;
};

/** What J-LIS assigned: ASPコード per service, the portal user ID's issue (never a password). */
const Assigned = ({ ws, doc }: { ws: Workspace; doc: FiledDocument }) => {
  const codes = Object.entries(doc.aspCodes);
  if (codes.length === 0 && !doc.portalUserIdIssued) return <>—</>;
  return (
    <Stack gap={0}>
      {codes.map(([id, code]) => (
        <Text key={id} size="sm" className="wrap-anywhere">
          {nameOf(ws, id)}: ASPコード {code}
        </Text>
      ))}
      {doc.portalUserIdIssued && <Text size="sm">ポータルのユーザID発行済み</Text>}
    </Stack>
  );
};

const FilingCard = ({ filing }: { filing: Filing }) => {
  const { workspace, readOnly } = useWorkspace();
  const [answering, setAnswering] = useState<number | null>(null);
  const waiting = filing.documents.filter((d) => d.answer === 'pending').length;
  return (
    <Card withBorder padding="sm" className="filing" data-filing={filing.id}>
      <Group gap="xs" justify="space-between">
        <Text fw={600}>
          提出日 {dateText(filing.filedOn, '不明')}
          {filing.certifiedMailNumber && `（配達証明 ${filing.certifiedMailNumber}）`}
        </Text>
        <Badge variant="light" color={waiting > 0 ? 'gray' : 'green'}>
          {waiting > 0 ? `回答待ち ${waiting}件` : '回答済み'}
        </Badge>
      </Group>
      {filing.note && (
        <Text size="sm" c="dimmed" className="wrap-anywhere">
          {filing.note}
        </Text>
      )}
      <Table mt="xs" withTableBorder verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>書類</Table.Th>
            <Table.Th style={NOWRAP}>区分</Table.Th>
            <Table.Th style={NOWRAP}>J-LISの回答</Table.Th>
            <Table.Th>付与されたもの</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {filing.documents.map((d, i) => (
            <Fragment key={`${d.documentId}|${d.serviceId}|${i}`}>
              <Table.Tr data-document={d.documentId}>
                <Table.Td>
                  <Text size="sm" className="wrap-anywhere">
                    {documentTitle(d.documentId)}
                    {d.serviceId && `（${nameOf(workspace, d.serviceId)}）`}
                  </Text>
                </Table.Td>
                <Table.Td style={NOWRAP}>{FILING_MODES[d.mode]}</Table.Td>
                <Table.Td style={NOWRAP}>
                  <Badge variant="light" color={ANSWER_COLOR[d.answer]}>
                    {FILING_ANSWERS[d.answer]}
                  </Badge>
                  {d.answer !== 'pending' && (
                    <Text size="xs" c="dimmed">
                      {dateText(d.answeredOn)}
                    </Text>
                  )}
                  {d.answer !== 'accepted' && d.note && (
                    <Text size="xs" className="wrap-anywhere">
                      {d.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Assigned ws={workspace} doc={d} />
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  {!readOnly && answering !== i && (
                    <Button
                      size="compact-xs"
                      variant={d.answer === 'pending' ? 'light' : 'subtle'}
                      onClick={() => setAnswering(i)}
                      aria-label={`${documentTitle(d.documentId)}${d.serviceId ? `（${nameOf(workspace, d.serviceId)}）` : ''}の${d.answer === 'pending' ? '回答を記録' : '回答を直す'}`}
                    >
                      {d.answer === 'pending' ? '回答を記録' : '回答を直す'}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
              {answering === i && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <AnswerForm filing={filing} index={i} onDone={() => setAnswering(null)} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
};

/**
 * 提出履歴: what was filed when and what J-LIS answered (002 §5.1.1(3)), newest first, with the
 * printed copies (`submissions`) below it.
 */
export const HistoryPage = () => {
  const { workspace } = useWorkspace();
  const filings = [...workspace.filings].reverse();
  const printed = [...workspace.submissions].reverse();
  // A print recorded with its filing shows its memo once, on the filing.
  const withFiling = new Set(workspace.filings.map((f) => f.submissionId).filter((id) => id !== ''));
  return (
    <Page
      title="提出履歴"
      intro="J-LISに提出した書類と、J-LISの回答（受理・不受理・返戻）の記録です。受理された内容が、後の変更届の基準になります。"
    >
      {filings.length === 0 ? (
        <Card withBorder>
          <Text>提出の記録はまだありません。</Text>
          <Text size="sm" c="dimmed">
            書類を郵送したら「書類の確認・印刷」の「提出を記録…」で提出日を記録してください。J-LISから通知が届いたら、ここで回答を記録します。
          </Text>
        </Card>
      ) : (
        <Stack gap="sm" data-path="filings" tabIndex={-1}>
          {filings.map((f) => (
            <FilingCard key={f.id} filing={f} />
          ))}
        </Stack>
      )}
      {printed.length > 0 && (
        <Stack gap="xs" data-path="submissions" tabIndex={-1}>
          <Text fw={600}>印刷した書類の記録</Text>
          {printed.map((s) => (
            <Card withBorder key={s.id} padding="sm" className="submission">
              <Text size="sm" fw={600}>
                {printedAt.format(new Date(s.createdAt))}
              </Text>
              {s.note && !withFiling.has(s.id) && (
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
