import { Button, Group, Notification, Stack } from '@mantine/core';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

interface Toast {
  id: number;
  message: string;
  color: 'red' | 'green' | 'blue';
  undo?: () => void;
}

interface Toasts {
  /** Says what was removed and offers 元に戻す for a while (deletes never ask "are you sure"). */
  offerUndo: (message: string, undo: () => void) => void;
  notify: (message: string, color?: Toast['color']) => void;
}

const Ctx = createContext<Toasts | null>(null);
export const useToasts = (): Toasts => {
  const value = useContext(Ctx);
  if (!value) throw new Error('useToasts outside ToastProvider');
  return value;
};

const UNDO_MS = 15_000;
const INFO_MS = 8_000;

/** Focus lost with the removed content (the deleted item's button) lands on the page body. */
const focusIsLost = () => document.activeElement === null || document.activeElement === document.body;

export const ToastProvider = ({ children }: { children: ReactNode }) => {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const undoButtons = useRef(new Map<number, HTMLButtonElement>());
  const focusedOnce = useRef(new Set<number>());
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const push = useCallback(
    (toast: Omit<Toast, 'id'>, ms: number) => {
      const id = next.current++;
      setToasts((list) => [...list.slice(-3), { ...toast, id }]);
      // A toast the keyboard is on (or the mouse over) stays until it is left: 元に戻す must
      // not vanish while someone is reaching for it.
      const expire = () => {
        const el = document.querySelector(`[data-toast="${id}"]`);
        if (el && (el.contains(document.activeElement) || el.matches(':hover'))) setTimeout(expire, 1000);
        else dismiss(id);
      };
      setTimeout(expire, ms);
    },
    [dismiss],
  );
  // After a delete the focused control is gone with what it deleted: put the keyboard on 元に戻す,
  // one key away, instead of at the top of the page dozens of Tabs from it.
  useEffect(() => {
    const newest = toasts.at(-1);
    if (!newest?.undo || focusedOnce.current.has(newest.id)) return;
    focusedOnce.current.add(newest.id);
    if (focusIsLost()) undoButtons.current.get(newest.id)?.focus();
  }, [toasts]);
  const value = useMemo<Toasts>(
    () => ({
      offerUndo: (message, undo) => push({ message, undo, color: 'blue' }, UNDO_MS),
      notify: (message, color = 'green') => push({ message, color }, INFO_MS),
    }),
    [push],
  );
  return (
    <Ctx.Provider value={value}>
      {children}
      <Stack className="toasts" gap="xs" role="status" aria-live="polite">
        {toasts.map((t) => (
          <Notification
            key={t.id}
            data-toast={t.id}
            color={t.color}
            withCloseButton
            closeButtonProps={{ 'aria-label': '閉じる' }}
            onClose={() => dismiss(t.id)}
          >
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <span>{t.message}</span>
              {t.undo && (
                <Button
                  size="xs"
                  variant="light"
                  ref={(el) => {
                    if (el) undoButtons.current.set(t.id, el);
                    else undoButtons.current.delete(t.id);
                  }}
                  onClick={() => {
                    t.undo?.();
                    dismiss(t.id);
                  }}
                >
                  元に戻す
                </Button>
              )}
            </Group>
          </Notification>
        ))}
      </Stack>
    </Ctx.Provider>
  );
};
