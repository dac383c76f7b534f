import { Badge, Button, Divider, Group, Menu, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { SERVICE_KINDS, type ServiceKind } from '../../../../shared/model/enums.js';
import { newId } from '../../../../shared/model/primitives.js';
import { ServiceSchema } from '../../../../shared/model/services.js';
import { sameSection, sectionForPath, type Section } from '../../state/sections.js';
import { useEditor, useEditorState } from '../../state/WorkspaceContext.js';
import { serviceLabel } from '../services/ServicePage.js';

const PAGES: { section: Section; label: string }[] = [
  { section: { page: 'provider' }, label: '提供者' },
  { section: { page: 'applicant' }, label: '申込者・委任' },
  { section: { page: 'contacts' }, label: '連絡先・運用体制' },
  { section: { page: 'procedure' }, label: '手続きの状況・宛先' },
];
const OUTPUT_PAGES: { section: Section; label: string }[] = [
  { section: { page: 'attachments' }, label: '添付資料' },
  { section: { page: 'documents' }, label: '書類の確認・印刷' },
  { section: { page: 'changes' }, label: '提出後の変更' },
  { section: { page: 'submissions' }, label: '提出履歴' },
  { section: { page: 'fees' }, label: '料金試算' },
  { section: { page: 'schedule' }, label: 'スケジュール' },
];

const key = (s: Section): string => (s.page === 'service' ? `service:${s.serviceId}` : s.page);

/** The pages of the open workspace, each with its count of blocking findings. */
export const SectionNav = () => {
  const { setSection, update, readOnly } = useEditor();
  const section = useEditorState((s) => s.section);
  // Only what the menu shows: typing in a field re-renders the menu only when a count or a
  // service's name changes.
  const model = useEditorState(
    (s) => {
      const counts: Record<string, number> = {};
      for (const f of s.check.findings) {
        if (f.severity !== 'error') continue;
        const k = key(sectionForPath(f.paths[0] ?? ''));
        counts[k] = (counts[k] ?? 0) + 1;
      }
      // Changes since the last accepted filing: each is a document to file (the 提出後の変更 page).
      counts['changes:notice'] = s.changes.reduce((n, d) => n + d.changes.length, 0);
      return {
        counts,
        services: s.workspace.services.map((x) => ({ id: x.id, kind: x.kind, label: serviceLabel(x) })),
      };
    },
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
  );
  const errors = new Map(Object.entries(model.counts));

  const item = (s: Section, label: string, kind?: ServiceKind) => {
    const n = errors.get(key(s)) ?? 0;
    const notices = s.page === 'changes' ? (errors.get('changes:notice') ?? 0) : 0;
    return (
      <NavLink
        key={key(s)}
        component="button"
        type="button"
        active={sameSection(section, s)}
        label={<span className="wrap-anywhere">{label}</span>}
        leftSection={
          kind ? (
            <Badge size="xs" variant="light">
              {kind}
            </Badge>
          ) : undefined
        }
        rightSection={
          n > 0 ? (
            <Badge size="sm" color="red" variant="filled" aria-label={`エラー${n}件`}>
              {n}
            </Badge>
          ) : notices > 0 ? (
            <Badge size="sm" color="violet" variant="light" aria-label={`変更${notices}件`}>
              {notices}
            </Badge>
          ) : undefined
        }
        onClick={() => setSection(s)}
        aria-current={sameSection(section, s) ? 'page' : undefined}
      />
    );
  };

  const add = (kind: ServiceKind) => {
    const service = ServiceSchema.parse({ id: newId(), kind });
    update((ws) => ({ ...ws, services: [...ws.services, service] }));
    setSection({ page: 'service', serviceId: service.id });
  };

  return (
    <ScrollArea h="100%" type="auto">
      <Stack gap={2} p="xs" component="nav" aria-label="案件の入力項目">
        {PAGES.map((p) => item(p.section, p.label))}
        <Divider my={6} label="サービス" labelPosition="left" />
        {model.services.length === 0 && (
          <Text size="xs" c="dimmed" px="xs">
            サービスはまだありません。
          </Text>
        )}
        {model.services.map((s) => item({ page: 'service', serviceId: s.id }, s.label, s.kind))}
        <Group px={4} py={4}>
          <Menu position="right-start" withinPortal>
            <Menu.Target>
              <Button size="xs" variant="light" fullWidth disabled={readOnly}>
                サービスを追加
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {(Object.keys(SERVICE_KINDS) as ServiceKind[]).map((k) => (
                <Menu.Item key={k} onClick={() => add(k)}>
                  {k} {SERVICE_KINDS[k]}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
        <Divider my={6} label="書類と提出" labelPosition="left" />
        {OUTPUT_PAGES.map((p) => item(p.section, p.label))}
      </Stack>
    </ScrollArea>
  );
};
