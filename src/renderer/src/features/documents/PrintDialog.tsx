import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  NativeSelect,
  NumberInput,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { PrintOutcome, PrintPlan, PrinterOffsetValue } from '../../../../shared/ipc/print-schemas.js';
import { abortable, TaskBar, useDocumentsTask } from '../../components/TaskProgress.js';
import { useToasts } from '../../components/Toasts.js';
import { isCancelled, messageOf } from '../../state/errors.js';
import { describeOffset, PrinterCalibration } from './PrinterCalibration.js';

const MAX_COPIES = 50;

/**
 * The print dialog, as tax software's print sets: which documents (every document of the packet
 * by default), how many copies, the page count before anything is printed, the printer and its
 * stored offset. 印刷 sends the PDF itself (main's PDF viewer route); only when that cannot work
 * are the pages printed as 300-dpi images.
 */
export const PrintDialog = ({
  workspaceId,
  combined,
  flush,
  onClose,
  onPrinted,
  onOpenViewer,
}: {
  workspaceId: string;
  combined: boolean;
  flush: () => Promise<void>;
  onClose: () => void;
  /** After the packet was sent to the printer (offer to record the submission). */
  onPrinted: () => void;
  onOpenViewer: () => void;
}) => {
  const { task, run, report, cancel } = useDocumentsTask();
  const { notify } = useToasts();
  const [plan, setPlan] = useState<PrintPlan | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [copies, setCopies] = useState<string | number>(1);
  const [printer, setPrinter] = useState('');
  const [offsets, setOffsets] = useState<Record<string, PrinterOffsetValue>>({});
  const [calibrating, setCalibrating] = useState(false);

  const fail = (e: unknown) => notify(messageOf(e), isCancelled(e) ? 'blue' : 'red');

  useEffect(() => {
    let live = true;
    void run('印刷の準備', async (taskId, signal) => {
      await flush();
      const loaded = await abortable(
        window.api['print.plan']({ workspaceId, taskId, combined }),
        signal,
        '印刷の準備を中止しました。',
      );
      if (!live) return;
      setPlan(loaded);
      setSelected(new Set(loaded.documents.map((d) => d.id)));
      setOffsets(loaded.offsets);
      setPrinter(loaded.printers.some((p) => p.name === loaded.lastPrinter) ? loaded.lastPrinter : '');
    }).catch((e: unknown) => live && setFailed(messageOf(e)));
    return () => {
      live = false;
    };
    // The plan is read once per opening of the dialog.
  }, []);

  const copyCount = typeof copies === 'number' ? copies : Number.parseInt(copies, 10);
  const copiesValid = Number.isInteger(copyCount) && copyCount >= 1 && copyCount <= MAX_COPIES;
  const pages = useMemo(
    () => (plan?.documents ?? []).filter((d) => selected.has(d.id)).reduce((n, d) => n + d.pages, 0),
    [plan, selected],
  );
  const printerLabel =
    plan?.printers.find((p) => p.name === printer)?.displayName ?? (printer || '既定のプリンタ');
  const offset = offsets[printer];

  /** The vector route's answer; a failed one is printed again as page images. */
  const deliver = async (outcome: PrintOutcome, signal: AbortSignal, what: string): Promise<boolean> => {
    if (outcome.route === 'vector') {
      if (!outcome.printed) notify(`${what}の印刷を取りやめました。`, 'blue');
      return outcome.printed;
    }
    if (!outcome.pdf) throw new Error('印刷用のPDFが届きませんでした。');
    notify(
      `PDFのまま印刷できなかったため（${outcome.reason ?? '理由不明'}）、ページを画像（300dpi）にして印刷します。`,
      'blue',
    );
    const { printAsImages } = await import('./print.js');
    const printed = await printAsImages(
      outcome.pdf,
      { copies: outcome.copies, printer },
      (done, total) => report(done, total, `印刷用に${done} / ${total}ページを画像にしています`),
      signal,
    );
    if (!printed && !signal.aborted) notify(`${what}の印刷を取りやめました。`, 'blue');
    return printed;
  };

  const print = () =>
    run('印刷', async (taskId, signal) => {
      await flush();
      const documentIds = (plan?.documents ?? []).filter((d) => selected.has(d.id)).map((d) => d.id);
      const outcome = await abortable(
        window.api['print.run']({ workspaceId, documentIds, copies: copyCount, printer, taskId, combined }),
        signal,
        '印刷を中止しました。',
      );
      if (await deliver(outcome, signal, '書類')) {
        notify(`${outcome.pages}ページ × ${outcome.copies}部をプリンタに送りました。`);
        onPrinted();
      }
    }).catch(fail);

  const printSheet = (corrected: boolean) =>
    run('確認用紙の印刷', async (taskId, signal) => {
      const outcome = await window.api['print.calibrationSheet']({ printer, corrected, taskId });
      if (await deliver(outcome, signal, '確認用紙')) notify('確認用紙をプリンタに送りました。');
    }).catch(fail);

  const saveOffset = (value: PrinterOffsetValue) =>
    window.api['print.setOffset']({ printer, offset: value })
      // The panel's 「保存されている値」 line shows it at once; a toast would cover the panel.
      .then((r) => setOffsets(r.offsets))
      .catch(fail);

  const busy = task !== null;
  return (
    <Modal
      opened
      onClose={onClose}
      title="印刷"
      size="lg"
      centered
      closeOnClickOutside={!busy}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      <Stack gap="sm">
        <TaskBar task={task} onCancel={cancel} />
        {failed && (
          <Alert color="red" variant="light" title="印刷の準備ができませんでした">
            {failed}
          </Alert>
        )}
        {!plan && !failed && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">印刷する書類を作成しています…</Text>
          </Group>
        )}
        {plan && (
          <>
            <Checkbox.Group
              label="印刷する書類"
              description="はじめは、この封筒で提出する書類がすべて選ばれています。"
              value={[...selected]}
              onChange={(ids) => setSelected(new Set(ids))}
            >
              <Group gap="xs" mt={4} mb={4}>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => setSelected(new Set(plan.documents.map((d) => d.id)))}
                >
                  すべて選ぶ
                </Anchor>
                <Anchor component="button" type="button" size="sm" onClick={() => setSelected(new Set())}>
                  すべて外す
                </Anchor>
              </Group>
              <Stack gap={4} className="print-documents">
                {plan.documents.map((d) => (
                  <Checkbox key={d.id} value={d.id} label={`${d.title}（${d.pages}ページ）`} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Group gap="sm" align="flex-end">
              <NativeSelect
                label="プリンタ"
                value={printer}
                onChange={(e) => setPrinter(e.currentTarget.value)}
                data={[
                  { value: '', label: '既定のプリンタ' },
                  ...plan.printers.map((p) => ({ value: p.name, label: p.displayName })),
                ]}
                w={280}
              />
              <NumberInput
                label="部数"
                value={copies}
                onChange={setCopies}
                min={1}
                max={MAX_COPIES}
                allowDecimal={false}
                w={100}
                error={copiesValid ? undefined : `1〜${MAX_COPIES}部で入力してください`}
              />
            </Group>
            <Text fw={600} role="status" aria-label="印刷する枚数">
              {selected.size === 0
                ? '印刷する書類が選ばれていません'
                : `${pages}ページ × ${copiesValid ? copyCount : '?'}部 = ${copiesValid ? pages * copyCount : '?'}ページ（A4）`}
            </Text>
            <Group gap="xs" justify="space-between">
              <Text size="sm" c="dimmed">
                印刷位置: {describeOffset(offset)}
              </Text>
              <Anchor component="button" type="button" size="sm" onClick={() => setCalibrating((c) => !c)}>
                {calibrating ? '印刷位置の調整を閉じる' : '印刷位置の調整…'}
              </Anchor>
            </Group>
            {calibrating && (
              <PrinterCalibration
                printerLabel={printerLabel}
                offset={offset}
                busy={busy}
                onPrintSheet={(corrected) => void printSheet(corrected)}
                onSave={(value) => void saveOffset(value)}
              />
            )}
          </>
        )}
        <Group justify="space-between" gap="xs">
          <Button variant="subtle" onClick={onOpenViewer} disabled={busy}>
            PDFビューアで開く
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              閉じる
            </Button>
            <Button
              onClick={() => void print()}
              disabled={busy || !plan || selected.size === 0 || !copiesValid}
            >
              印刷
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
};
