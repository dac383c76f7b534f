import { memo } from 'react';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { describe, type Requirement } from '../help/Requirement.js';
import type { FieldChange } from '../../../shared/lifecycle/changes.js';
import type { Finding } from '../state/completeness.js';
import { useField } from './useField.js';
import { useTextInput } from './useTextInput.js';

interface Common {
  path: string;
  label: string;
  description?: ReactNode;
  requirement?: Requirement;
  required?: boolean;
}

const Warnings = ({ warnings }: { warnings: Finding[] }) =>
  warnings.length === 0 ? null : (
    <Stack gap={2} mt={4}>
      {warnings.map((w) => (
        <Text key={w.ruleId} size="xs" c={w.severity === 'warning' ? 'orange.8' : 'blue.8'} role="note">
          {w.severity === 'warning' ? '注意: ' : '参考: '}
          {w.message}
        </Text>
      ))}
    </Stack>
  );

/**
 * The mark of a field changed since J-LIS accepted the filing that prints it: what J-LIS has on
 * file, so the user sees that this edit becomes a 変更届 (the 提出後の変更 page lists them all).
 */
export const Changed = ({ change }: { change: FieldChange | undefined }) =>
  change ? (
    <Text size="xs" c="violet.8" mt={4} className="field-changed wrap-anywhere" role="note">
      受理後に変更（J-LISへの届出が必要）: 変更前「{change.before.replace(/\n/g, ' / ') || 'なし'}」
    </Text>
  ) : null;

/** One click applies the value the rules engine suggests (e.g. 半角カナ → 全角カナ). */
const Fixes = ({
  fixes,
  apply,
  readOnly,
}: {
  fixes: string[];
  apply: (value: string) => void;
  readOnly: boolean;
}) =>
  fixes.length === 0 || readOnly ? null : (
    <Group gap={6} mt={4}>
      {fixes.map((value) => (
        <Button key={value} size="compact-xs" variant="light" onClick={() => apply(value)}>
          「{value.length > 40 ? `${value.slice(0, 40)}…` : value}」に直す
        </Button>
      ))}
    </Group>
  );

export const TextField = memo(function TextField({
  path,
  label,
  description,
  requirement,
  required,
  placeholder,
  inputMode,
  maxLength,
}: Common & {
  placeholder?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'url' | 'numeric';
  maxLength?: number;
}) {
  const { field: f, props } = useTextInput(path);
  return (
    <div>
      <TextInput
        label={label}
        description={describe(description, requirement, required || f.required)}
        placeholder={placeholder}
        inputMode={inputMode}
        maxLength={maxLength}
        {...props}
        readOnly={f.readOnly}
        error={f.error}
        data-path={path}
        aria-required={required || f.required || undefined}
      />
      <Warnings warnings={f.warnings} />
      <Changed change={f.changed} />
      <Fixes fixes={f.fixes} apply={f.set} readOnly={f.readOnly} />
    </div>
  );
});

export const TextAreaField = memo(function TextAreaField({
  path,
  label,
  description,
  requirement,
  required,
  rows = 3,
}: Common & { rows?: number }) {
  const { field: f, props } = useTextInput(path);
  return (
    <div>
      <Textarea
        label={label}
        description={describe(description, requirement, required || f.required)}
        autosize
        minRows={rows}
        maxRows={12}
        {...props}
        readOnly={f.readOnly}
        error={f.error}
        data-path={path}
        aria-required={required || f.required || undefined}
      />
      <Warnings warnings={f.warnings} />
      <Changed change={f.changed} />
      <Fixes fixes={f.fixes} apply={f.set} readOnly={f.readOnly} />
    </div>
  );
});

