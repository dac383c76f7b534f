import { Fieldset, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export const Page = ({
  title,
  intro,
  actions,
  children,
}: {
  title: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) => (
  <Stack gap="md" maw={860} pb="xl">
    <div>
      <Title order={2} size="h3" className="page-title">
        {title}
      </Title>
      {intro && (
        <Text size="sm" c="dimmed" mt={4}>
          {intro}
        </Text>
      )}
      {actions}
    </div>
    {children}
  </Stack>
);

export const Block = ({ legend, children }: { legend: string; children: ReactNode }) => (
  <Fieldset legend={legend} variant="filled">
    <Stack gap="sm">{children}</Stack>
  </Fieldset>
);

/** Two short fields side by side; one column when the window is narrow or scaled up. */
export const Pair = ({ children }: { children: ReactNode }) => (
  // Inputs line up at the bottom even when only one of the pair has a help line above it.
  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm" style={{ alignItems: 'end' }}>
    {children}
  </SimpleGrid>
);
