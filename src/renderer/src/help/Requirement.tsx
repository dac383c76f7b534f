import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { describeSource } from '../../../shared/sources/seeds.js';

/** The sentence of a J-LIS source document a field exists for, quoted with where it stands. */
export interface Requirement {
  quote: string;
  source: string;
}

/**
 * A field's help line: 必須 when the documents need it, the plain explanation, then the quoted
 * requirement. 必須 is written out (not an asterisk in the label) so it reads the same on screen
 * and in a screen reader, and labels stay exactly the field's name.
 */
export const describe = (
  description: ReactNode | undefined,
  requirement: Requirement | undefined,
  required = false,
): ReactNode => {
  if (!requirement && !required) return description;
  return (
    <>
      {required && (
        <Text span inherit c="red.8" fw={700} mr={6}>
          必須
        </Text>
      )}
      {description}
      {description && requirement ? ' ' : null}
      {requirement && (
        <Text span inherit c="dimmed" className="requirement">
          「{requirement.quote}」（{describeSource(requirement.source)}）
        </Text>
      )}
    </>
  );
};
