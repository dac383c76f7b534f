/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Marked choices in a value cell: yes/no questions and the options of an enumeration.
 */
import type { ReactElement } from 'react';
import { CheckBoxGroup } from '../_kit/index.js';

/** ■ はい □ いいえ; an unanswered question leaves both boxes empty for the pen. */
export function YesNo({
  value,
  yes = 'はい',
  no = 'いいえ',
}: {
  value: boolean | null;
  yes?: string;
  no?: string;
}): ReactElement {
  return (
    <CheckBoxGroup
      options={[
        { value: 'yes', label: yes },
        { value: 'no', label: no },
      ]}
      selected={value === null ? [] : [value ? 'yes' : 'no']}
    />
  );
}

/** A row of the choices of an enumeration with the chosen ones marked. */
export function Choices({
  options,
  selected,
}: {
  options: Readonly<Record<string, string>>;
  selected: readonly string[];
}): ReactElement {
  return (
    <CheckBoxGroup
      options={Object.entries(options).map(([value, label]) => ({ value, label }))}
      selected={selected}
    />
  );
}
