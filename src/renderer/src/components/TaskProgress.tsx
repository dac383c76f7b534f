import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';

/**
 * Stops waiting for main as soon as the user cancels: the UI is free at once, and main drops the
 * work when the cancel reaches it (tasks.cancel).
 */
export const abortable = <T,>(work: Promise<T>, signal: AbortSignal, message: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(Object.assign(new Error(message), { code: 'cancelled' }));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });

export interface RunningTask {
  id: string;
  label: string;
  done: number;
  total: number;
}

/**
 * Long work in main (rendering, saving, importing) with a task id: progress arrives as events,
 * and 中止 asks main to drop the work. The UI stays usable meanwhile.
 */
export const useTask = () => {
  const [task, setTask] = useState<RunningTask | null>(null);
  const local = useRef<AbortController | null>(null);
  useEffect(
    () =>
      window.api.on('progress', (p) =>
        setTask((t) => (t && t.id === p.taskId ? { ...t, label: p.label, done: p.done, total: p.total } : t)),
      ),
    [],
  );
  const run = useCallback(
    async <T,>(label: string, work: (taskId: string, signal: AbortSignal) => Promise<T>): Promise<T> => {
      const id = crypto.randomUUID();
      const controller = new AbortController();
      local.current = controller;
      setTask({ id, label, done: 0, total: 1 });
      try {
        return await work(id, controller.signal);
      } finally {
        if (local.current === controller) local.current = null;
        setTask((t) => (t?.id === id ? null : t));
      }
    },
    [],
  );
  /** Progress of work done in the renderer itself (pdf.js pages). */
  const report = useCallback((done: number, total: number, label?: string) => {
    setTask((t) => (t ? { ...t, done, total, label: label ?? t.label } : t));
  }, []);
  const cancel = useCallback(() => {
    if (!task) return;
    local.current?.abort();
    void window.api['tasks.cancel']({ taskId: task.id }).catch(() => undefined);
  }, [task]);
  return { task, run, report, cancel };
};

export const TaskBar = ({ task, onCancel }: { task: RunningTask | null; onCancel: () => void }) => {
  if (!task) return null;
  const percent = task.total > 0 ? Math.round((task.done / task.total) * 100) : 0;
  return (
    <Stack gap={4} role="status" aria-live="polite" className="task-bar">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" className="wrap-anywhere">
          {task.label}…（{percent}%）
        </Text>
        <Button size="xs" variant="default" onClick={onCancel}>
          中止
        </Button>
      </Group>
      <Progress value={Math.max(percent, 4)} animated aria-label={`${task.label}の進み具合`} />
    </Stack>
  );
};

export type TaskControl = ReturnType<typeof useTask>;

const DocumentsTask = createContext<TaskControl | null>(null);
export const DocumentsTaskProvider = DocumentsTask.Provider;

/**
 * Rendering, saving and printing the packet outlive the documents page: the user may go on
 * editing while it runs, and its progress and 中止 stay on screen (top of the right column).
 */
export const useDocumentsTask = (): TaskControl => {
  const value = useContext(DocumentsTask);
  if (!value) throw new Error('useDocumentsTask outside DocumentsTaskProvider');
  return value;
};