export const DateField = memo(function DateField({
  path,
  label,
  description,
  requirement,
  required,
}: Common) {
  const f = useField<string>(path);
  return (
    <div>
      <TextInput
        type="date"
        label={label}
        description={describe(description, requirement, required || f.required)}
        value={f.value ?? ''}
        readOnly={f.readOnly}
        error={f.error}
        onChange={(e) => f.set(e.currentTarget.value)}
        onBlur={f.onBlur}
        data-path={path}
        aria-required={required || f.required || undefined}
        maw={220}
      />
      <Warnings warnings={f.warnings} />
      <Changed change={f.changed} />
    </div>
  );
});

/** Enum choice as a native select: keyboard and screen readers work as everywhere in Windows. */
export const SelectField = memo(function SelectField({
  path,
  label,
  description,
  requirement,
  required,
  options,
  nullable = true,
  parse = (v: string) => v,
}: Common & { options: Record<string, string>; nullable?: boolean; parse?: (value: string) => unknown }) {
  const f = useField<unknown>(path);
  const data = [
    ...(nullable ? [{ value: '', label: '（選択してください）' }] : []),
    ...Object.entries(options).map(([value, text]) => ({ value, label: text })),
  ];
  return (
    <div>
      <NativeSelect
        label={label}
        description={describe(description, requirement, required || f.required)}
        data={data}
        value={typeof f.value === 'string' || typeof f.value === 'number' ? String(f.value) : ''}
        disabled={f.readOnly}
        error={f.error}
        onChange={(e) =>
          f.set(e.currentTarget.value === '' && nullable ? null : parse(e.currentTarget.value))
        }
        onBlur={f.onBlur}
        data-path={path}
        aria-required={required || f.required || undefined}
      />
      <Warnings warnings={f.warnings} />
      <Changed change={f.changed} />
    </div>
  );
});

/** はい／いいえ for `answer()` fields, where "not answered yet" (null) differs from "no". */
export const YesNoField = memo(function YesNoField({
  path,
  label,
  description,
  requirement,
  required,
  yes = 'はい',
  no = 'いいえ',
}: Common & { yes?: string; no?: string }) {
  const f = useField<boolean | null>(path);
  const value = f.value === true ? 'yes' : f.value === false ? 'no' : '';
  return (
    <div data-path={path}>
      <Radio.Group
        label={label}
        description={describe(description, requirement, required || f.required)}
        value={value}
        error={f.error}
        onChange={(v) => {
          f.set(v === 'yes');
          f.onBlur();
        }}
      >
        <Group gap="lg" mt={6}>
          <Radio value="yes" label={yes} disabled={f.readOnly} />
          <Radio value="no" label={no} disabled={f.readOnly} />
        </Group>
      </Radio.Group>
      <Warnings warnings={f.warnings} />
      <Changed change={f.changed} />
    </div>
  );
});

export const CheckField = memo(function CheckField({
  path,
  label,
  description,
  requirement,
  required,
}: Common) {
  const f = useField<boolean>(path);
  return (
    <div>
      <Checkbox
        label={label}
        description={describe(description, requirement, required || f.required)}
        checked={f.value === true}
        disabled={f.readOnly}
        error={f.error}
        onChange={(e) => {
          f.set(e.currentTarget.checked);
          f.onBlur();
        }}
        data-path={path}
        aria-required={required || f.required || undefined}
      />
      <Warnings warnings={f.warnings} />
      <Changed change={f.changed} />
    </div>
  );
});

export const NumberField = memo(function NumberField({
  path,
  label,
  description,
  requirement,
  required,
  min = 0,
  max,
}: Common & { min?: number; max?: number }) {
  const f = useField<number>(path);
  return (
    <div>
      <NumberInput
        label={label}
        description={describe(description, requirement, required || f.required)}
        value={f.value ?? 0}
        min={min}
        max={max}
        allowDecimal={false}
        readOnly={f.readOnly}
        error={f.error}
        onChange={(v) => f.set(typeof v === 'number' ? v : Number.parseInt(v, 10) || 0)}
        onBlur={f.onBlur}
        data-path={path}
        aria-required={required || f.required || undefined}
        maw={220}
      />
      <Warnings warnings={f.warnings} />
      <Changed change={f.changed} />
    </div>
  );
});
