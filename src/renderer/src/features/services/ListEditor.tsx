import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useField } from '../../fields/useField.js';
import { useEditor } from '../../state/WorkspaceContext.js';

/** Rows of a small list (protocols, certifications) with add and remove, bound to a data path. */
export const ListEditor = <T,>({
  path,
  label,
  empty,
  blank,
  row,
  addLabel,
}: {
  path: string;
  label: string;
  empty: string;
  blank: T;
  row: (rowPath: string, index: number) => ReactNode;
  addLabel: string;
}) => {
  const { set } = useEditor();
  const list = useField<T[]>(path);
  const items = list.value ?? [];
  return (
    <Stack gap="xs" data-path={path} tabIndex={-1}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {items.map((_, i) => (
        <Group key={i} align="flex-end" gap="xs" wrap="nowrap">
          <div style={{ flex: 1 }}>{row(`${path}.${i}`, i)}</div>
          <Button
            variant="subtle"
            color="red"
            size="xs"
            disabled={list.readOnly}
            onClick={() =>
              set(
                path,
                items.filter((__, j) => j !== i),
              )
            }
            aria-label={`${label} ${i + 1}行目を削除`}
          >
            削除
          </Button>
        </Group>
      ))}
      <div>
        <Button
          variant="light"
          size="xs"
          disabled={list.readOnly}
          onClick={() => set(path, [...items, blank])}
        >
          {addLabel}
        </Button>
      </div>
      {list.error && (
        <Text size="sm" c="red">
          {list.error}
        </Text>
      )}
    </Stack>
  );
};
