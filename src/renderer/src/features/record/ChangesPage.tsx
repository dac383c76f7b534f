import { Alert, Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { documentTitle } from '../../../../shared/documents/required.js';
import { newServices, type ChangeDocument } from '../../../../shared/lifecycle/changes.js';
import { onFile } from '../../../../shared/lifecycle/on-file.js';
import { FILING_MODES, SERVICE_KINDS } from '../../../../shared/model/index.js';
import { Block, Page } from '../../components/Page.js';
import { DateField, TextAreaField } from '../../fields/Fields.js';
import { useEditorState, useWorkspace } from '../../state/WorkspaceContext.js';
import { dateText } from './format.js';
import { printedLabel } from './labels.js';

const labelOf = printedLabel;

const Lines = ({ text }: { text: string }) =>
  text === '' ? (
    <Text size="sm" c="dimmed">
      （なし）
    </Text>
  ) : (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="wrap-anywhere">
      {text}
    </Text>
  );

const ChangeCard = ({ doc }: { doc: ChangeDocument }) => {
  const { workspace, goTo } = useWorkspace();
  const service = workspace.services.find((s) => s.id === doc.serviceId);
  return (
    <Card withBorder padding="sm" data-change-document={doc.id}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge color={doc.mode === 'cancel' ? 'red' : 'violet'} variant="light" style={{ flexShrink: 0 }}>
          {FILING_MODES[doc.mode]}
        </Badge>
        <Text fw={600} className="wrap-anywhere">
          必要な書類: {documentTitle(doc.id)}
          {service && `（${service.name || service.kind}）`}
        </Text>
      </Group>
      <Table mt="xs" withTableBorder verticalSpacing={4} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">項目</Table.Th>
            <Table.Th>変更前（J-LISが受理した内容）</Table.Th>
            <Table.Th>変更後</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {doc.changes.map((c) => (
            <Table.Tr key={c.path}>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  ta="left"
                  onClick={() => goTo(c.path)}
                  className="wrap-anywhere"
                >
                  {c.label}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Lines text={c.before} />
              </Table.Td>
              <Table.Td>
                <Lines text={c.after} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
};

/**
 * 提出後の変更: every change since J-LIS last accepted a filing, grouped by the document it needs
 * (002 §5.1.1(1) 変更届出, 表5-1 (2) a new AP is a 変更 of its hosting, §5.1.3–5.1.4 解除申込書). A
 * click on an item opens its field. Undoing the edit makes the change disappear.
 */
export const ChangesPage = () => {
  const { workspace, setSection } = useWorkspace();
  const changes = useEditorState((s) => s.changes);
  const filed = onFile(workspace);
  const last = filed.at(-1);
  const review = changes.some((d) => d.id === 'participation-review' && d.mode === 'change');
  const fresh = newServices(workspace);
  const freshCard =
    fresh.length === 0 ? null : (
      <Card withBorder padding="sm" data-testid="new-services">
        <Text fw={600}>新規に申し込むサービス（変更ではありません）</Text>
        <Text size="sm" c="dimmed">
          J-LISにまだ登録されていないサービスです。「書類の確認・印刷」で新規の申込書を作成します。
        </Text>
        <Stack gap={2} mt={4}>
          {fresh.map((s) => (
            <Anchor
              key={s.id}
              component="button"
              type="button"
              size="sm"
              ta="left"
              onClick={() => setSection({ page: 'service', serviceId: s.id })}
              className="wrap-anywhere"
            >
              {s.name || '名称未入力のサービス'}（{SERVICE_KINDS[s.kind]}）
            </Anchor>
          ))}
        </Stack>
      </Card>
    );
  return (
    <Page
      title="提出後の変更"
      intro="J-LISが受理した内容から変わったところと、届け出るための書類です。項目をクリックすると入力欄に移動します。"
    >
      {filed.length === 0 ? (
        <Card withBorder>
          <Text>J-LISに受理された提出の記録がまだありません。</Text>
          <Text size="sm" c="dimmed">
            書類を郵送したら「提出を記録…」で記録し、受理の通知が届いたら「提出履歴」で回答を記録してください。受理された内容からの変更がここに表示されます。
          </Text>
        </Card>
      ) : changes.length === 0 ? (
        <>
          <Alert color="green" variant="light" title="変更はありません">
            J-LISが受理した内容（最新の受理: {last ? dateText(last.document.answeredOn) : '不明'}
            ）から変わったところはありません。
          </Alert>
          {freshCard}
        </>
      ) : (
        <>
          <Alert color="violet" variant="light" title={`届け出る書類が${changes.length}件あります`}>
            これらの書類は「書類の確認・印刷」で作成できます。変更に伴う一時費用は「料金試算」に表示されます。
            <Anchor
              component="button"
              type="button"
              size="sm"
              ml="xs"
              onClick={() => setSection({ page: 'documents' })}
            >
              書類の確認・印刷へ
            </Anchor>
          </Alert>
          {review && (
            <Block legend="変更届出の日付と理由（参加資格審査申込兼変更届出書）">
              <DateField
                path="procedure.changeDate"
                label={labelOf('participation-review', 'procedure.changeDate')}
                required
              />
              <TextAreaField
                path="procedure.changeReason"
                label={labelOf('participation-review', 'procedure.changeReason')}
                description="例: 代表者の交代のため、APサービスの追加のため"
                required
                rows={2}
              />
              <TextAreaField
                path="procedure.changeSummary"
                label={`${labelOf('participation-review', 'procedure.changeSummary')}の補足（任意）`}
                description="変更内容の表は変更前・変更後から作られます。補足があれば書いてください（備考欄に印刷されます）"
                rows={2}
              />
            </Block>
          )}
          <Stack gap="sm">
            {changes.map((d) => (
              <ChangeCard key={`${d.id}|${d.serviceId ?? ''}|${d.mode}`} doc={d} />
            ))}
          </Stack>
          {freshCard}
        </>
      )}
    </Page>
  );
};
