import { Alert, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useWorkspace } from '../../state/WorkspaceContext.js';
import { useLivePreview, type LiveTarget } from './useLivePreview.js';

/** Used until the panel has a width of its own (the aside is 300–360 px). */
const WIDTH = 276;

/** The chosen document as it prints, beside the editor, following the typing. */
const LivePreview = () => {
  const { workspace, check } = useWorkspace();
  const options = useMemo(() => {
    const name = (id?: string) => workspace.services.find((s) => s.id === id)?.name;
    return check.requiredDocuments.map((d) => ({
      value: `${d.id}|${d.serviceId ?? ''}`,
      label: name(d.serviceId) ? `${d.title}（${name(d.serviceId) ?? ''}）` : d.title,
    }));
  }, [check.requiredDocuments, workspace.services]);
  const [choice, setChoice] = useState<string | null>(null);
  // First the first form itself: the cover letter and checklist list every other document, so they
  // are rendered with the whole set and follow the typing more slowly.
  const first = options.find((o) => !/^(cover-letter|checklist)\|/.test(o.value)) ?? options[0];
  const value = options.some((o) => o.value === choice) ? choice : (first?.value ?? null);
  const target = useMemo<LiveTarget | null>(() => {
    if (!value) return null;
    const [documentId = '', serviceId = ''] = value.split('|');
    return serviceId ? { documentId, serviceId } : { documentId };
  }, [value]);
  const pages = useRef<HTMLDivElement>(null);
  const status = useLivePreview(workspace, target, pages, WIDTH);

  return (
    <Stack gap="xs" className="live-preview">
      {options.length === 0 ? (
        <Text size="sm" c="dimmed">
          提出する書類が決まると、ここに書類が表示されます。
        </Text>
      ) : (
        <Select
          label="表示する書類"
          data={options}
          value={value}
          onChange={setChoice}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      <Group gap="xs" mih={20}>
        {status.state === 'rendering' && <Loader size="xs" />}
        <Text size="xs" c="dimmed" role="status">
          {status.state === 'rendering'
            ? '書類を作成しています…'
            : status.state === 'shown'
              ? `${status.pages}ページ・入力すると自動で更新されます`
              : ''}
        </Text>
      </Group>
      {status.state === 'error' && (
        <Alert color="red" variant="light" title="書類を表示できませんでした">
          {status.message}
        </Alert>
      )}
      <div ref={pages} className="live-pages" aria-label="書類のライブプレビュー" />
    </Stack>
  );
};

export default LivePreview;
