import { Button, Card, Group, List, NumberInput, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PrinterOffsetValue } from '../../../../shared/ipc/print-schemas.js';

const LIMIT_MM = 15;

/** 「右へ 1.5mm・下へ -0.5mm」: how the stored offset is named everywhere in the dialog. */
export const describeOffset = (offset: PrinterOffsetValue | undefined): string =>
  offset && (offset.xMm !== 0 || offset.yMm !== 0)
    ? `右へ ${offset.xMm}mm・下へ ${offset.yMm}mm のずれを補正`
    : '補正なし';

const toMm = (value: string | number): number | null => {
  const n = typeof value === 'number' ? value : Number.parseFloat(value);
  return Number.isFinite(n) ? Math.round(n * 10) / 10 : null;
};

/** One direction of the shift, in 0.1mm steps within what the offset may correct. */
const ShiftInput = ({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | number;
  onChange: (value: string | number) => void;
}) => (
  <NumberInput
    label={label}
    value={value}
    onChange={onChange}
    min={-LIMIT_MM}
    max={LIMIT_MM}
    step={0.1}
    decimalScale={1}
    w={150}
  />
);

/**
 * Printer offset calibration: print the test sheet as the printer prints it, measure where the
 * centre cross landed, enter the shift, and print the sheet again corrected to verify. The offset
 * is stored per printer and moves printed pages only (saved PDFs are never moved).
 */
export const PrinterCalibration = ({
  printerLabel,
  offset,
  busy,
  onPrintSheet,
  onSave,
}: {
  printerLabel: string;
  offset: PrinterOffsetValue | undefined;
  busy: boolean;
  onPrintSheet: (corrected: boolean) => void;
  onSave: (offset: PrinterOffsetValue) => void;
}) => {
  const [x, setX] = useState<string | number>(offset?.xMm ?? 0);
  const [y, setY] = useState<string | number>(offset?.yMm ?? 0);
  // Another printer chosen: show what is stored for that one.
  useEffect(() => {
    setX(offset?.xMm ?? 0);
    setY(offset?.yMm ?? 0);
  }, [offset?.xMm, offset?.yMm, printerLabel]);
  const xMm = toMm(x);
  const yMm = toMm(y);
  const valid = xMm !== null && yMm !== null && Math.abs(xMm) <= LIMIT_MM && Math.abs(yMm) <= LIMIT_MM;
  const changed = valid && (xMm !== (offset?.xMm ?? 0) || yMm !== (offset?.yMm ?? 0));

  return (
    <Card withBorder padding="sm" role="group" aria-label="印刷位置の調整">
      <Stack gap="xs">
        <Text fw={600}>印刷位置の調整（{printerLabel}）</Text>
        <List size="sm" type="ordered" spacing={2}>
          <List.Item>「確認用紙を印刷」で、補正なしの確認用紙をA4・等倍で印刷します。</List.Item>
          <List.Item>
            中央の十字の中心が用紙の左端・上端から何mmにあるかを定規で測り、105mm・148.5mmとの差を入力します（左・上へずれていたらマイナス）。
          </List.Item>
          <List.Item>
            保存してから「補正して確認用紙を印刷」で、十字が正しい位置に来ることを確かめます。
          </List.Item>
        </List>
        <Group gap="xs">
          <Button size="xs" variant="default" disabled={busy} onClick={() => onPrintSheet(false)}>
            確認用紙を印刷
          </Button>
        </Group>
        <Group gap="sm" align="flex-end">
          <ShiftInput label="右へのずれ（mm）" value={x} onChange={setX} />
          <ShiftInput label="下へのずれ（mm）" value={y} onChange={setY} />
          <Button
            size="sm"
            disabled={busy || !changed}
            onClick={() => valid && onSave({ xMm: xMm ?? 0, yMm: yMm ?? 0 })}
          >
            この値を保存
          </Button>
        </Group>
        {!valid && (
          <Text size="sm" c="red">
            ずれは ±{LIMIT_MM}mm までの数値で入力してください。
          </Text>
        )}
        <Group gap="xs" justify="space-between">
          <Text size="sm" data-testid="stored-offset">
            保存されている値: {describeOffset(offset)}
          </Text>
          <Button
            size="xs"
            variant="default"
            disabled={busy || !offset || (offset.xMm === 0 && offset.yMm === 0)}
            onClick={() => onPrintSheet(true)}
          >
            補正して確認用紙を印刷
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          補正は印刷するときだけ使われ、保存するPDFやPDFビューアで開くPDFは動かしません。
        </Text>
      </Stack>
    </Card>
  );
};
