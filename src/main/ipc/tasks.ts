import { IpcError } from '../../shared/ipc/errors.js';
import type { EventName, EventPayload } from '../../shared/ipc/contract.js';

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface Task {
  signal: AbortSignal;
  /** Reports progress to the renderer (event `progress`). */
  step: (done: number, total: number, label?: string) => void;
  /** Throws `cancelled` once the user has cancelled; call between steps. */
  check: () => void;
}

/**
 * Long work the renderer started with a task id: progress events out, cancellation in. Work
 * checks the signal between steps; a render already running in the worker finishes, but its
 * result is dropped and the user gets control back at once.
 */
export const createTasks = (emit: Emit) => {
  const running = new Map<string, AbortController>();

  const run = async <T>(
    taskId: string | undefined,
    label: string,
    work: (task: Task) => Promise<T>,
  ): Promise<T> => {
    if (!taskId) {
      const controller = new AbortController();
      return work({ signal: controller.signal, step: () => undefined, check: () => undefined });
    }
    const controller = new AbortController();
    running.get(taskId)?.abort();
    running.set(taskId, controller);
    const check = () => {
      if (controller.signal.aborted) throw new IpcError('cancelled', `${label}を中止しました。`);
    };
    const cancelled = new Promise<never>((_, reject) =>
      controller.signal.addEventListener(
        'abort',
        () => reject(new IpcError('cancelled', `${label}を中止しました。`)),
        {
          once: true,
        },
      ),
    );
    cancelled.catch(() => undefined);
    try {
      emit('progress', { taskId, label, done: 0, total: 1 });
      return await Promise.race([
        work({
          signal: controller.signal,
          check,
          step: (done, total, stepLabel) => {
            if (!controller.signal.aborted)
              emit('progress', { taskId, label: stepLabel ?? label, done, total });
          },
        }),
        cancelled,
      ]);
    } finally {
      if (running.get(taskId) === controller) running.delete(taskId);
    }
  };

  const cancel = (taskId: string): boolean => {
    const controller = running.get(taskId);
    if (!controller) return false;
    controller.abort();
    running.delete(taskId);
    return true;
  };

  return { run, cancel };
};
export type Tasks = ReturnType<typeof createTasks>;
